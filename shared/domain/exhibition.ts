// Exhibitions (show series) and their editions. See ../shared/DOMAIN.md §1–2.

export const EXHIBITION_FREQUENCIES = ['annual', 'biennial', 'semiannual', 'irregular'] as const;
export type ExhibitionFrequency = (typeof EXHIBITION_FREQUENCIES)[number];

export const EXHIBITION_MATURITIES = ['new', 'growing', 'mature'] as const;
export type ExhibitionMaturity = (typeof EXHIBITION_MATURITIES)[number];

/** planned → open (for booking) → running → closed. */
export const EDITION_STATUSES = ['planned', 'open', 'running', 'closed'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

/** Workspace setting (settings table) holding the id of the exhibition every view defaults to. */
export const CURRENT_EXHIBITION_SETTING = 'currentExhibitionId';
