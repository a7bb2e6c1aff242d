/** Schema version 1 (shipped — never edit): territories, settings and the audit trail. */
export const SCHEMA_V1 = Object.freeze({
  territories: 'id, isSample',
  settings: 'key',
  audit: 'id, at, table, recordId',
});
