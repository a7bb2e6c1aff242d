import { SCHEMA_V8 } from './v8-monitoring';

/**
 * Schema version 9: exchange packages between offices (issue 19). New tables only, no upgrade
 * function:
 * - `exchangeKeys` — the office's own Ed25519 key pair (one row, `own`), made on first export;
 * - `exchangeLedgers` — per exported territory: the last package's sequence, the ids it shared
 *   and the ids since deleted (tombstones travel in every later package);
 * - `trustedKeys` — the keys a workspace (`territoryId`) accepted, by fingerprint;
 * - `exchangePackages` — the packages a workspace imported (`territoryId` the workspace,
 *   `districtId` the package's territory): the same package twice is found by its id;
 * - `exchangeOrigins` — the origin mark of an imported territory (`territoryId` it, `workspaceId`
 *   the workspace that imported it, the key and the last sequence): its records are read-only.
 */
export const SCHEMA_V9 = Object.freeze({
  ...SCHEMA_V8,
  exchangeKeys: 'id',
  exchangeLedgers: 'id, territoryId',
  trustedKeys: 'id, territoryId, fingerprint',
  exchangePackages: 'id, territoryId, districtId',
  exchangeOrigins: 'id, territoryId, workspaceId, fingerprint',
});
