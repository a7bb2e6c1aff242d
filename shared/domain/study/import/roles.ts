/*
 * Which question is which, found from what the questions are rather than from a list of header
 * guesses: their type and choices (a yes/no question that later questions depend on is consent;
 * male/female choices are gender; 1–5 choices a scale), their labels (word stems in ru/ky/en), and
 * for concern per problem, which problem the label names.
 */
import type { ScalarField } from './fields';
import type { ImportCatalogue } from './mapper';
import { ageOf, genderOf, groupOf, scaleOf, yesNoOf } from './options';
import type { Question } from './questions';
import { bestMatch, fold } from './text-match';
import { HEADER_SYNONYMS, normalize } from './fields';

export type Role = ScalarField | `concern:${string}`;

export interface Recognised {
  /** The role given to each question (null: none), with its score (≥ 4 = sure). */
  roles: ({ role: Role; score: number } | null)[];
  /** Other plausible roles per question, best first. */
  suggestions: Role[][];
}

const KW = {
  consent: /соглас|макул|consent|agree|разреш|уруксат/,
  gender: /(^| )пол( |$)|жыныс|gender|(^| )sex( |$)/,
  ageGroup: /возраст|сколько лет|(^| )жаш(ы|ын|та)|курак|(^| )age( |$)/,
  respondentGroup: /кто вы|категор|респондент|who are you|статус|сиз ким/,
  place:
    /район|массив|махал|mahall|kvartal|rayon|district|massiv|mkr|микрорайон|мкр|(^| )мест|жилмассив|жашаган|конуш|аймак|квартал|place|neighbo|area|locat|живете|village|(^| )село|айыл/,
  problems: /проблем|койгой|problem/,
  safe: /безопас|коопсуз|safe/,
  day: /днем|(^| )день|дневн|кундуз|(^| )day|daytime/,
  night: /ноч|вечер|темн|(^| )тун|(^| )кеч|night|dark|evening/,
  trustPolice: /довер|ишен|trust|confid/,
  concern: /беспоко|тревож|тынчсыз|concern|worr|волну/,
  victim: /пострада|жертв|жабыр|victim|подверга/,
  reported: /сообщ|заяв|обращал|обратил|кабарл|кайрыл|report|told|tell/,
  comment: /коммент|замечан|предлож|пожелан|пикир|сунуш|comment|remark|suggest/,
};

const share = (q: Question, test: (text: string) => unknown) => {
  if (q.choices.length === 0) return 0;
  return (
    q.choices.filter((c) => [c.name, ...c.labels].some((t) => test(t) !== undefined)).length /
    q.choices.length
  );
};

const yesNoKinds = (q: Question) =>
  new Set(q.choices.map((c) => [c.name, ...c.labels].map(yesNoOf).find((v) => v !== undefined)));

/** Structure of a question's choices. */
export function shapeOf(q: Question) {
  const kinds = yesNoKinds(q);
  const yesNo =
    q.choices.length >= 2 && q.choices.length <= 4 && kinds.has(true) && kinds.has(false);
  const scaleChoices = q.choices.filter(
    (c) => scaleOf(c.name) ?? c.labels.map(scaleOf).find(Boolean),
  );
  const scale =
    !yesNo &&
    (q.type === 'integer' ||
      q.type === 'range' ||
      (scaleChoices.length === q.choices.length && q.choices.length >= (q.fromForm ? 3 : 2)) ||
      // A column of 1–5 answers with a few out-of-range typos is still a scale.
      (!q.fromForm &&
        scaleChoices.length >= 3 &&
        scaleChoices.length >= q.choices.length * 0.6 &&
        q.choices.every((c) => /^\d+$/.test(c.name))));
  const genders = new Set(q.choices.map((c) => [c.name, ...c.labels].map(genderOf).find(Boolean)));
  const gender =
    !yesNo && share(q, genderOf) >= 0.6 && genders.size >= (q.choices.length > 1 ? 2 : 1);
  const age = !scale && q.choices.length >= 2 && share(q, (t) => ageOf(t)) >= 0.6;
  const group = !gender && q.choices.length >= 2 && share(q, groupOf) >= 0.5;
  return { yesNo, scale, gender, age, group, plain: !yesNo && !scale && !gender && !age };
}

/** Codes of the catalogue problems a text names (for concern per problem and problem choices). */
export function problemCandidates(catalogue: ImportCatalogue) {
  return catalogue.problems.map((p) => ({
    key: p.code,
    texts: [p.code.replace(/-/g, ' '), ...Object.values(p.title).filter(Boolean)] as string[],
  }));
}

