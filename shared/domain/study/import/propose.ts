/*
 * The import's proposal: a target for every column, how each value of the form's choices maps to
 * the app's options (kept apart from the clerk's own value choices), how sure each guess is, the
 * places and problems the file has and the catalogue lacks, and what would silently go wrong.
 */
import type { LocalizedText } from '../../../schemas/localized-text';
import type { PlaceKind } from '../../../schemas/study';
import { normalize, type ColumnTarget } from './fields';
import type { ImportCatalogue, ImportMapping } from './mapper';
import { ageOf, genderOf, groupOf, scaleOf, yesNoOf } from './options';
import { questionsOf, type ColumnProfile, type Question } from './questions';
import { problemCandidates, recognise, type Role } from './roles';
import { bestMatch, fold } from './text-match';
import { localized, type XlsForm } from './xlsform';

export type Confidence = 'sure' | 'guess' | 'none' | 'metadata';

export interface NewPlace {
  code?: string;
  kind: PlaceKind;
  name: LocalizedText;
}
export interface NewProblem {
  title: LocalizedText;
}

export interface ImportProposal {
  mapping: ImportMapping;
  confidence: Confidence[];
  /** Per column, other plausible targets, best first. */
  suggestions: ColumnTarget[][];
  /** Columns that look like consent (a blocking warning when none of them is mapped to it). */
  consentLike: number[];
  newPlaces: NewPlace[];
  newProblems: NewProblem[];
}

const target = (role: Role): ColumnTarget =>
  role.startsWith('concern:')
    ? { field: 'concern', code: role.slice(8) }
    : ({ field: role } as ColumnTarget);

function choiceTexts(q: Question, index: number): string[] {
  const c = q.choices[index]!;
  return [c.name, ...c.labels];
}

/** A place's kind from its name: market, school, street, housing estate. */
export function placeKind(text: string): PlaceKind {
  const f = fold(text);
  if (/рын|базар|market/.test(f)) return 'market';
  if (/школ|мектеп|лице|гимназ|school/.test(f)) return 'school';
  if (/улиц|кочо|проспект|street|avenue/.test(f)) return 'street';
  if (/(^| )(ж м|мкр|мкрн)( |$)|массив|микрорайон|жилмассив|квартал|конуш|estate/.test(f))
    return 'housing-estate';
  return 'other';
}

/** The language of an export's labels: Kyrgyz when its headers use ң ө ү, else by script. */
const fileLanguage = (headers: readonly string[]) => {
  const all = headers.join(' ');
  return /[ңөү]/i.test(all)
    ? 'Кыргызча (ky)'
    : /[а-я]/i.test(all)
      ? 'Русский (ru)'
      : 'English (en)';
};

const nameOf = (q: Question, index: number, language: string): LocalizedText => {
  const c = q.choices[index]!;
  const text = c.byLanguage
    ? localized(c.byLanguage)
    : localized({ [/^[a-z0-9_-]+$/.test(c.name) ? 'en' : language]: c.labels[0] ?? c.name });
  return Object.keys(text).length > 0 ? text : { ru: c.name };
};

