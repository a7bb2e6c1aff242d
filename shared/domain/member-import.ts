/*
 * Member import from a spreadsheet (issue 4): guesses which column holds what, turns rows into
 * member inputs, and reports every skipped row with its spreadsheet row number and the reasons
 * (i18n keys). Pure: the renderer reads the file into a table of strings first.
 */
import { isIsoDate, parseDate } from '../format';
import { resources } from '../i18n';
import { LANGUAGES, type Language } from '../languages';
import {
  memberInputSchema,
  ORG_TYPES,
  type MemberInput,
  type OrgType,
} from '../schemas/working-group';

/** More rows than any working group has: larger files are refused as not a member list. */
export const MAX_IMPORT_ROWS = 2000;

export const IMPORT_FIELDS = [
  'fullName',
  'position',
  'organisation',
  'orgType',
  'phone',
  'email',
  'memberFrom',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Column index (0-based) of each field; absent = not in the file. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

const HEADER_WORDS: Record<ImportField, RegExp> = {
  fullName: /^(ф\.?\s*и\.?\s*о\.?|фио|фамилия|аты|name|full\s*name|член)/i,
  position: /^(должност|кызмат|position|job)/i,
  organisation: /^(организац|учрежд|уюм|мекеме|organi[sz]ation|agency)/i,
  orgType: /^(тип|вид|түр|type|kind)/i,
  phone: /^(тел|phone|mobile|байланыш)/i,
  email: /^(e-?mail|эл|почт|mail)/i,
  memberFrom: /^(с\s|дата\s*вкл|член\s*с|from|since|качантан)/i,
};

/** Guesses the mapping from the header row; a field whose header is not recognised is left out. */
export function guessMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (!header) return;
    for (const field of IMPORT_FIELDS) {
      if (mapping[field] === undefined && HEADER_WORDS[field].test(header)) {
        mapping[field] = index;
        return;
      }
    }
  });
  return mapping;
}

type Tree = { [key: string]: string | Tree };

/** Recognises an organisation type written as its code or its label in any language. */
export function parseOrgType(text: string): OrgType | undefined {
  const value = text.trim().toLowerCase();
  if (!value) return undefined;
  if ((ORG_TYPES as readonly string[]).includes(value)) return value as OrgType;
  for (const lang of LANGUAGES) {
    const labels = ((resources[lang] as Record<string, Tree>)['workingGroup']?.['orgTypes'] ??
      {}) as Record<string, string>;
    for (const type of ORG_TYPES) if (labels[type]?.toLowerCase() === value) return type;
  }
  return undefined;
}

function parseAnyDate(text: string): string | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  return parseDate(value);
}

export interface ImportPreview {
  rows: { rowNumber: number; input: MemberInput }[];
  skipped: { rowNumber: number; reasons: string[] }[];
}

export type ImportRefusal = 'noRows' | 'tooManyRows' | 'noNameColumn';

/**
 * Turns the table (first row = headers; row numbers as the spreadsheet shows them, from 1) into
 * member inputs. Texts go into the clerk's language; blank rows are ignored, other bad rows skipped.
 */
export function buildImport(
  table: string[][],
  mapping: ColumnMapping,
  lang: Language,
): { ok: true; preview: ImportPreview } | { ok: false; refusal: ImportRefusal } {
  const body = table.slice(1);
  if (!body.some((row) => row.some((cell) => cell.trim()))) return { ok: false, refusal: 'noRows' };
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, refusal: 'tooManyRows' };
  if (mapping.fullName === undefined) return { ok: false, refusal: 'noNameColumn' };
  const preview: ImportPreview = { rows: [], skipped: [] };
  const cell = (row: string[], field: ImportField) => {
    const index = mapping[field];
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  body.forEach((row, index) => {
    const rowNumber = index + 2;
    if (!row.some((value) => value.trim())) return;
    const reasons: string[] = [];
    const orgTypeText = cell(row, 'orgType');
    const orgType = orgTypeText ? parseOrgType(orgTypeText) : 'other';
    if (!orgType) reasons.push('workingGroup:import.unknownOrgType');
    const fromText = cell(row, 'memberFrom');
    const memberFrom = fromText ? parseAnyDate(fromText) : undefined;
    if (memberFrom === null) reasons.push('errors:invalidDate');
    const position = cell(row, 'position');
    const organisation = cell(row, 'organisation');
    const input: MemberInput = {
      fullName: cell(row, 'fullName'),
      position: position ? { [lang]: position } : {},
      organisation: organisation ? { [lang]: organisation } : {},
      orgType: orgType ?? 'other',
      phone: cell(row, 'phone'),
      email: cell(row, 'email'),
      memberFrom: memberFrom ?? undefined,
    };
    const result = memberInputSchema.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = `${issue.path[0] === 'fullName' && issue.message === 'errors:required' ? 'workingGroup:import.noName' : issue.message}`;
        if (!reasons.includes(key)) reasons.push(key);
      }
    }
    if (reasons.length) preview.skipped.push({ rowNumber, reasons });
    else preview.rows.push({ rowNumber, input });
  });
  return { ok: true, preview };
}
