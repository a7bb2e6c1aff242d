import { SCHEMA_V8 } from './v8-monitoring';

/**
 * Schema version 9 (provisional number): reports on an approved plan (issue 16) — a progress
 * report to the council, a donor report, a summary for residents — one territory-scoped table,
 * read by plan series. A new table only: no upgrade function.
 */
export const SCHEMA_V9 = Object.freeze({
  ...SCHEMA_V8,
  reports: 'id, territoryId, seriesId',
});
