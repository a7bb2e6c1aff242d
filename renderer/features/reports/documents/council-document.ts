/* Loader of the progress report to the council (document kind `councilReport`, id = the report's). */
import { councilReportDocument } from '../../../../shared/documents/council-report';
import {
  priorityKey,
  proposeImplementation,
} from '../../../../shared/domain/monitoring/assessment';
import { realised, zeroFigures } from '../../../../shared/domain/monitoring/spending';
import { carriedAssessments } from '../../../db/monitoring/assessments';
import type { DocumentModule } from '../../../documents';
import { groupSigners, loadReportContext } from './report-context';

export const buildDocument: DocumentModule['buildDocument'] = async (id, lang) => {
  const context = await loadReportContext(id, 'council');
  if (!context) return null;
  const { report, territory, model } = context;
  const carried = new Map((await carriedAssessments(report)).map((a) => [a.priorityKey, a]));
  const priorities = model.priorities.map((p) => {
    const recorded = carried.get(priorityKey(p.priority));
    const figures = model.byPriority.get(p.priority.id) ?? zeroFigures();
    const activities = model.activities.filter((a) => a.priority.priority.id === p.priority.id);
    return {
      id: p.priority.id,
      number: p.number,
      title: p.priority.title,
      progress: model.progress.byPriority.get(p.priority.id) ?? null,
      figures,
      proposed: proposeImplementation(activities, realised(figures)),
      ...(recorded
        ? {
            recorded: {
              implemented: recorded.implementation,
              outcomes: recorded.outcomes,
              displacement: recorded.displacement,
              conclusion: recorded.conclusion,
            },
          }
        : {}),
    };
  });
  return councilReportDocument(
    {
      territoryId: territory.id,
      territoryName: territory.name,
      plan: model.plan,
      report,
      activities: model.activities.map((a) => ({
        id: a.node.activity.id,
        number: a.node.number,
        title: a.node.activity.title,
        responsible: a.node.activity.responsible,
        status: a.status,
        percent: a.percent,
        figures: a.figures,
        reason: a.progress?.reason,
        correctiveAction: a.progress?.correctiveAction,
      })),
      bySource: model.bySource,
      total: model.total,
      progress: model.progress.plan,
      weighting: 'equal',
      priorities,
      ...(await groupSigners(territory.id)),
    },
    lang,
  );
};
