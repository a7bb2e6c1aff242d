/*
 * The progress report to the council (issue 16), A4 portrait: the approval block, the plan it
 * reports on, the summary, every activity with its status, progress and spending, spending by
 * source, delays and cancellations with their reasons and corrective actions, the assessment per
 * priority, the narrative, and the working group's signatures.
 *
 * The assessment section reads what exists: per priority its rolled-up progress, the money
 * realised and the process answer the app proposes from statuses and spending. When the working
 * group's recorded assessments exist, the loader passes each priority's `recorded` part, and the
 * table gains its outcome and conclusion without further change here.
 */
import { SOURCES, type Source } from '../domain/budget';
import type { ImplementationAnswer } from '../domain/monitoring/assessment';
import type { Weighting } from '../domain/monitoring/progress';
import { realised, type ExecutionFigures } from '../domain/monitoring/spending';
import type { DocumentLanguage } from '../languages';
import type { ActivityStatus } from '../schemas/monitoring';
import type { LocalizedText } from '../schemas/localized-text';
import { docLabel, labelIn } from './labels';
import { fitColumns, LINE_CHARS } from './columns';
import {
  paragraph,
  type DocumentBlock,
  type DocumentCell,
  type DocumentColumn,
  type DocumentModel,
} from './model';
import {
  cells,
  narrativeBlocks,
  reportHeading,
  reportLabel,
  reportOpening,
  reportModel,
  sentence,
  type ReportHead,
} from './report-parts';
import { DocumentTexts } from './texts';
import { councilAssessmentBlocks, type RecordedAssessment } from './council-assessments';

export interface CouncilActivity {
  /** The activity's record (what the preview completes a missing translation in). */
  id: string;
  number: string;
  title: LocalizedText;
  responsible: LocalizedText;
  status: ActivityStatus;
  percent: number;
  figures: ExecutionFigures;
  reason?: string;
  correctiveAction?: string;
}

/** A priority's assessment: what exists now, and the working group's record once it exists. */
export interface PriorityAssessmentSlot {
  /** The plan priority's record. */
  id: string;
  number: string;
  title: LocalizedText;
  progress: number | null;
  figures: ExecutionFigures;
  proposed: ImplementationAnswer;
  recorded?: RecordedAssessment;
}

export interface CouncilReportInput extends ReportHead {
  activities: readonly CouncilActivity[];
  bySource: ReadonlyMap<Source, ExecutionFigures>;
  total: ExecutionFigures;
  progress: number | null;
  weighting: Weighting;
  priorities: readonly PriorityAssessmentSlot[];
  chair?: string;
  secretary?: string;
}

const DELAYED: readonly ActivityStatus[] = ['delayed', 'cancelled'];

/** A portrait table whose columns follow their content (numbers and amounts never wrap). */
function fitted(
  testId: string,
  [columns, rows]: [DocumentColumn[], DocumentCell[][]],
): DocumentBlock {
  return { kind: 'table', testId, columns: fitColumns(columns, rows, LINE_CHARS.portrait), rows };
}

