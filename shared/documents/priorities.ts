/*
 * The priorities report (issue 6): A4 portrait — title, territory, the decision, the method in
 * plain words, criteria and weights, the ranked table, the key charts at a fixed size, and the
 * priorities chosen. Built from a frozen snapshot when there is one (the decision), else from the
 * live assessment (marked as not yet decided).
 */
import type { Criterion } from '../domain/priorities/criteria';
import type { ChartModel } from '../domain/priorities/charts';
import type { RankedProblem } from '../domain/priorities/scoring';
import type { SnapshotDecision } from '../domain/priorities/snapshot';
import { formatDate, formatNumber } from '../format';
import type { DocumentLanguage } from '../languages';
import { hasAnyText, pickText, type LocalizedText } from '../schemas/localized-text';
import { fitColumns, LINE_CHARS } from './columns';
import { documentFileName } from './file-name';
import { docLabel, formatLanguage, labelIn } from './labels';
import { paragraph, withoutMarks, type DocumentBlock, type DocumentModel } from './model';
import { DocumentTexts } from './texts';

export const REPORT_CHART_WIDTH = 640;

export interface PrioritiesReportInput {
  /** The assessment's and the territory's ids: where the preview sends the clerk to translate. */
  assessmentId?: string;
  territoryId?: string;
  territoryName: LocalizedText;
  assessmentTitle: LocalizedText;
  criteria: readonly Criterion[];
  rows: readonly RankedProblem[];
  selected: readonly string[];
  titles: Readonly<Record<string, LocalizedText>>;
  /** The frozen snapshot's day, or null when the report shows the live (undecided) assessment. */
  takenOn: string | null;
  decision: SnapshotDecision | null;
  charts: readonly { chart: ChartModel; height: number }[];
}

const METHOD_STEPS = ['step1', 'step2', 'step3', 'step4', 'step5'];

/** The priorities report as a DocumentModel. */
export function prioritiesDocument(
  input: PrioritiesReportInput,
  lang: DocumentLanguage,
): DocumentModel {
  const L = (key: string, vars: Record<string, string | number> = {}) =>
    docLabel(lang, `priorities:${key}`, vars);
  const numberLang = formatLanguage(lang);
  const texts = new DocumentTexts(lang);
  const inAssessment = (field: string) =>
    input.assessmentId ? { kind: 'assessment' as const, id: input.assessmentId, field } : undefined;
  const criterionName = (c: Criterion) =>
    c.title && hasAnyText(c.title)
      ? texts.text(c.title, inAssessment(`criteria.${c.key}`), ' / ')
      : L(`criteria.${c.key}`);
  const name = (code: string) =>
    hasAnyText(input.titles[code])
      ? texts.text(input.titles[code], { kind: 'problem', id: code, field: 'title' }, ' / ')
      : code;
  const territoryName = texts.text(
    input.territoryName,
    input.territoryId ? { kind: 'territory', id: input.territoryId, field: 'name' } : undefined,
    ' / ',
  );
  const active = input.criteria.filter((c) => c.active);
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: docLabel(lang, 'priorities:document.title', {}, '\n') },
    paragraph(
      `${territoryName} — ${texts.text(input.assessmentTitle, inAssessment('title'), ' / ')}`,
      {
        align: 'center',
      },
    ),
    { kind: 'heading', level: 2, text: L('document.decision'), align: 'left' },
  ];
  if (input.takenOn === null) blocks.push(paragraph(L('document.noDecision')));
  else {
    blocks.push(paragraph(L('document.snapshotOf', { date: formatDate(input.takenOn) })));
    if (input.decision?.meetingNumber && input.decision.meetingDate)
      blocks.push(
        paragraph(
          L('document.decisionAt', {
            number: input.decision.meetingNumber,
            date: formatDate(input.decision.meetingDate),
          }),
        ),
      );
    if (input.decision?.text)
      blocks.push(
        paragraph(texts.text(input.decision.text, inAssessment('decision')), { indent: true }),
      );
  }
  const chosen = input.rows.filter((r) => input.selected.includes(r.code));
  blocks.push({ kind: 'paragraph', runs: [{ text: `${L('document.chosen')}:`, bold: true }] });
  chosen.forEach((row, index) => blocks.push(paragraph(`${index + 1}. ${name(row.code)}`)));

  blocks.push({ kind: 'heading', level: 2, text: L('document.method'), align: 'left' });
  for (const step of METHOD_STEPS) blocks.push(paragraph(L(`method.${step}`)));

  blocks.push({ kind: 'heading', level: 2, text: L('document.weights'), align: 'left' });
  blocks.push({
    kind: 'table',
    testId: 'priorities-weights',
    columns: [
      { header: L('document.criterion'), width: 5 },
      { header: L('document.source'), width: 5 },
      { header: L('document.weight'), width: 2, align: 'right' },
    ],
    rows: active.map((c) => [criterionName(c), L(`sources.${c.source}`), String(c.weight)]),
  });

  blocks.push({ kind: 'heading', level: 2, text: L('document.ranked'), align: 'left' });
  const ranked = input.rows.map((row) => [
    row.rank === null ? '—' : String(row.rank),
    name(row.code),
    row.score === null ? L('document.noData') : formatNumber(row.score, numberLang, 1),
    input.selected.includes(row.code) ? L('document.yes') : '',
  ]);
  blocks.push({
    kind: 'table',
    testId: 'priorities-ranked',
    // Rank, score and mark as wide as they need; the problem's name takes the rest.
    columns: fitColumns(
      [
        { header: L('document.rank'), width: 1, align: 'center', nowrap: true },
        { header: L('document.problem'), width: 1 },
        { header: L('document.score'), width: 1, align: 'right', nowrap: true },
        { header: L('document.priority'), width: 1, align: 'center', nowrap: true },
      ],
      ranked,
      LINE_CHARS.portrait,
    ),
    rows: ranked,
  });

  if (input.charts.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: L('document.charts'), align: 'left' });
    for (const { chart, height } of input.charts)
      blocks.push({ kind: 'chart', chart, width: REPORT_CHART_WIDTH, height });
  }
  blocks.push(...texts.footnote());
  const one = formatLanguage(lang);
  const territory = withoutMarks(pickText(input.territoryName, one).text);
  const plainTitle = `${labelIn(one, 'priorities:document.title')} — ${territory}`;
  return {
    title: plainTitle,
    fileName: documentFileName({
      territory,
      title: withoutMarks(pickText(input.assessmentTitle, one).text),
      document: labelIn(one, 'paper:fileKinds.priorities'),
      date: input.takenOn ?? undefined,
    }),
    orientation: 'portrait',
    lang,
    blocks,
    preview: { missing: texts.missing, warnings: [] },
  };
}
