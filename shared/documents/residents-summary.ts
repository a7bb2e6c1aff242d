/*
 * The one-page summary for residents (issue 16): A4 portrait in large type and plain words —
 * how many tasks of the plan are done, progress per priority as bars, the money by source
 * (planned and spent), the key indicators (was, now, goal), the achievements, and whom to ask.
 * Kept to one page: a few priorities and at most four indicators.
 */
import { SOURCES, type Source } from '../domain/budget';
import type { ExecutionFigures } from '../domain/monitoring/spending';
import { formatNumber } from '../format';
import type { DocumentLanguage } from '../languages';
import type { ActivityStatus } from '../schemas/monitoring';
import { documentText, hasAnyText, type LocalizedText } from '../schemas/localized-text';
import type { Report } from '../schemas/reports';
import { docLabel } from './labels';
import { paragraph, safeFileName, type DocumentBlock, type DocumentModel } from './model';
import { cells, periodText, reportLabel } from './report-parts';

/** At most this many indicators fit the page. */
export const SUMMARY_INDICATORS = 4;

export interface SummaryIndicator {
  name: LocalizedText;
  unit?: LocalizedText;
  baseline: number;
  latest: number;
  target: number;
}

export interface ResidentsSummaryInput {
  territoryName: LocalizedText;
  report: Report;
  statuses: readonly ActivityStatus[];
  priorities: readonly { number: string; title: LocalizedText; progress: number | null }[];
  bySource: ReadonlyMap<Source, ExecutionFigures>;
  total: ExecutionFigures;
  indicators: readonly SummaryIndicator[];
  officeName?: LocalizedText;
}

const STOPPED: readonly ActivityStatus[] = ['delayed', 'cancelled', 'carriedOver'];
const ACTIVE: readonly ActivityStatus[] = ['started', 'inProgress'];

/** The summary for residents as a DocumentModel (large type, one page). */
export function residentsSummaryDocument(
  input: ResidentsSummaryInput,
  lang: DocumentLanguage,
): DocumentModel {
  const L = (key: string, vars: Record<string, string | number> = {}, separator?: string) =>
    reportLabel(lang, `residents.${key}`, vars, separator);
  const { money, som, percent, lang: n } = cells(lang);
  const period = periodText(input.report.period, lang);
  const territory = documentText(input.territoryName, lang);
  const count = (pick: (s: ActivityStatus) => boolean) => input.statuses.filter(pick).length;
  const value = (v: number, unit?: LocalizedText) =>
    hasAnyText(unit) ? `${formatNumber(v, n)} ${documentText(unit, lang)}` : formatNumber(v, n);

  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: L('title', { territory, period }, '\n') },
    paragraph(
      L('intro', {
        all: input.statuses.length,
        done: count((s) => s === 'done'),
        active: count((s) => ACTIVE.includes(s)),
        planned: count((s) => s === 'planned'),
        stopped: count((s) => STOPPED.includes(s)),
      }),
    ),
    paragraph(
      L('money', { planned: som(input.total.planned), spent: som(input.total.cumulative) }),
    ),
    {
      kind: 'bars',
      title: L('progress'),
      testId: 'residents-progress',
      rows: input.priorities.map((p) => ({
        label: `${p.number}. ${documentText(p.title, lang)}`,
        share: (p.progress ?? 0) / 100,
        text: percent(p.progress),
      })),
    },
    { kind: 'heading', level: 2, text: L('moneyHeading'), align: 'left' },
    {
      kind: 'table',
      testId: 'residents-money',
      columns: [
        { header: L('source'), width: 20 },
        { header: L('planned'), width: 12, align: 'right' },
        { header: L('spent'), width: 12, align: 'right' },
      ],
      rows: [
        ...SOURCES.map((s) => [
          docLabel(lang, `plan:sources.${s}`),
          money(input.bySource.get(s)?.planned ?? 0),
          money(input.bySource.get(s)?.cumulative ?? 0),
        ]),
        [reportLabel(lang, 'total'), money(input.total.planned), money(input.total.cumulative)],
      ],
    },
    { kind: 'heading', level: 2, text: L('changes'), align: 'left' },
  ];
  const indicators = input.indicators.slice(0, SUMMARY_INDICATORS);
  if (!indicators.length) blocks.push(paragraph(L('noChanges')));
  else
    blocks.push({
      kind: 'table',
      testId: 'residents-changes',
      columns: [
        { header: L('indicator'), width: 26 },
        { header: L('was'), width: 8, align: 'right' },
        { header: L('now'), width: 8, align: 'right' },
        { header: L('goal'), width: 8, align: 'right' },
      ],
      rows: indicators.map((i) => [
        documentText(i.name, lang),
        value(i.baseline, i.unit),
        value(i.latest, i.unit),
        value(i.target, i.unit),
      ]),
    });
  if (input.report.achievements) blocks.push(paragraph(input.report.achievements));
  if (hasAnyText(input.officeName))
    blocks.push(paragraph(L('contact', { office: documentText(input.officeName, lang) })));
  const title = `${docLabel(lang, 'reports:kinds.residents')} — ${territory} — ${period}`;
  return { title, fileName: safeFileName(title), orientation: 'portrait', blocks, large: true };
}
