/*
 * The survey's XLSForm (the form definition KoBoToolbox and ODK download as .xlsx): from the rows
 * of its `survey` and `choices` sheets, every question's type, group path, labels per language,
 * skip logic (`relevant`) and choices. Pure: the page reads the two sheets, this makes sense of them.
 */
import type { LocalizedText } from '../../../schemas/localized-text';
import type { Cell } from './mapper';

/** Labels per form language (the `label::<language>` suffix; '' for a plain `label` column). */
export type FormLabels = Record<string, string>;

export interface FormChoice {
  name: string;
  labels: FormLabels;
}

export interface FormGroup {
  name: string;
  labels: FormLabels;
  relevant?: string;
}

export interface FormQuestion {
  name: string;
  /** The base type: `select_one`, `select_multiple`, `text`, `integer`, `date`, `start`… */
  type: string;
  /** Enclosing groups, outermost first. */
  groups: FormGroup[];
  labels: FormLabels;
  relevant?: string;
  /** The choices of a select question (empty otherwise). */
  choices: FormChoice[];
}

export interface XlsForm {
  /** The form's label languages in sheet order ('' = the plain `label` column). */
  languages: string[];
  questions: FormQuestion[];
}

/** Why rows are not an XLSForm. */
export class XlsFormError extends Error {
  constructor(readonly code: 'formNoSurvey' | 'formNoQuestions') {
    super(code);
    this.name = 'XlsFormError';
  }
}

const text = (cell: Cell | undefined) =>
  cell === null || cell === undefined ? '' : String(cell).trim();

/** Column positions of a sheet's header row: plain names and `label::<language>` columns. */
function headerOf(row: Cell[] | undefined): {
  columns: Map<string, number>;
  labels: [string, number][];
} {
  const columns = new Map<string, number>();
  const labels: [string, number][] = [];
  (row ?? []).forEach((cell, index) => {
    const raw = text(cell);
    const name = raw.toLowerCase().replace(/\s+/g, '_');
    const label = /^label(?:\s*::?\s*(.*))?$/i.exec(raw);
    if (label) labels.push([label[1]?.trim() ?? '', index]);
    else if (!columns.has(name)) columns.set(name, index);
  });
  return { columns, labels };
}

function labelsOf(row: Cell[], labels: [string, number][]): FormLabels {
  const result: FormLabels = {};
  for (const [language, index] of labels) {
    const value = text(row[index]).replace(/<[^>]*>/g, '');
    if (value) result[language] = value;
  }
  return result;
}

/** Builds the question list from the `survey` and `choices` sheets (rows incl. their header row). */
export function parseXlsForm(survey: Cell[][], choices: Cell[][]): XlsForm {
  const s = headerOf(survey[0]);
  const typeAt = s.columns.get('type');
  const nameAt = s.columns.get('name');
  if (typeAt === undefined || nameAt === undefined) throw new XlsFormError('formNoSurvey');
  const c = headerOf(choices[0]);
  const listAt = c.columns.get('list_name') ?? c.columns.get('list');
  const choiceNameAt = c.columns.get('name');
  const lists = new Map<string, FormChoice[]>();
  if (listAt !== undefined && choiceNameAt !== undefined)
    for (const row of choices.slice(1)) {
      const list = text(row[listAt]);
      const name = text(row[choiceNameAt]);
      if (!list || !name) continue;
      if (!lists.has(list)) lists.set(list, []);
      lists.get(list)!.push({ name, labels: labelsOf(row, c.labels) });
    }
  const relevantAt = s.columns.get('relevant');
  const groups: FormGroup[] = [];
  const questions: FormQuestion[] = [];
  for (const row of survey.slice(1)) {
    const [kind = '', list = ''] = text(row[typeAt]).split(/\s+/);
    const type = kind.toLowerCase().replace(/\s+/g, '_');
    const name = text(row[nameAt]);
    const relevant = relevantAt === undefined ? '' : text(row[relevantAt]);
    if (type === 'begin_group' || type === 'begin_repeat') {
      groups.push({ name, labels: labelsOf(row, s.labels), ...(relevant ? { relevant } : {}) });
      continue;
    }
    if (type === 'end_group' || type === 'end_repeat') {
      groups.pop();
      continue;
    }
    if (!type || !name) continue;
    // A group's skip logic applies to every question in it.
    const conditions = [...groups.map((g) => g.relevant ?? ''), relevant].filter(Boolean);
    questions.push({
      name,
      type,
      groups: [...groups],
      labels: labelsOf(row, s.labels),
      ...(conditions.length ? { relevant: conditions.join(' and ') } : {}),
      choices: type.startsWith('select_') ? (lists.get(list) ?? []) : [],
    });
  }
  if (questions.length === 0) throw new XlsFormError('formNoQuestions');
  return { languages: s.labels.map(([language]) => language), questions };
}

/** The form of a workbook's sheets (`survey`, `choices`, any letter case); XlsFormError without `survey`. */
export function formFromSheets(sheets: readonly { name: string; rows: Cell[][] }[]): XlsForm {
  const rows = (name: string) => sheets.find((s) => s.name.toLowerCase() === name)?.rows;
  const survey = rows('survey');
  if (!survey) throw new XlsFormError('formNoSurvey');
  return parseXlsForm(survey, rows('choices') ?? []);
}

/** Which app language a form language is: `Русский (ru)`, `Kyrgyz (ky)`, `English`; '' guessed from the text. */
export function appLanguage(formLanguage: string, sample = ''): keyof LocalizedText | undefined {
  const code =
    /\(([a-z]{2,3})\)/i.exec(formLanguage)?.[1]?.toLowerCase() ?? formLanguage.toLowerCase();
  if (/^(ru|rus)|russ|рус/.test(code)) return 'ru';
  if (/^(ky|kir|kg)|kyrg|kirg|кыр/.test(code)) return 'ky';
  if (/^(en|eng)|engl|англ/.test(code)) return 'en';
  if (formLanguage !== '' || !sample) return undefined;
  if (/[ңөүҢӨҮ]/.test(sample)) return 'ky';
  if (/[а-яё]/i.test(sample)) return 'ru';
  if (/[a-z]/i.test(sample)) return 'en';
  return undefined;
}

/** A form's labels as LocalizedText (ru/ky/en where the form has them). */
export function localized(labels: FormLabels): LocalizedText {
  const result: LocalizedText = {};
  for (const [language, value] of Object.entries(labels)) {
    const code = appLanguage(language, value);
    if (code && !result[code]) result[code] = value.slice(0, 200);
  }
  return result;
}
