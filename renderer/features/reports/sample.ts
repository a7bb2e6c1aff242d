/*
 * The sample district's reports (issue 16), written after its monitoring: a progress report to
 * the council for the first half of 2026 (approved at the July meeting), a report to UNODC for
 * the same half-year (a draft), and the summary for residents — so every report document opens at
 * once. Written through the reports repository (validated, audited) inside the sample transaction.
 */
import { SAMPLE_FUNDERS } from '../../../shared/sample/plan';
import { getDb, type TableName } from '../../db/database';
import { monitoredVersion } from '../../db/monitoring/context';
import { PLAN_TABLES } from '../../db/plans';
import { approveReport, createReport } from '../../db/reports/reports';
import type { SampleContributor } from '../sample/sample';

/** The half-year the sample reports on. */
export const SAMPLE_REPORT_PERIOD = '2026-H1';

const NARRATIVE = {
  achievements:
    'На рынке «Аламедин» установлены камеры видеонаблюдения, проведены совместные патрули с дружинниками, в школах прошли занятия по безопасности. Жители Ак-Өргө своими силами осветили два проулка.',
  difficulties:
    'Поставщик сорвал сроки поставки оборудования; одно мероприятие отменено после сокращения программы донора. Доля доноров освоена меньше чем наполовину.',
  nextPeriod:
    'Завершить задержанные закупки к III кварталу, провести повторный опрос жителей в ноябре, подготовить предложения на 2027 год.',
};

const DONOR_NARRATIVE = {
  achievements:
    'Средства УНП ООН направлены на обучение участковых и профилактические занятия в школах; первые занятия проведены по графику.',
  difficulties: 'Часть закупок перенесена на второе полугодие из-за повторного конкурса.',
  nextPeriod: 'Завершить обучение участковых и оценить результаты повторным опросом.',
};

async function addSampleReports(_ctx: unknown, territoryId: string): Promise<void> {
  const db = getDb();
  const plans = await db.plans.where('territoryId').equals(territoryId).toArray();
  const first = plans.find((p) => p.version === 1);
  const plan = first && (await monitoredVersion(first.seriesId));
  if (!plan) return;
  const unodc = (await db.funders.toArray()).find(
    (f) => f.name.ru === SAMPLE_FUNDERS.unodc.name.ru,
  );
  const council = await createReport(plan.id, {
    kind: 'council',
    period: SAMPLE_REPORT_PERIOD,
    ...NARRATIVE,
  });
  await approveReport(council.id, { date: '2026-07-15', number: '3' });
  if (unodc)
    await createReport(plan.id, {
      kind: 'donor',
      period: SAMPLE_REPORT_PERIOD,
      funderId: unodc.id,
      ...DONOR_NARRATIVE,
    });
  await createReport(plan.id, {
    kind: 'residents',
    period: SAMPLE_REPORT_PERIOD,
    achievements: NARRATIVE.achievements,
  });
}

export const contributeReports: SampleContributor = {
  tables: [...PLAN_TABLES, 'funders', 'reports'] satisfies readonly TableName[],
  contribute: addSampleReports,
};
