/* Loader of the report to one donor (document kind `donorReport`, id = the report's). */
import {
  donorReportDocument,
  type DonorDocumentRow,
  type DonorIndicatorRow,
  type DonorLineRow,
} from '../../../../shared/documents/donor-report';
import { funderLines } from '../../../../shared/domain/reports/figures';
import { indicatorFigures } from '../../../../shared/domain/reports/indicators';
import { identityKey } from '../../../../shared/schemas/plan';
import type { DocumentModule } from '../../../documents';
import { getDb } from '../../../db/database';
import { plannedLine } from '../../monitoring/model';
import { loadReportContext } from './report-context';

export const buildDocument: DocumentModule['buildDocument'] = async (id, lang) => {
  const context = await loadReportContext(id, 'donor');
  const funderId = context?.report.funderId;
  if (!context || !funderId) return null;
  const { report, territory, outline, records, period } = context;
  const funder = await getDb().funders.get(funderId);
  if (!funder) return null;

  const rowOf = new Map(outline.rows.map((r) => [identityKey(r.line), r]));
  const figures = funderLines(
    outline.rows.map((r) => plannedLine(r.line)),
    records.expenditures,
    funderId,
    report.period,
    records.explanations,
  );
  const lines: DonorLineRow[] = figures.map((f) => {
    const row = rowOf.get(f.lineKey)!;
    return {
      id: row.line.id,
      activityId: row.activity.id,
      number: row.number,
      item: row.line.item,
      activityNumber: row.activityNumber,
      activity: row.activity.title,
      figures: f,
    };
  });

  const inPeriod = (date: string) => date >= period.from && date <= period.to;
  const funded = new Set(figures.map((f) => f.lineKey));
  const documents: DonorDocumentRow[] = records.expenditures
    .filter((e) => funded.has(e.lineKey) && inPeriod(e.date))
    .filter((e) => {
      const named = rowOf.get(e.lineKey)!.line.funderIds[e.source];
      return (e.funderId ?? (named.length === 1 ? named[0] : undefined)) === funderId;
    })
    .map((e) => ({
      date: e.document.date ?? e.date,
      type: e.document.type,
      number: e.document.number,
      amount: e.amountTyiyn,
      note: [e.payee, e.document.note].filter(Boolean).join('; '),
      lineNumber: rowOf.get(e.lineKey)!.number,
    }));
  const activities = new Map(
    figures.map((f) => {
      const row = rowOf.get(f.lineKey)!;
      return [identityKey(row.activity), row] as const;
    }),
  );
  for (const entry of records.entries)
    if (activities.has(entry.activityKey) && inPeriod(entry.date))
      for (const d of entry.documents)
        documents.push({
          date: d.date ?? entry.date,
          type: d.type,
          number: d.number,
          note: d.note,
        });
  documents.sort((a, b) => a.date.localeCompare(b.date));

  const indicators: DonorIndicatorRow[] = [];
  for (const [key, row] of activities) {
    const { name, unit, baseline, target } = row.activity.indicator;
    if (baseline === undefined || target === undefined || !name) continue;
    const measured = records.measurements.filter((m) => m.activityKey === key);
    indicators.push({
      activityId: row.activity.id,
      activityNumber: row.activityNumber,
      name,
      unit,
      baseline,
      target,
      figures: indicatorFigures(baseline, target, measured, report.period),
    });
  }

  return donorReportDocument(
    {
      territoryId: territory.id,
      territoryName: territory.name,
      plan: outline.plan,
      report,
      funderId: funder.id,
      funderName: funder.name,
      lines,
      documents,
      indicators,
      head: { position: territory.office.headPosition, name: territory.office.headName },
    },
    lang,
  );
};
