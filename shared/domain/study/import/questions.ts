/*
 * The questions behind an export's columns: taken from the survey's XLSForm when the clerk gave
 * it (every header KoBoToolbox can write for each question is known in advance: XML names or
 * labels in any language, with or without group names, a multiple choice as one combined column
 * and/or one 0/1 column per choice), or inferred from the export alone (families of 0/1 columns
 * `<q>/<choice>` or `<q>.<choice>`, each column's distinct values).
 */
import { METADATA, normalize } from './fields';
import { fold } from './text-match';
import type { RawTable } from './mapper';
import type { FormQuestion, XlsForm } from './xlsform';

/** What the reader learnt of one column: distinct values (first `limit`), whether all are 0/1. */
export interface ColumnProfile {
  values: string[];
  more: boolean;
  binary: boolean;
  filled: number;
}

/** One pass over the rows: distinct values per column, 0/1-only columns. */
export function profileColumns(table: RawTable, limit = 40): ColumnProfile[] {
  const sets = table.headers.map(() => new Set<string>());
  const profiles = table.headers.map(() => ({ more: false, binary: true, filled: 0 }));
  for (const row of table.rows)
    for (let col = 0; col < table.headers.length; col += 1) {
      const cell = row[col];
      if (cell === null || cell === undefined || cell === '') continue;
      const text = String(cell).trim();
      if (text === '') continue;
      const p = profiles[col]!;
      p.filled += 1;
      if (text !== '0' && text !== '1') p.binary = false;
      const set = sets[col]!;
      if (set.size < limit) set.add(text);
      else if (!set.has(text)) p.more = true;
    }
  return profiles.map((p, col) => ({ ...p, values: [...sets[col]!] }));
}

export interface QuestionChoice {
  name: string;
  /** Labels in every language (the form's) or the header's suffix / the value itself. */
  labels: string[];
  /** Labels by form language ('' = plain `label`), when known. */
  byLanguage?: Record<string, string>;
}

export interface Question {
  name: string;
  type: string;
  /** Its labels in every language, and its name. */
  texts: string[];
  /** Names and labels of its groups. */
  groupTexts: string[];
  choices: QuestionChoice[];
  /** How many questions' `relevant` refer to it. */
  referencedBy: number;
  /** Whether the column is KoBo/ODK metadata (`_id`, `_index`, `start`…). */
  metadata: boolean;
  fromForm: boolean;
}

/** Where a column comes from: a question, and for a 0/1 column of a multiple choice, the choice. */
export interface ColumnSource {
  question: number;
  choice?: number;
}

const META_TYPES = new Set([
  'start',
  'end',
  'today',
  'deviceid',
  'username',
  'simserial',
  'subscriberid',
  'phonenumber',
  'audit',
  'note',
  'calculate',
]);

function formQuestion(q: FormQuestion, all: readonly FormQuestion[]): Question {
  const ref = `\${${q.name}}`;
  return {
    name: q.name,
    type: q.type,
    texts: [q.name.replace(/_/g, ' '), ...Object.values(q.labels)],
    groupTexts: q.groups.flatMap((g) => [g.name.replace(/_/g, ' '), ...Object.values(g.labels)]),
    choices: q.choices.map((c) => ({
      name: c.name,
      labels: Object.values(c.labels),
      byLanguage: c.labels,
    })),
    referencedBy: all.filter((other) => other !== q && other.relevant?.includes(ref)).length,
    metadata: META_TYPES.has(q.type) && q.type !== 'end',
    fromForm: true,
  };
}

/** Every header the exporter can write for each form question → its source (normalised keys). */
function formHeaderIndex(form: XlsForm): Map<string, ColumnSource> {
  const index = new Map<string, ColumnSource>();
  const add = (header: string, source: ColumnSource) => {
    const key = normalize(header);
    if (key && !index.has(key)) index.set(key, source);
  };
  form.questions.forEach((q, question) => {
    for (const lang of [null, ...form.languages]) {
      const own = lang === null ? q.name : (q.labels[lang] ?? q.name);
      const groups = q.groups.map((g) => (lang === null ? g.name : (g.labels[lang] ?? g.name)));
      for (const base of [own, [...groups, own].join('/')]) {
        add(base, { question });
        if (q.type === 'select_multiple')
          q.choices.forEach((c, choice) =>
            add(`${base}/${lang === null ? c.name : (c.labels[lang] ?? c.name)}`, {
              question,
              choice,
            }),
          );
      }
    }
  });
  return index;
}

