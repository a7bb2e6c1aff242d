/*
 * The exchange package (issue 19): what a district office sends to the city. One zip file
 * (`.koopsuz-exchange`) holding `manifest.json` (what, whose, when, by which version, and the
 * SHA-256 of every part), `manifest.sig` (the Ed25519 signature of the manifest's exact bytes, by
 * the office's key, whose public half the manifest carries) and one JSON part per table. The
 * signature covers the manifest and the manifest covers the parts, so one check proves the whole.
 */
import { z } from 'zod';

/** The first field of every manifest. */
export const EXCHANGE_MAGIC = 'koopsuz-exchange';
/** The layout of the package itself; a newer one is refused. */
export const EXCHANGE_FORMAT = 1;
/** File extension of packages (no dot). */
export const EXCHANGE_EXTENSION = 'koopsuz-exchange';
export const MANIFEST_ENTRY = 'manifest.json';
export const SIGNATURE_ENTRY = 'manifest.sig';
/** The part of the deleted records' ids (every other part is one table's records). */
export const TOMBSTONES_PART = 'tombstones';

/**
 * The tables a package may carry, in the order they are written and applied. Funders and problems
 * are global lists (architecture A12): they travel so the references resolve, and the receiver
 * adds those it lacks without changing its own.
 */
export const EXCHANGE_TABLES = [
  'territories',
  'workingGroups',
  'members',
  'meetings',
  'decisions',
  'places',
  'studies',
  'studyCubes',
  'surveyResponses',
  'policeStats',
  'priorityAssessments',
  'prioritySnapshots',
  'plans',
  'planPriorities',
  'objectives',
  'activities',
  'budgetLines',
  'activityProgress',
  'progressEntries',
  'expenditures',
  'indicatorMeasurements',
  'varianceExplanations',
  'funders',
  'problems',
] as const;
export type ExchangeTable = (typeof EXCHANGE_TABLES)[number];
/** Tables whose records belong to no territory: only added where missing, never replaced. */
export const GLOBAL_EXCHANGE_TABLES: readonly ExchangeTable[] = ['funders', 'problems'];
/** The key each table's records are stored under (studyCubes are keyed by their study). */
export function exchangeKeyOf(table: ExchangeTable): 'id' | 'studyId' {
  return table === 'studyCubes' ? 'studyId' : 'id';
}

/** Why a package was refused; each is an `exchange:refusals.<code>` message. */
export const EXCHANGE_REFUSALS = [
  'tooLarge',
  'malformed',
  'signature',
  'checksum',
  'newerVersion',
  'foreignKey',
  'ownTerritory',
  'alreadyImported',
  'older',
  'notTrusted',
  'readOnlyWorkspace',
] as const;
export type ExchangeRefusal = (typeof EXCHANGE_REFUSALS)[number];

/** A package this app refuses; nothing was written. */
export class ExchangeError extends Error {
  constructor(
    readonly code: ExchangeRefusal,
    readonly detail: string = '',
  ) {
    super(`Exchange package refused: ${code}${detail ? ` (${detail})` : ''}`);
    this.name = 'ExchangeError';
  }
}

/** What a clerk chose to include beyond the default. */
export const exchangeOptionsSchema = z.object({
  /** People's phone numbers and e-mail addresses. */
  contacts: z.boolean(),
  /** Every questionnaire, not only the study's aggregates. */
  responses: z.boolean(),
  /** Plans not yet approved. */
  drafts: z.boolean(),
});
export type ExchangeOptions = z.infer<typeof exchangeOptionsSchema>;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const name = z.object({
  ru: z.string().max(200).optional(),
  ky: z.string().max(200).optional(),
  en: z.string().max(200).optional(),
});

/** One part: its entry in the zip, how many records, and the SHA-256 of its exact bytes. */
export const manifestPartSchema = z.object({
  name: z.union([z.enum(EXCHANGE_TABLES), z.literal(TOMBSTONES_PART)]),
  count: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha256: hex64,
});
export type ManifestPart = z.infer<typeof manifestPartSchema>;

export const manifestSchema = z.strictObject({
  magic: z.literal(EXCHANGE_MAGIC),
  format: z.number().int().positive(),
  /** A new UUID per package: the same package imported twice is found by it. */
  packageId: z.uuid(),
  territoryId: z.uuid(),
  territoryName: name,
  /** One more than the office's previous package of this territory: orders packages, not clocks. */
  sequence: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  app: z.strictObject({ version: z.string().max(50), schema: z.number().int().positive() }),
  options: exchangeOptionsSchema,
  /** The office's Ed25519 public key, raw 32 bytes in base64. */
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  parts: z.array(manifestPartSchema).max(EXCHANGE_TABLES.length + 1),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** A deleted record: the receiver removes it from the district's copy. */
export const tombstoneSchema = z.strictObject({
  table: z.enum(EXCHANGE_TABLES),
  id: z.string().min(1).max(100),
});
export type Tombstone = z.infer<typeof tombstoneSchema>;

/** The file name a package gets: koopsuz-<territory>-<sequence>.koopsuz-exchange */
export function exchangeFileName(territoryLabel: string, sequence: number): string {
  const slug =
    territoryLabel
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'territory';
  return `koopsuz-${slug}-${String(sequence).padStart(4, '0')}.${EXCHANGE_EXTENSION}`;
}

/** A key's fingerprint as read aloud: the first 128 bits of its SHA-256 in groups of four. */
export function formatFingerprint(sha256: string): string {
  return (sha256.slice(0, 32).toUpperCase().match(/.{4}/g) ?? []).join(' ');
}

/** Compares dotted version numbers (1.10.0 > 1.9.2); a suffix such as `-dev` is ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) =>
    v
      .split(/[-+]/)[0]!
      .split('.')
      .map((n) => Number(n) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
