/*
 * The finance workbook of a plan (issue 7): Summary, Budget (every line), one sheet per source
 * (the local budget by year and classification code) and Funders. Totals are real formulas whose
 * correct results are stored too; text typed by the clerk is always written as a string, never a
 * formula. Loaded on demand (exceljs stays out of the entry chunk), normally inside a Web Worker.
 */
import ExcelJS from 'exceljs';
import { labelIn } from '../../shared/documents/labels';
import { planOutline } from '../../shared/domain/plan-outline';
import { formatDate, localDate } from '../../shared/format';
import { pickText } from '../../shared/schemas/localized-text';
import { addBudgetSheet } from './budget-workbook-budget-sheet';
import { newWorkbook } from './budget-workbook-kit';
import { addFundersSheet } from './budget-workbook-funders-sheet';
import { addSourceSheet } from './budget-workbook-source-sheet';
import { addSummarySheet } from './budget-workbook-summary-sheet';
import { fitRowHeights } from './budget-workbook-rows';
import type { WorkbookRequest } from './budget-workbook-name';
import { SOURCES } from '../../shared/domain/budget';
import type { Plan } from '../../shared/schemas/plan';

export type { WorkbookRequest } from './budget-workbook-name';

/** Builds the workbook; returns the .xlsx bytes. */
export async function buildBudgetWorkbook(
  request: WorkbookRequest,
): Promise<{ bytes: Uint8Array<ArrayBuffer> }> {
  const { lang, tree } = request;
  const outline = planOutline(tree);
  const labels = new Map<string, string>();
  const label = (key: string, vars?: Record<string, string | number>) => {
    if (vars) return labelIn(lang, `plan:${key}`, vars);
    let text = labels.get(key);
    if (text === undefined) labels.set(key, (text = labelIn(lang, `plan:${key}`)));
    return text;
  };
  const planTitle = pickText(tree.plan.title, lang).text;
  const territory = pickText(request.territoryName, lang).text;
  const made = new Date(request.date);

  const workbook = newWorkbook({
    made,
    title: planTitle,
    subject: label('document.heading'),
    company: territory,
    keywords: SOURCES.map((s) => label(`sources.${s}`)).join(', '),
    description: `${label(tree.plan.startYear === tree.plan.endYear ? 'workbook.periodOne' : 'workbook.period', { start: tree.plan.startYear, end: tree.plan.endYear })}; ${label('workbook.moneyNote')}`,
  });

  const context = {
    workbook,
    outline,
    request,
    label,
    planTitle,
    draft: tree.plan.status === 'draft',
    heading: [
      planTitle,
      statusLine(tree.plan, label),
      `${territory} · ${label(tree.plan.startYear === tree.plan.endYear ? 'workbook.periodOne' : 'workbook.period', { start: tree.plan.startYear, end: tree.plan.endYear })} · ${label('workbook.moneyNote')} · ${label('workbook.generated', { date: formatDate(localDate(made)) })}`,
    ],
  };
  const summary = workbook.addWorksheet(label('workbook.sheets.summary').slice(0, 31));
  const budget = addBudgetSheet(context);
  addSummarySheet(context, summary, budget);
  for (const source of SOURCES) addSourceSheet(context, source);
  addFundersSheet(context);
  workbook.worksheets.forEach(fitRowHeights);

  // Fast deflate: a somewhat larger file for much less compression work than the default level.
  const buffer = await workbook.xlsx.writeBuffer({
    zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } },
  } as Partial<ExcelJS.XlsxWriteOptions>);
  return { bytes: new Uint8Array(buffer as ArrayBuffer) };
}

/** «Статус: Утверждён · версия 2 · утверждён 15.01.2026 № 12-р», or the draft's «не утверждён». */
function statusLine(plan: Plan, label: (key: string, vars?: Record<string, string>) => string) {
  const status = label(plan.supersededAt ? 'status.superseded' : `status.${plan.status}`);
  const approval = plan.approval
    ? label('workbook.approvedOn', {
        date: formatDate(plan.approval.date),
        number: plan.approval.number,
      })
    : label('workbook.notApproved');
  return `${label('workbook.statusLine', { status, version: String(plan.version) })} · ${approval}`;
}
