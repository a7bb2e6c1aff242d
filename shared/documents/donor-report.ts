/*
 * The report to one donor (issue 16), A4 landscape: the approval block, the narrative, the
 * financial statement of the funder's lines (budget, spent in the period and cumulatively,
 * variance with the explanation recorded in monitoring), the supporting documents, and the
 * indicator table (baseline, target, the value per quarter, % achieved). While a variance over
 * 10 % lacks its explanation the model carries a refusal naming those lines: the preview shows
 * it, and the document is neither printed nor saved.
 */
import { formatDate, formatNumber } from '../format';
import { missingExplanations, funderTotals, type FunderLine } from '../domain/reports/figures';
import type { IndicatorFigures } from '../domain/reports/indicators';
import type { DocumentLanguage } from '../languages';
import type { DocumentType } from '../schemas/monitoring';
import { hasAnyText, type LocalizedText } from '../schemas/localized-text';
import { docLabel } from './labels';
import { fitColumns, LINE_CHARS } from './columns';
import { paragraph, type DocumentBlock, type DocumentCell, type DocumentModel } from './model';
import {
  cells,
  narrativeBlocks,
  perLanguage,
  periodText,
  reportHeading,
  reportLabel,
  reportOpening,
  reportModel,
  type ReportHead,
} from './report-parts';
import { DocumentTexts, type TextSource } from './texts';

export interface DonorLineRow {
  /** The budget line's record and its activity's (where a missing translation is completed). */
  id: string;
  activityId: string;
  /** The line's number in the plan (1, 2, 3… as printed). */
  number: number;
  item: LocalizedText;
  activityNumber: string;
  activity: LocalizedText;
  figures: FunderLine;
}

export interface DonorDocumentRow {
  date: string;
  type: DocumentType;
  number?: string;
  amount?: number;
  note?: string;
  /** The line it supports, when it is an expenditure's document. */
  lineNumber?: number;
}

export interface DonorIndicatorRow {
  /** The activity whose indicator it is. */
  activityId: string;
  activityNumber: string;
  name: LocalizedText;
  unit?: LocalizedText;
  baseline: number;
  target: number;
  figures: IndicatorFigures;
}

export interface DonorReportInput extends ReportHead {
  funderId: string;
  funderName: LocalizedText;
  lines: readonly DonorLineRow[];
  documents: readonly DonorDocumentRow[];
  indicators: readonly DonorIndicatorRow[];
  head?: { position: LocalizedText; name: LocalizedText };
}

/**
 * The lines' budget and actuals: figures as wide as their amounts, the line and the explanation
 * sharing the rest by what they hold (an empty explanation column takes only its header's room).
 */
function linesTable(lang: DocumentLanguage, rows: DocumentCell[][]): DocumentBlock {
  const L = (key: string) => reportLabel(lang, `donor.${key}`);
  const figure = (header: string) => ({ header, width: 1, align: 'right' as const, nowrap: true });
  return {
    kind: 'table',
    testId: 'donor-lines',
    columns: fitColumns(
      [
        { header: reportLabel(lang, 'council.number'), width: 1, align: 'center', nowrap: true },
        { header: L('line'), width: 1 },
        { header: L('year'), width: 1, align: 'center', nowrap: true },
        figure(L('planned')),
        figure(L('spent')),
        figure(L('cumulative')),
        figure(L('variance')),
        figure(L('varianceShare')),
        { header: L('explanation'), width: 1 },
      ],
      rows,
      LINE_CHARS.landscape,
    ),
    rows,
  };
}

