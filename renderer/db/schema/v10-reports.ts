import { SCHEMA_V9 } from './v9-exchange';

/**
 * Schema version 10: reports on an approved plan (issue 16) — a progress
 * report to the council, a donor report, a summary for residents — one territory-scoped table,
 * read by plan series. A new table only: no upgrade function.
 */
export const SCHEMA_V10 = Object.freeze({
  ...SCHEMA_V9,
  reports: 'id, territoryId, seriesId',
});
