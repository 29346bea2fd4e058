import type { Migration } from './types';

// A mapping template also keeps how the file's dates read (day or month first), chosen in the
// import's preview: a list that comes every year in the US order is read right the next time
// too. NULL: as each file tells (importAnalysis.ts).
export const migration007: Migration = {
  version: 7,
  name: 'template date order',
  up: `ALTER TABLE import_templates ADD COLUMN date_order TEXT CHECK (date_order IN ('dmy', 'mdy'));`,
};
