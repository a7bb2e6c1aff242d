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
import { hasAnyText, type LocalizedText } from '../schemas/localized-text';
import type { Report } from '../schemas/reports';
import { docLabel } from './labels';
import { paragraph, type DocumentBlock, type DocumentModel } from './model';
import {
  cells,
  periodTexts,
  reportHeading,
  reportLabel,
  reportModel,
  sentence,
  territoryText,
} from './report-parts';
import { DocumentTexts, type TextSource } from './texts';

/** At most this many indicators fit the page. */
export const SUMMARY_INDICATORS = 4;

export interface SummaryIndicator {
  /** The activity whose indicator it is. */
  activityId: string;
  name: LocalizedText;
  unit?: LocalizedText;
  baseline: number;
  latest: number;
  target: number;
}

export interface ResidentsSummaryInput {
  territoryId: string;
  territoryName: LocalizedText;
  report: Report;
  statuses: readonly ActivityStatus[];
  priorities: readonly {
    id: string;
    number: string;
    title: LocalizedText;
    progress: number | null;
  }[];
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
  const texts = new DocumentTexts(lang);
  const { money, som, percent, lang: n } = cells(lang);
  const count = (pick: (s: ActivityStatus) => boolean) => input.statuses.filter(pick).length;
  const indicator = (i: SummaryIndicator, field: string): TextSource => ({
    kind: 'activity',
    id: i.activityId,
    field: `indicator.${field}`,
  });
  // A figure's unit in ky+ru on one line («17 кыл. / случ.»), as the plan document prints it.
  const value = (v: number, i: SummaryIndicator) =>
    hasAnyText(i.unit)
      ? `${formatNumber(v, n)} ${texts.text(i.unit, indicator(i, 'unit'), ' / ')}`
      : formatNumber(v, n);
  const counts = {
    all: input.statuses.length,
    done: count((s) => s === 'done'),
    active: count((s) => ACTIVE.includes(s)),
    planned: count((s) => s === 'planned'),
    stopped: count((s) => STOPPED.includes(s)),
  };

  const blocks: DocumentBlock[] = [
    {
      kind: 'heading',
      level: 1,
      text: texts.label(
        'reports:document.residents.title',
        {},
        {
          territory: territoryText(input),
          period: { value: periodTexts(input.report.period) },
        },
      ),
    },
    paragraph(sentence(lang, 'residents.intro', () => counts)),
    paragraph(
      sentence(lang, 'residents.money', () => ({
        planned: som(input.total.planned),
        spent: som(input.total.cumulative),
      })),
    ),
    {
      kind: 'bars',
      title: L('progress'),
      testId: 'residents-progress',
      rows: input.priorities.map((p) => ({
        label: `${p.number}. ${texts.text(p.title, { kind: 'priority', id: p.id, field: 'title' })}`,
        share: (p.progress ?? 0) / 100,
        text: percent(p.progress),
      })),
    },
    reportHeading(lang, 'residents.moneyHeading'),
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
    reportHeading(lang, 'residents.changes'),
  ];
  const indicators = input.indicators.slice(0, SUMMARY_INDICATORS);
  if (!indicators.length) blocks.push(paragraph(L('noChanges', {}, '\n')));
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
        texts.text(i.name, indicator(i, 'name')),
        value(i.baseline, i),
        value(i.latest, i),
        value(i.target, i),
      ]),
    });
  if (input.report.achievements) blocks.push(paragraph(input.report.achievements));
  if (hasAnyText(input.officeName))
    blocks.push(
      paragraph(
        texts.label(
          'reports:document.residents.contact',
          {},
          {
            office: {
              value: input.officeName,
              source: { kind: 'territory', id: input.territoryId, field: 'office.officeName' },
            },
          },
        ),
      ),
    );
  return reportModel(
    texts,
    { kind: 'residents', name: input.territoryName, period: input.report.period },
    blocks,
    { orientation: 'portrait', large: true },
  );
}