/** Proposes the whole mapping of an export (with the survey's form when given). */
export function proposeMapping(
  headers: readonly string[],
  profiles: readonly ColumnProfile[],
  catalogue: ImportCatalogue,
  form?: XlsForm,
): ImportProposal {
  const { questions, sources } = questionsOf(headers, profiles, form);
  const language = fileLanguage(headers);
  const derived: Record<string, string> = {};
  const put = (field: string, texts: string[], option: string) => {
    for (const t of texts) if (normalize(t)) derived[`${field}:${normalize(t)}`] ??= option;
  };
  // First pass finds the problems question; its matched choices help find concern per problem.
  const first = recognise(questions, catalogue);
  const problemsAt = first.roles.findIndex((r) => r?.role === 'problems');
  const problemCodes = new Map<number, string>();
  const newProblems: NewProblem[] = [];
  // Choices only of a real multiple choice (not whole cells of labels joined by spaces).
  if (problemsAt >= 0 && questions[problemsAt]!.type === 'select_multiple') {
    const q = questions[problemsAt]!;
    q.choices.forEach((_, i) => {
      const texts = choiceTexts(q, i);
      const code = texts.map((t) => bestMatch(t, problemCandidates(catalogue), 0.5)).find(Boolean);
      if (code) {
        problemCodes.set(i, code);
        put('problems', texts, code);
      } else newProblems.push({ title: nameOf(q, i, language) });
    });
  }
  const problemChoices = [...problemCodes].map(([i, code]) => ({
    key: code,
    texts: choiceTexts(questions[problemsAt]!, i),
  }));
  const { roles, suggestions: questionSuggestions } = recognise(
    questions,
    catalogue,
    problemChoices,
  );
  const newPlaces: NewPlace[] = [];
  roles.forEach((r, qi) => {
    if (!r) return;
    const q = questions[qi]!;
    q.choices.forEach((c, i) => {
      const texts = choiceTexts(q, i);
      const pick = <T>(of: (t: string) => T | undefined) =>
        texts.map(of).find((v) => v !== undefined);
      switch (r.role) {
        case 'gender': {
          const v = pick(genderOf);
          if (v) put('gender', texts, v);
          return;
        }
        case 'ageGroup': {
          const v = pick(ageOf);
          if (v) put('ageGroup', texts, v);
          return;
        }
        case 'respondentGroup': {
          const v = pick(groupOf);
          if (v) put('respondentGroup', texts, v);
          return;
        }
        case 'consent':
        case 'victim':
        case 'reported': {
          const v = pick(yesNoOf);
          if (v !== undefined) put('yesno', texts, v ? '1' : '0');
          return;
        }
        case 'place': {
          const places = catalogue.places.map((p) => ({
            key: p.id,
            texts: [p.code ?? '', ...Object.values(p.name)].filter(Boolean) as string[],
          }));
          const id = texts.map((t) => bestMatch(t, places, 0.8)).find(Boolean);
          if (id) put('place', texts, id);
          else
            newPlaces.push({
              ...(c.byLanguage || /^[a-z0-9_-]+$/.test(c.name)
                ? { code: c.name.slice(0, 80) }
                : {}),
              kind: placeKind(c.labels[0] ?? c.name),
              name: nameOf(q, i, language),
            });
          return;
        }
        default: {
          const n = scaleOf(c.name) ?? c.labels.map(scaleOf).find(Boolean);
          if (
            n &&
            (r.role.startsWith('concern:') ||
              ['safeDay', 'safeNight', 'trustPolice'].includes(r.role))
          )
            put('scale', texts, String(n));
        }
      }
    });
  });
  const columns: ColumnTarget[] = [];
  const confidence: Confidence[] = [];
  const suggestions: ColumnTarget[][] = [];
  const consentLike: number[] = [];
  headers.forEach((_, col) => {
    const source = sources[col];
    const q = source ? questions[source.question] : undefined;
    const r = source ? roles[source.question] : null;
    const others = source ? questionSuggestions[source.question]!.map(target) : [];
    if (source && [r?.role, ...questionSuggestions[source.question]!].includes('consent'))
      consentLike.push(col);
    let t: ColumnTarget = { field: 'ignore' };
    if (r && source?.choice !== undefined) {
      const code = r.role === 'problems' ? problemCodes.get(source.choice) : undefined;
      if (code) t = { field: 'problemOption', code };
    } else if (r) t = target(r.role);
    columns.push(t);
    confidence.push(
      q?.metadata && !r
        ? 'metadata'
        : t.field === 'ignore'
          ? 'none'
          : r && (r.score >= 4 || (q?.fromForm && r.score >= 3))
            ? 'sure'
            : 'guess',
    );
    suggestions.push(t.field === 'ignore' && r ? [target(r.role), ...others] : others);
  });
  return {
    mapping: { columns, values: {}, derived },
    confidence,
    suggestions,
    consentLike,
    newPlaces,
    newProblems,
  };
}

export type BlockingWarning = 'noProblems' | 'noConsent';

/** What would import silently wrong with this mapping: no problems column; consent present but unmapped. */
export function blockingWarnings(
  columns: readonly ColumnTarget[],
  consentLike: readonly number[],
): BlockingWarning[] {
  const out: BlockingWarning[] = [];
  if (!columns.some((c) => c.field === 'problems' || c.field === 'problemOption'))
    out.push('noProblems');
  if (consentLike.length > 0 && !columns.some((c) => c.field === 'consent')) out.push('noConsent');
  return out;
}
