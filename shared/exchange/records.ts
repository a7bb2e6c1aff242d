/* The stored rows of the exchange tables (schema v9), checked on restore like every table. */
import { z } from 'zod';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const instant = z.iso.datetime({ offset: true });
const publicKey = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);

/** The office's own key pair; the private half as a JWK (it travels with backups). */
export const exchangeKeyRowSchema = z.object({
  id: z.literal('own'),
  publicKey,
  fingerprint: hex64,
  privateKey: z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519') }).loose(),
  createdAt: instant,
});
export type ExchangeKeyRow = z.infer<typeof exchangeKeyRowSchema>;

/** What an office has shared of one territory: what the next package must carry as tombstones. */
export const exchangeLedgerRowSchema = z.object({
  /** Equal to territoryId: one ledger per territory. */
  id: z.uuid(),
  territoryId: z.uuid(),
  sequence: z.number().int().nonnegative(),
  /** Keys shared so far and still existing, per table. */
  shared: z.record(z.string(), z.array(z.string())),
  /** Keys shared once and deleted since, per table. */
  deleted: z.record(z.string(), z.array(z.string())),
  updatedAt: instant,
});
export type ExchangeLedgerRow = z.infer<typeof exchangeLedgerRowSchema>;

/** A key a workspace trusts; the clerk confirmed its fingerprint. */
export const trustedKeyRowSchema = z.object({
  id: z.uuid(),
  territoryId: z.uuid(),
  fingerprint: hex64,
  publicKey,
  /** The territory whose package first brought the key. */
  firstTerritoryId: z.uuid(),
  trustedAt: instant,
});
export type TrustedKeyRow = z.infer<typeof trustedKeyRowSchema>;

/** What the package log and the origin mark both say of a package: whose, which, when taken in. */
const importedFields = {
  id: z.uuid(),
  territoryId: z.uuid(),
  fingerprint: hex64,
  sequence: z.number().int().positive(),
  importedAt: instant,
};

/** A package a workspace imported. */
export const exchangePackageRowSchema = z.object({
  ...importedFields,
  districtId: z.uuid(),
  createdAt: instant,
  /** Records stored and removed by it. */
  changed: z.number().int().nonnegative(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
});
export type ExchangePackageRow = z.infer<typeof exchangePackageRowSchema>;

/** The origin mark of an imported territory: all its records came from this key's packages. */
export const exchangeOriginRowSchema = z.object({
  /** `id` equals territoryId (the imported territory). */
  ...importedFields,
  workspaceId: z.uuid(),
  packageId: z.uuid(),
  packageCreatedAt: instant,
});
export type ExchangeOriginRow = z.infer<typeof exchangeOriginRowSchema>;
