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

/**
 * Whether an edition's name already says its exhibition ("Asia Lighting Expo 2026" does;
 * "2026" does not): a word of four or more letters of the exhibition's name appears in it.
 */
export function namesExhibition(edition: string, exhibition: string): boolean {
  const e = edition.toLocaleLowerCase();
  return exhibition
    .toLocaleLowerCase()
    .split(/\s+/)
    .some((w) => w.length >= 4 && e.includes(w));
}

/** An edition named so it cannot be taken for another exhibition's ("Expo · 2026"). */
export function editionLabel(edition: string, exhibition: string | null): string {
  return exhibition && !namesExhibition(edition, exhibition) ? `${exhibition} · ${edition}` : edition;
}