function scores(
  q: Question,
  catalogue: ImportCatalogue,
  problemChoices: { key: string; texts: string[] }[],
): [Role, number][] {
  const text = fold(q.texts.join(' | '));
  const group = fold(q.groupTexts.join(' | '));
  const has = (re: RegExp) => re.test(text);
  const name = normalize(q.name);
  const out: [Role, number][] = [];
  if (q.metadata || ['uuid', 'instanceid', 'metainstanceid', 'key'].includes(name)) {
    if (['uuid', 'instanceid', 'metainstanceid', 'key'].includes(name)) out.push(['uuid', 6]);
    if (['submissiontime', 'submissiondate'].includes(name)) out.push(['submittedAt', 6]);
    return out;
  }
  if (q.type === 'end' || name === 'end') return [['submittedAt', 3]];
  if (['date', 'datetime', 'time', 'start', 'today'].includes(q.type)) return [];
  const s = shapeOf(q);
  const multi = q.type === 'select_multiple';
  if (s.yesNo) {
    if (has(KW.consent)) out.push(['consent', 5]);
    else if (q.referencedBy >= 2) out.push(['consent', 4]);
    if (has(KW.victim)) out.push(['victim', 5]);
    if (has(KW.reported)) out.push(['reported', 5]);
  } else if (has(KW.consent) && !multi) out.push(['consent', 2]);
  if (s.gender) out.push(['gender', has(KW.gender) ? 6 : 5]);
  else if (has(KW.gender)) out.push(['gender', 2]);
  if (s.age) out.push(['ageGroup', has(KW.ageGroup) ? 6 : 5]);
  else if (has(KW.ageGroup)) out.push(['ageGroup', 2]);
  if (s.group) out.push(['respondentGroup', has(KW.respondentGroup) ? 5 : 3]);
  else if (has(KW.respondentGroup) && s.plain) out.push(['respondentGroup', 2]);
  if (multi) {
    const known = share(q, (t) => bestMatch(t, problemCandidates(catalogue), 0.5));
    out.push(['problems', 2 + (has(KW.problems) ? 3 : 0) + (known >= 0.5 ? 2 : 0)]);
  } else if (has(KW.problems) && s.plain) out.push(['problems', 2]);
  if (s.plain && !multi) {
    const places = catalogue.places.map((p) => ({
      key: p.id,
      texts: [p.code ?? '', ...Object.values(p.name)].filter(Boolean) as string[],
    }));
    const known = share(q, (t) => bestMatch(t, places, 0.8));
    const place =
      (has(KW.place) ? 3 : 0) + (known >= 0.5 ? 3 : 0) + (q.type === 'select_one' ? 1 : 0);
    if (place >= 3) out.push(['place', place]);
  }
  if (s.scale || s.plain) {
    const scale = s.scale ? 2 : 0;
    if (has(KW.safe) && has(KW.night)) out.push(['safeNight', 2 + scale]);
    else if (has(KW.safe) && (has(KW.day) || !has(KW.night)))
      out.push(['safeDay', (has(KW.day) ? 2 : 1) + scale]);
    if (has(KW.trustPolice)) out.push(['trustPolice', 2 + scale]);
    if (s.scale) {
      const bare = q.texts.map((t) => fold(t).replace(new RegExp(KW.concern.source, 'g'), ' '));
      const byName = problemChoices.find((c) =>
        c.texts.some((t) => normalize(t) && name.endsWith(normalize(t)) && name !== normalize(t)),
      )?.key;
      const code =
        byName ??
        bare
          .map((t) => bestMatch(t, [...problemChoices, ...problemCandidates(catalogue)], 0.5))
          .find(Boolean);
      if (code)
        out.push([
          `concern:${code}`,
          1 + scale + (has(KW.concern) || KW.concern.test(group) ? 2 : 0),
        ]);
    }
  }
  // Header names the app has always known (`age_group`, `safe_day`, `concern_<problem>`…).
  for (const [field, names] of Object.entries(HEADER_SYNONYMS))
    if (names.includes(name) && !out.some(([r]) => r === field)) out.push([field as Role, 3]);
  const concern = /^(concern|обеспокоенность|тынчсыздануу)(.+)$/.exec(name);
  const byName =
    concern && problemCandidates(catalogue).find((p) => normalize(p.key) === concern[2]);
  if (byName && !out.some(([r]) => r.startsWith('concern:')))
    out.push([`concern:${byName.key}`, 3]);
  if ((q.type === 'text' || (!q.fromForm && s.plain)) && has(KW.comment))
    out.push(['comment', q.type === 'text' ? 4 : 3]);
  return out;
}

/**
 * Gives each question at most one role and each role at most one question, best scores first.
 * `problemChoices` are the choices of the problems question already matched to problem codes.
 */
export function recognise(
  questions: readonly Question[],
  catalogue: ImportCatalogue,
  problemChoices: { key: string; texts: string[] }[] = [],
): Recognised {
  const all = questions.map((q) => scores(q, catalogue, problemChoices));
  const ranked = all
    .flatMap((list, question) => list.map(([role, score]) => ({ question, role, score })))
    .sort((a, b) => b.score - a.score || a.question - b.question);
  const roles: Recognised['roles'] = questions.map(() => null);
  const taken = new Set<Role>();
  for (const r of ranked) {
    if (roles[r.question] || taken.has(r.role)) continue;
    roles[r.question] = { role: r.role, score: r.score };
    taken.add(r.role);
  }
  const suggestions = all.map((list, question) =>
    [...list]
      .sort((a, b) => b[1] - a[1])
      .map(([role]) => role)
      .filter((role) => role !== roles[question]?.role),
  );
  return { roles, suggestions };
}
