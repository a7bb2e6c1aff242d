/*
 * What the one table reader accepts, per importer, and how it refuses. Every cap is checked while
 * reading (never after building the whole table), so a hostile file costs at most the cap.
 */

/** The importers that read tables; each has its own caps. */
export type ReadProfile = 'survey' | 'police' | 'members';

export interface ReadLimits {
  /** File size. */
  maxBytes: number;
  /** Data rows below the header row. */
  maxRows: number;
  /** Columns a value may sit in. */
  maxColumns: number;
  /** Cells kept in all rows together (a row is as wide as its last value). */
  maxCells: number;
  /** Uncompressed bytes of all XLSX parts read together. */
  maxXmlBytes: number;
}

const MB = 1024 * 1024;

export const READ_LIMITS: Record<ReadProfile, ReadLimits> = {
  // A KoBoToolbox export of 50,000 questionnaires with a few hundred columns fits well inside.
  survey: {
    maxBytes: 50 * MB,
    maxRows: 200_000,
    maxColumns: 2_000,
    maxCells: 15_000_000,
    maxXmlBytes: 400 * MB,
  },
  // Police statistics: a few hundred rows of period, category, count.
  police: {
    maxBytes: 10 * MB,
    maxRows: 20_000,
    maxColumns: 200,
    maxCells: 500_000,
    maxXmlBytes: 60 * MB,
  },
  // A working group's member list (shared/domain/member-import MAX_IMPORT_ROWS).
  members: {
    maxBytes: 10 * MB,
    maxRows: 2_000,
    maxColumns: 200,
    maxCells: 200_000,
    maxXmlBytes: 60 * MB,
  },
};

/** Survey files above this are refused before reading. */
export const MAX_IMPORT_BYTES = READ_LIMITS.survey.maxBytes;

/** Above this share, a zip entry of more than 1 MB is taken for a zip bomb (real sheets stay far below). */
export const MAX_COMPRESSION_RATIO = 200;
/** Spreadsheet XML nests about six levels; anything this deep is hostile. */
export const MAX_XML_DEPTH = 64;

/** Every reason the reader refuses a file (each an i18n message: read-refusal). */
export const READ_REFUSALS = [
  'tooLarge',
  'notSpreadsheet',
  'encrypted',
  'empty',
  'unreadable',
  'tooManyRows',
  'tooManyColumns',
  'tooManyCells',
  'packedTooLarge',
  'tooDeep',
  'doctype',
  'missingSharedStrings',
  'noSheet',
] as const;
export type ReadRefusal = (typeof READ_REFUSALS)[number];
/** What the import worker can answer instead of a result: a refusal, or a failed store. */
export type ImportErrorCode = ReadRefusal | 'storeFailed' | 'storageFull';

/** A file the reader refuses: `code` names the i18n message, `params` fill it (`max`, `mb`). */
export class ReadError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly params: Record<string, number | string> = {},
  ) {
    super(code);
    this.name = 'ReadError';
  }
}

/** The refusal of a file over the profile's size. */
export const tooLarge = (limits: ReadLimits) =>
  new ReadError('tooLarge', { mb: Math.round(limits.maxBytes / MB) });
