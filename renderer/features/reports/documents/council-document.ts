/* Loader of the progress report to the council (document kind `councilReport`, id = the report's). */
import { councilReportDocument } from '../../../../shared/documents/council-report';
import { proposeImplementation } from '../../../../shared/domain/monitoring/assessment';
import { realised, zeroFigures } from '../../../../shared/domain/monitoring/spending';
import type { DocumentModule } from '../../../documents';
import { groupSigners, loadReportContext } from './report-context';

export const buildDocument: DocumentModule['buildDocument'] = async (id, lang) => {
  const context = await loadReportContext(id, 'council');
  if (!context) return null;
  const { report, territory, model } = context;
  const priorities = model.priorities.map((p) => {
    const figures = model.byPriority.get(p.priority.id) ?? zeroFigures();
    const activities = model.activities.filter((a) => a.priority.priority.id === p.priority.id);
    return {
      id: p.priority.id,
      number: p.number,
      title: p.priority.title,
      progress: model.progress.byPriority.get(p.priority.id) ?? null,
      figures,
      proposed: proposeImplementation(activities, realised(figures)),
      // The working group's recorded assessment goes here once assessments are stored.
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
