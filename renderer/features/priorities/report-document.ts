/* Loader of the priorities report (document kind `priorities`, id = the assessment's id). */
import { labelIn, docLabel } from '../../../shared/documents/labels';
import { prioritiesDocument } from '../../../shared/documents/priorities';
import type { Criterion } from '../../../shared/domain/priorities/criteria';
import { mergeCatalogue } from '../../../shared/domain/study/catalogue';
import { documentText, type LocalizedText } from '../../../shared/schemas/localized-text';
import type { DocumentModule } from '../../documents';
import { getDb } from '../../db/database';
import { buildModel } from './assessment-model';
import {
  loadChartData,
  rankedChartOf,
  stakeholderCharts,
  type ChartInput,
} from './charts/chart-set';
import { loadEvidence } from './usePriorities';

const height = (rows: number) => Math.max(160, 50 + rows * 24);

export const buildDocument: DocumentModule['buildDocument'] = async (id, lang) => {
  const db = getDb();
  const assessment = await db.priorityAssessments.get(id);
  if (!assessment) return null;
  const territory = await db.territories.get(assessment.territoryId);
  if (!territory) return null;
  const [sheets, catalogueRows, snapshots] = await Promise.all([
    db.priorityScoreSheets.where('assessmentId').equals(id).toArray(),
    db.problems.toArray(),
    db.prioritySnapshots.where('assessmentId').equals(id).toArray(),
  ]);
  const catalogue = mergeCatalogue(catalogueRows);
  const study = await loadEvidence(territory, assessment.studyId, assessment.problemCodes);
  const live = buildModel(assessment, sheets, study, catalogue);
  // The latest frozen snapshot is the decision; without one the report shows the live state.
  const snapshot = snapshots.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const titles: Record<string, LocalizedText> = Object.fromEntries(live.titles);
  if (snapshot) for (const p of snapshot.content.problems) titles[p.code] = p.title;
  const criteria: Criterion[] = snapshot ? snapshot.content.criteria : assessment.criteria;
  const rows = snapshot ? snapshot.content.rows : live.ranking.rows;
  const evidence = snapshot ? snapshot.content.problems.map((p) => p.evidence) : live.evidence;

  const chartLang = lang === 'ky+ru' ? 'ky' : lang;
  const input: ChartInput = {
    ranking: { criteria: criteria.filter((c) => c.active), rows, allEqual: [] },
    evidence,
    focus: [],
    data: await loadChartData(territory.id, assessment.studyId),
    name: (code) => documentText(titles[code], lang) || code,
    criterionLabel: (key) => {
      const c = criteria.find((x) => x.key === key);
      return c?.title ? documentText(c.title, lang) : docLabel(lang, `priorities:criteria.${key}`);
    },
    label: (key) => labelIn(chartLang, `priorities:charts.${key}`),
    lang: chartLang,
  };
  const ranked = rankedChartOf({
    ...input,
    ranking: { ...input.ranking, rows: rows.slice(0, 12) },
  });
  const charts = [ranked, ...stakeholderCharts(input)]
    .filter((chart) => chart.rows.length > 0)
    .map((chart) => ({ chart, height: height(chart.rows.length) }));

  return prioritiesDocument(
    {
      assessmentId: assessment.id,
      territoryId: territory.id,
      territoryName: territory.name,
      assessmentTitle: assessment.title,
      criteria,
      rows,
      selected: snapshot ? snapshot.content.selected : assessment.selected,
      titles,
      takenOn: snapshot ? snapshot.takenOn : null,
      decision: snapshot ? snapshot.content.decision : null,
      charts,
    },
    lang,
  );
};