/** The donor report as a DocumentModel (with a refusal while an explanation is missing). */
export function donorReportDocument(
  input: DonorReportInput,
  lang: DocumentLanguage,
): DocumentModel {
  const L = (key: string, vars: Record<string, string | number> = {}, separator?: string) =>
    reportLabel(lang, `donor.${key}`, vars, separator);
  const texts = new DocumentTexts(lang);
  const { money, signed, share, percent, lang: n } = cells(lang);
  const funderSource: TextSource = { kind: 'funder', id: input.funderId, field: 'name' };
  const totals = funderTotals(input.lines.map((l) => l.figures));
  const signedShare = (value: number | null) =>
    value !== null && value > 0 ? `+${share(value)}` : share(value);
  const heading = (key: string) => reportHeading(lang, `donor.${key}`);
  const explanation = (f: FunderLine) => f.explanation?.trim() || (f.due ? L('missing') : '');

  const blocks: DocumentBlock[] = [
    ...reportOpening(
      input,
      'donor.title',
      texts,
      texts.label(
        'reports:document.donor.funder',
        {},
        {
          name: { value: input.funderName, source: funderSource },
        },
      ),
    ),
    heading('narrative'),
    ...narrativeBlocks(input.report, lang),
    heading('budget'),
    linesTable(lang, [
      ...input.lines.map((l) => [
        String(l.number),
        perLanguage(
          texts,
          [
            { value: l.item, source: { kind: 'line', id: l.id, field: 'item' } },
            { value: l.activity, source: { kind: 'activity', id: l.activityId, field: 'title' } },
          ],
          ([item, activity]) => `${item}\n(${l.activityNumber} ${activity})`,
        ),
        String(l.figures.year),
        money(l.figures.planned),
        money(l.figures.spent),
        money(l.figures.cumulative),
        signed(l.figures.variance),
        signedShare(l.figures.varianceShare),
        explanation(l.figures),
      ]),
      [
        '',
        reportLabel(lang, 'total'),
        '',
        money(totals.planned),
        money(totals.spent),
        money(totals.cumulative),
        signed(totals.variance),
        signedShare(totals.planned > 0 ? totals.variance / totals.planned : null),
        '',
      ],
    ]),
    paragraph(reportLabel(lang, 'conventions', {}, '\n')),
    heading('documents'),
  ];
  if (!input.documents.length) blocks.push(paragraph(L('noDocuments', {}, '\n')));
  else
    blocks.push({
      kind: 'table',
      testId: 'donor-documents',
      columns: [
        { header: L('date'), width: 8, align: 'center' },
        { header: L('document'), width: 26 },
        { header: L('amount'), width: 10, align: 'right' },
        { header: L('payee'), width: 30 },
        { header: reportLabel(lang, 'council.number'), width: 5, align: 'center' },
      ],
      rows: input.documents.map((d) => [
        formatDate(d.date),
        [docLabel(lang, `monitoring:documentType.${d.type}`), d.number ? `№ ${d.number}` : '']
          .filter(Boolean)
          .join(' '),
        d.amount === undefined ? '' : money(d.amount),
        d.note ?? '',
        d.lineNumber === undefined ? '' : String(d.lineNumber),
      ]),
    });

  blocks.push(heading('indicators'));
  const quarters = input.indicators[0]?.figures.quarters ?? [];
  if (!input.indicators.length) blocks.push(paragraph(L('noIndicators', {}, '\n')));
  else
    blocks.push({
      kind: 'table',
      testId: 'donor-indicators',
      columns: [
        { header: reportLabel(lang, 'council.number'), width: 5, align: 'center' },
        { header: L('indicator'), width: 30 },
        { header: L('baseline'), width: 8, align: 'right' },
        { header: L('target'), width: 8, align: 'right' },
        ...quarters.map((q) => ({
          header: periodText(q, lang),
          width: 8,
          align: 'right' as const,
        })),
        { header: L('achieved'), width: 9, align: 'right' },
      ],
      rows: input.indicators.map((i) => [
        i.activityNumber,
        perLanguage(
          texts,
          [
            {
              value: i.name,
              source: { kind: 'activity', id: i.activityId, field: 'indicator.name' },
            },
            ...(hasAnyText(i.unit)
              ? [
                  {
                    value: i.unit,
                    source: { kind: 'activity', id: i.activityId, field: 'indicator.unit' },
                  } as const,
                ]
              : []),
          ],
          (parts) => parts.join(', '),
        ),
        formatNumber(i.baseline, n),
        formatNumber(i.target, n),
        ...i.figures.values.map((v) => (v === null ? '—' : formatNumber(v, n))),
        percent(i.figures.achieved),
      ]),
    });
  if (input.head)
    blocks.push({
      kind: 'signatures',
      lines: [
        {
          role: hasAnyText(input.head.position)
            ? texts.text(input.head.position, {
                kind: 'territory',
                id: input.territoryId,
                field: 'office.headPosition',
              })
            : L('head', {}, '\n'),
          name: texts.name(input.head.name),
        },
      ],
    });

  const missing = missingExplanations(input.lines.map((l) => l.figures));
  const refusal = missing.length
    ? {
        message: L('refusal'),
        items: input.lines
          .filter((l) => missing.includes(l.figures))
          .map((l) =>
            L('refusalLine', {
              number: l.number,
              item: texts.name(l.item),
              share: signedShare(l.figures.varianceShare),
            }),
          ),
      }
    : undefined;
  return reportModel(
    texts,
    { kind: 'donor', name: input.funderName, period: input.report.period },
    blocks,
    { orientation: 'landscape', ...(refusal ? { refusal } : {}) },
  );
}