/** The progress report to the council as a DocumentModel. */
export function councilReportDocument(
  input: CouncilReportInput,
  lang: DocumentLanguage,
): DocumentModel {
  const L = (key: string, vars: Record<string, string | number> = {}, separator?: string) =>
    reportLabel(lang, `council.${key}`, vars, separator);
  const texts = new DocumentTexts(lang);
  const { money, som, share, percent } = cells(lang);
  const activity = (a: CouncilActivity, field: 'title' | 'responsible') =>
    texts.text(a[field], { kind: 'activity', id: a.id, field });
  const heading = (key: string) => reportHeading(lang, `council.${key}`);
  const status = (s: ActivityStatus) => docLabel(lang, `monitoring:status.${s}`);
  const done = input.activities.filter((a) => a.status === 'done').length;
  const { total } = input;

  const blocks: DocumentBlock[] = [
    ...reportOpening(input, 'council.title', texts),
    heading('summary'),
    paragraph(
      sentence(lang, 'council.done', (l) => ({
        done,
        all: input.activities.length,
        progress: percent(input.progress),
        weighting: labelIn(l, `reports:document.council.${input.weighting}`),
      })),
    ),
    paragraph(
      sentence(lang, 'council.money', () => ({
        spent: som(total.spent),
        cumulative: som(total.cumulative),
        planned: som(total.planned),
        share: share(realised(total)),
      })),
    ),
    heading('activities'),
    fitted('council-activities', [
      [
        { header: L('number'), width: 1, align: 'center', nowrap: true },
        { header: L('activity'), width: 1, grow: 1.5 },
        { header: L('responsible'), width: 1 },
        { header: `${L('status')},\n${L('percent')}`, width: 1 },
        { header: L('planned'), width: 1, align: 'right', nowrap: true },
        { header: L('spent'), width: 1, align: 'right', nowrap: true },
        { header: L('cumulative'), width: 1, align: 'right', nowrap: true },
      ],
      input.activities.map((a) => [
        a.number,
        activity(a, 'title'),
        activity(a, 'responsible'),
        `${status(a.status)},\n${percent(a.percent)}`,
        money(a.figures.planned),
        money(a.figures.spent),
        money(a.figures.cumulative),
      ]),
    ]),
    heading('sources'),
    {
      kind: 'table',
      testId: 'council-sources',
      columns: [
        { header: L('source'), width: 30 },
        { header: L('planned'), width: 15, align: 'right' },
        { header: L('spent'), width: 15, align: 'right' },
        { header: L('cumulative'), width: 15, align: 'right' },
        { header: L('realised'), width: 10, align: 'right' },
      ],
      rows: [
        ...SOURCES.map((source) => {
          const f = input.bySource.get(source);
          return [
            docLabel(lang, `plan:sources.${source}`),
            money(f?.planned ?? 0),
            money(f?.spent ?? 0),
            money(f?.cumulative ?? 0),
            share(f ? realised(f) : null),
          ];
        }),
        [
          reportLabel(lang, 'total'),
          money(total.planned),
          money(total.spent),
          money(total.cumulative),
          share(realised(total)),
        ],
        [
          reportLabel(lang, 'inKind'),
          money(total.plannedInKind),
          money(total.spentInKind),
          money(total.cumulativeInKind),
          '',
        ],
      ],
    },
    heading('delays'),
  ];
  const delayed = input.activities.filter((a) => DELAYED.includes(a.status));
  if (!delayed.length) blocks.push(paragraph(L('noDelays', {}, '\n')));
  else
    blocks.push(
      fitted('council-delays', [
        [
          { header: L('number'), width: 1, align: 'center', nowrap: true },
          { header: L('activity'), width: 1 },
          { header: L('status'), width: 1 },
          { header: L('reason'), width: 1 },
          { header: L('correctiveAction'), width: 1 },
        ],
        delayed.map((a) => [
          a.number,
          activity(a, 'title'),
          status(a.status),
          a.reason ?? '',
          a.correctiveAction ?? '',
        ]),
      ]),
    );

  blocks.push(...councilAssessmentBlocks(input.priorities, lang, texts));

  blocks.push(heading('narrative'));
  blocks.push(...narrativeBlocks(input.report, lang));
  blocks.push({
    kind: 'signatures',
    lines: [
      { role: reportLabel(lang, 'chair'), name: input.chair ?? '' },
      { role: reportLabel(lang, 'secretary'), name: input.secretary ?? '' },
    ],
  });
  return reportModel(
    texts,
    { kind: 'council', name: input.territoryName, period: input.report.period },
    blocks,
    { orientation: 'portrait' },
    [...(input.chair ? [] : ['noChair']), ...(input.secretary ? [] : ['noSecretary'])],
  );
}
