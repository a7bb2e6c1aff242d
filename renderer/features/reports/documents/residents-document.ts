/* Loader of the one-page summary for residents (document kind `residentsReport`, id = the report's). */
import {
  residentsSummaryDocument,
  SUMMARY_INDICATORS,
  type SummaryIndicator,
} from '../../../../shared/documents/residents-summary';
import type { DocumentModule } from '../../../documents';
import { loadReportContext } from './report-context';

export const buildDocument: DocumentModule['buildDocument'] = async (id, lang) => {
  const context = await loadReportContext(id, 'residents');
  if (!context) return null;
  const { report, territory, model, period } = context;
  // The key indicators: the first measured one of each priority, then the others, up to four.
  const measured = model.activities.flatMap((a) => {
    const { name, unit, baseline, target } = a.node.activity.indicator;
    const latest = a.measurements.find((m) => m.date <= period.to);
    return name && latest && baseline !== undefined && target !== undefined
      ? [
          {
            priority: a.priority.priority.id,
            indicator: {
              activityId: a.node.activity.id,
              name,
              unit,
              baseline,
              target,
              latest: latest.value,
            },
          },
        ]
      : [];
  });
  const firsts = model.priorities.flatMap(
    (p) => measured.find((m) => m.priority === p.priority.id) ?? [],
  );
  const indicators: SummaryIndicator[] = [...firsts, ...measured.filter((m) => !firsts.includes(m))]
    .slice(0, SUMMARY_INDICATORS)
    .map((m) => m.indicator);
  return residentsSummaryDocument(
    {
      territoryId: territory.id,
      territoryName: territory.name,
      report,
      statuses: model.activities.map((a) => a.status),
      priorities: model.priorities.map((p) => ({
        id: p.priority.id,
        number: p.number,
        title: p.priority.title,
        progress: model.progress.byPriority.get(p.priority.id) ?? null,
      })),
      bySource: model.bySource,
      total: model.total,
      indicators,
      officeName: territory.office.officeName,
    },
    lang,
  );
};
