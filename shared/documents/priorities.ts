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
import { documentText, type LocalizedText } from '../schemas/localized-text';
import { docLabel, formatLanguage } from './labels';
import { paragraph, safeFileName, type DocumentBlock, type DocumentModel } from './model';

export const REPORT_CHART_WIDTH = 640;

export interface PrioritiesReportInput {
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
  const criterionName = (c: Criterion) =>
    c.title ? documentText(c.title, lang) : L(`criteria.${c.key}`);
  const name = (code: string) => documentText(input.titles[code], lang) || code;
  const active = input.criteria.filter((c) => c.active);
  const title = L('document.title', {});
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: docLabel(lang, 'priorities:document.title', {}, '\n') },
    paragraph(
      `${documentText(input.territoryName, lang)} — ${documentText(input.assessmentTitle, lang)}`,
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
      blocks.push(paragraph(documentText(input.decision.text, lang), { indent: true }));
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
  blocks.push({
    kind: 'table',
    testId: 'priorities-ranked',
    columns: [
      { header: L('document.rank'), width: 1, align: 'center' },
      { header: L('document.problem'), width: 7 },
      { header: L('document.score'), width: 2, align: 'right' },
      { header: L('document.priority'), width: 2, align: 'center' },
    ],
    rows: input.rows.map((row) => [
      row.rank === null ? '—' : String(row.rank),
      name(row.code),
      row.score === null ? L('document.noData') : formatNumber(row.score, numberLang, 1),
      input.selected.includes(row.code) ? L('document.yes') : '',
    ]),
  });

  if (input.charts.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: L('document.charts'), align: 'left' });
    for (const { chart, height } of input.charts)
      blocks.push({ kind: 'chart', chart, width: REPORT_CHART_WIDTH, height });
  }
  const plainTitle = `${title} — ${documentText(input.territoryName, lang)}`;
  return { title: plainTitle, fileName: safeFileName(plainTitle), orientation: 'portrait', blocks };
}
