/*
 * Row model of the blank resident questionnaire (A4 portrait) for paper surveys. Options are
 * numbered exactly as the keyboard entry form numbers them (renderer/features/study/EntryTab), so
 * the clerk types the numbers the respondent circled; problems get a box to tick and a 1–5 grid.
 */
import type { DocumentLanguage } from '../languages';
import { pickText, type LocalizedText } from '../schemas/localized-text';
import { AGE_GROUPS, GENDERS, RESPONDENT_GROUPS, type Place, type Study } from '../schemas/study';
import { documentFileName } from './file-name';
import { docLabel, formatLanguage, labelIn } from './labels';
import { paragraph, withoutMarks, type DocumentBlock, type DocumentModel } from './model';
import { DocumentTexts } from './texts';

/** A problem as the questionnaire lists it (the merged catalogue entry). */
export interface QuestionnaireProblem {
  code: string;
  title: LocalizedText;
  retired: boolean;
}

export interface QuestionnaireInput {
  study: Pick<Study, 'title'> & { id?: string };
  territoryName?: LocalizedText;
  territoryId?: string;
  /** The territory's places, in any order (retired ones are left out). */
  places: readonly (Pick<Place, 'kind' | 'name' | 'retired' | 'createdAt'> & { id?: string })[];
  /** The catalogue in its numbered order (retired ones are left out). */
  problems: readonly QuestionnaireProblem[];
}

const SCALE = ['1', '2', '3', '4', '5'];
const label = (lang: DocumentLanguage, key: string) => docLabel(lang, `study:${key}`);

/** Places in the order the entry form numbers them: by kind, then by creation. */
export function questionnairePlaces<P extends Pick<Place, 'kind' | 'retired' | 'createdAt'>>(
  places: readonly P[],
): P[] {
  return places
    .filter((p) => !p.retired)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.createdAt.localeCompare(b.createdAt));
}

/** "1  Житель\n2  Предприниматель…": the numbered options of one question, one per line. */
function numbered(options: readonly string[]): string {
  return options.map((text, index) => `${index + 1}\u00a0\u00a0${text}`).join('\n');
}

/** The blank questionnaire of a study in the document language. */
export function questionnaireDocument(
  input: QuestionnaireInput,
  lang: DocumentLanguage,
): DocumentModel {
  const l = (key: string) => label(lang, key);
  const texts = new DocumentTexts(lang);
  const problems = input.problems.filter((p) => !p.retired);
  const places = questionnairePlaces(input.places);
  const yesNo = numbered([l('questionnaire.yes'), l('questionnaire.no')]);
  const questionColumns = [
    { header: l('questionnaire.colNo'), width: 5, align: 'center' as const },
    { header: l('questionnaire.colQuestion'), width: 35 },
    { header: l('questionnaire.colAnswers'), width: 60 },
  ];
  const scaleColumns = SCALE.map((n) => ({ header: n, width: 6, align: 'center' as const }));
  const studyTitle = texts.text(
    input.study.title,
    input.study.id ? { kind: 'study', id: input.study.id, field: 'title' } : undefined,
    ' / ',
  );
  const territory = input.territoryName
    ? texts.text(
        input.territoryName,
        input.territoryId ? { kind: 'territory', id: input.territoryId, field: 'name' } : undefined,
        ' / ',
      )
    : '';

  const blocks: DocumentBlock[] = [
    { kind: 'split', left: l('questionnaire.number'), right: l('questionnaire.date') },
    { kind: 'heading', level: 1, text: docLabel(lang, 'study:questionnaire.title', {}, '\n') },
    {
      kind: 'paragraph',
      runs: [{ text: [territory, studyTitle].filter(Boolean).join(' — ') }],
      align: 'center',
    },
    paragraph(l('questionnaire.intro'), { indent: true }),
    { kind: 'heading', level: 2, text: l('questionnaire.aboutYou'), align: 'left' },
    {
      kind: 'table',
      testId: 'questionnaire-about',
      columns: questionColumns,
      rows: [
        ['1', l('questionnaire.qGroup'), numbered(RESPONDENT_GROUPS.map((g) => l(`groups.${g}`)))],
        ['2', l('questionnaire.qGender'), numbered(GENDERS.map((g) => l(`genders.${g}`)))],
        ['3', l('questionnaire.qAge'), numbered(AGE_GROUPS.map((a) => l(`ages.${a}`)))],
        ...(places.length > 0
          ? [
              [
                '4',
                l('questionnaire.qPlace'),
                numbered(
                  places.map((p) =>
                    texts.text(
                      p.name,
                      p.id ? { kind: 'place', id: p.id, field: 'name' } : undefined,
                      ' / ',
                    ),
                  ),
                ),
              ],
            ]
          : []),
      ],
    },
    { kind: 'heading', level: 2, text: l('questionnaire.problemsTitle'), align: 'left' },
    paragraph(l('questionnaire.problemsHint')),
    {
      kind: 'table',
      testId: 'questionnaire-problems',
      columns: [
        { header: l('questionnaire.colNo'), width: 5, align: 'center' },
        { header: l('questionnaire.colProblem'), width: 53 },
        { header: l('questionnaire.colTick'), width: 9, align: 'center' },
        ...scaleColumns,
      ],
      rows: problems.map((p, index) => [
        String(index + 1),
        texts.text(p.title, { kind: 'problem', id: p.code, field: 'title' }, ' / '),
        '',
        ...SCALE.map(() => ''),
      ]),
    },
    { kind: 'heading', level: 2, text: l('questionnaire.safetyTitle'), align: 'left' },
    paragraph(l('questionnaire.safetyHint')),
    {
      kind: 'table',
      testId: 'questionnaire-safety',
      columns: [
        { header: l('questionnaire.colNo'), width: 5, align: 'center' },
        { header: l('questionnaire.colQuestion'), width: 62 },
        ...scaleColumns,
      ],
      rows: [
        ['1', l('questionnaire.qSafeDay'), ...SCALE.map(() => '')],
        ['2', l('questionnaire.qSafeNight'), ...SCALE.map(() => '')],
        ['3', l('questionnaire.qTrust'), ...SCALE.map(() => '')],
      ],
    },
    { kind: 'heading', level: 2, text: l('questionnaire.victimTitle'), align: 'left' },
    {
      kind: 'table',
      testId: 'questionnaire-victim',
      columns: questionColumns,
      rows: [
        ['1', l('questionnaire.qVictim'), yesNo],
        ['2', l('questionnaire.qReported'), yesNo],
      ],
    },
    { kind: 'heading', level: 2, text: l('questionnaire.commentTitle'), align: 'left' },
    {
      kind: 'table',
      testId: 'questionnaire-comment',
      columns: [{ header: l('questionnaire.colComment'), width: 100 }],
      rows: [['\u00a0\n\u00a0\n\u00a0\n\u00a0\n\u00a0']],
    },
    paragraph(l('questionnaire.thanks'), { align: 'center', bold: true }),
    ...texts.footnote(),
  ];
  const one = formatLanguage(lang);
  const plainStudy = withoutMarks(pickText(input.study.title, one).text);
  const title = `${labelIn(one, 'study:questionnaire.fileName')} — ${plainStudy}`;
  return {
    title,
    fileName: documentFileName({
      territory: pickText(input.territoryName, one).text,
      title: plainStudy,
      document: labelIn(one, 'paper:fileKinds.questionnaire'),
    }),
    orientation: 'portrait',
    lang,
    blocks,
    preview: { missing: texts.missing, warnings: [] },
  };
}