const isMetadata = (header: string) => {
  const last = header.split('/').pop() ?? '';
  return last.trim().startsWith('_') || METADATA.includes(normalize(last));
};

/** The questions of an export and the source of each column (null: no question, e.g. empty header). */
export function questionsOf(
  headers: readonly string[],
  profiles: readonly ColumnProfile[],
  form?: XlsForm,
): { questions: Question[]; sources: (ColumnSource | null)[] } {
  const questions: Question[] = form
    ? form.questions.map((q) => formQuestion(q, form.questions))
    : [];
  const sources: (ColumnSource | null)[] = headers.map(() => null);
  if (form) {
    const index = formHeaderIndex(form);
    headers.forEach(
      (h, col) => (sources[col] = isMetadata(h) ? null : (index.get(normalize(h)) ?? null)),
    );
  }
  const open = (col: number) =>
    sources[col] === null && headers[col]!.trim() !== '' && !isMetadata(headers[col]!);
  const binary = (col: number) => profiles[col]?.binary !== false;
  // A combined column H with 0/1 columns `H/<choice>` or `H.<choice>` (choice labels may hold `/`).
  const family = (prefix: string, members: number[], summary: number | undefined) => {
    const question = questions.length;
    const segments = prefix.split('/');
    questions.push({
      name: segments[segments.length - 1]!,
      type: 'select_multiple',
      texts: [segments[segments.length - 1]!.replace(/_/g, ' ')],
      groupTexts: segments.slice(0, -1),
      choices: members.map((col) => {
        const suffix = headers[col]!.slice(prefix.length + 1);
        return { name: suffix, labels: [suffix] };
      }),
      referencedBy: 0,
      metadata: false,
      fromForm: false,
    });
    if (summary !== undefined) sources[summary] = { question };
    members.forEach((col, choice) => (sources[col] = { question, choice }));
  };
  headers.forEach((h, col) => {
    if (!open(col)) return;
    const members = headers.flatMap((other, c) =>
      c !== col && open(c) && binary(c) && (other.startsWith(`${h}/`) || other.startsWith(`${h}.`))
        ? [c]
        : [],
    );
    if (members.length >= 2) family(h, members, col);
  });
  const byPrefix = new Map<string, number[]>();
  headers.forEach((h, col) => {
    const cut = Math.max(h.lastIndexOf('/'), h.lastIndexOf('.'));
    if (!open(col) || !binary(col) || cut <= 0) return;
    const prefix = h.slice(0, cut);
    // Without values (headers only) a shared prefix is a group, unless it names the problems.
    if (profiles.length === 0 && !/проблем|койгой|problem/.test(fold(prefix))) return;
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), col]);
  });
  for (const [prefix, members] of byPrefix)
    if (members.length >= 2) family(prefix, members, undefined);
  headers.forEach((h, col) => {
    if (!open(col) && !(sources[col] === null && isMetadata(h))) return;
    const segments = h.split('/').map((s) => s.trim());
    const last = segments[segments.length - 1] ?? '';
    const p = profiles[col];
    sources[col] = { question: questions.length };
    const dates =
      p &&
      p.values.length > 0 &&
      p.values.every((v) => /^\d{4}-\d\d-\d\d|^[2-7]\d{4}(\.\d+)?$/.test(v));
    // XML-name exports write a multiple choice as codes joined by spaces.
    const tokens = p && !p.more ? [...new Set(p.values.flatMap((v) => v.split(/\s+/)))] : [];
    const codes =
      tokens.length > 0 &&
      tokens.every((t) => /^[A-Za-z0-9_.-]+$/.test(t)) &&
      p!.values.some((v) => /\s/.test(v));
    questions.push({
      name: last,
      type: dates ? 'date' : codes ? 'select_multiple' : 'unknown',
      texts: [last.replace(/_/g, ' '), h],
      groupTexts: segments.slice(0, -1),
      choices: (codes ? tokens : p && !p.more ? p.values : []).map((v) => ({
        name: v,
        labels: [v],
      })),
      referencedBy: 0,
      metadata: isMetadata(h),
      fromForm: false,
    });
  });
  return { questions, sources };
}
