/*
 * The execution workbook for finance (issue 16): Execution (per source, cash and in kind apart, and
 * per year), planned vs actual per line × source × funder, the local budget by year and
 * classification code, per funder, and the expenditure register — for the period chosen on the
 * monitoring screen and cumulatively. Every figure is a real formula (SUMIFS over the register,
 * sums, variances, % realised) whose exact result, summed in integer tyiyn by
 * shared/domain/monitoring/execution-book, is stored too. Every sheet opens with the plan, its
 * version, status and approval. Loaded on demand, normally inside a Web Worker.
 */
import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import { labelIn } from '../../shared/documents/labels';
import { SOURCES } from '../../shared/domain/budget';
import { executionBook } from '../../shared/domain/monitoring/execution-book';
import { planOutline } from '../../shared/domain/plan-outline';
import { formatDate, localDate } from '../../shared/format';
import { pickText } from '../../shared/localized-text';
import { identityKey } from '../../shared/schemas/plan';
import { periodName } from '../features/monitoring/format';
import { plannedLine } from '../features/monitoring/model';
import { periodRange } from '../features/monitoring/period';
import { newWorkbook } from './budget-workbook-kit';
import type { ExecutionContext } from './execution-workbook-kit';
import { addFundersSheet } from './execution-workbook-funders-sheet';
import { addLinesSheet } from './execution-workbook-lines-sheet';
import { addLocalSheet } from './execution-workbook-local-sheet';
import type { ExecutionRequest } from './execution-workbook-name';
import { addRegisterSheet } from './execution-workbook-register-sheet';
import { addSummarySheet } from './execution-workbook-summary-sheet';

export type { ExecutionRequest } from './execution-workbook-name';

type Vars = Record<string, string | number>;

/** Builds the workbook; returns the .xlsx bytes. */
export async function buildExecutionWorkbook(
  request: ExecutionRequest,
): Promise<{ bytes: Uint8Array<ArrayBuffer> }> {
  const { lang, tree, choice } = request;
  // Called once per label and sheet, not per cell: the rows take their words from the context.
  const L = (key: string, vars?: Vars) => labelIn(lang, `plan:${key}`, vars);
  const X = (key: string, vars?: Vars) => labelIn(lang, `execution:${key}`, vars);
  const M = (key: string, vars?: Vars) => labelIn(lang, `monitoring:${key}`, vars);
  const outline = planOutline(tree);
  const period = periodRange(choice);
  const lines = outline.rows.map((row) => ({ ...plannedLine(row.line), number: row.number }));
  const book = executionBook(
    lines,
    request.expenditures,
    period,
    request.funders.map((f) => f.id),
  );
  const sources = new Map(SOURCES.map((s) => [s, L(`sources.${s}`)]));
  const names = new Map(request.funders.map((f) => [f.id, pickText(f.name, lang).text]));
  const plan = tree.plan;
  const planTitle = pickText(plan.title, lang).text;
  const territory = pickText(request.territoryName, lang).text;
  const made = new Date(request.date);
  const t = ((key: string, vars?: Vars) => labelIn(lang, key, vars)) as unknown as TFunction;
  const periodText =
    choice.kind === 'all'
      ? X('heading.periodAll')
      : X('heading.period', {
          period: periodName(choice, lang, t),
          from: formatDate(period.from!),
          to: formatDate(period.to!),
        });
  const approval = plan.approval
    ? X('heading.approved', { date: formatDate(plan.approval.date), number: plan.approval.number })
    : X('heading.notApproved');

  const workbook = newWorkbook({
    made,
    title: planTitle,
    subject: X('fileSuffix'),
    company: territory,
    description: periodText,
  });

  const ctx: ExecutionContext = {
    workbook,
    label: L,
    planTitle,
    // Execution is recorded on an approved plan; were it a draft, its status row is set in red.
    draft: !plan.approval,
    heading: [
      planTitle,
      X('heading.plan', {
        version: plan.version,
        status: L(`status.${plan.status}`),
        approval,
        start: plan.startYear,
        end: plan.endYear,
      }),
      periodText,
      X('heading.place', {
        territory,
        money: L('workbook.moneyNote'),
        generated: L('workbook.generated', { date: formatDate(localDate(made)) }),
      }),
    ],
    request,
    lang,
    L,
    X,
    M,
    book,
    period,
    lineRow: new Map(outline.rows.map((row) => [identityKey(row.line), row])),
    funderName: (id) => (id === null ? M('spending.noFunder') : (names.get(id) ?? id)),
    source: (source) => sources.get(source)!,
    inKindWord: M('expenditure.inKindShort'),
  };
  const sheet = (key: string) => workbook.addWorksheet(X(`sheets.${key}`).slice(0, 31));
  const [summary, linesSheet, local, funders, register] = [
    'summary',
    'lines',
    'local',
    'funders',
    'register',
  ].map(sheet) as [ExcelJS.Worksheet, ...ExcelJS.Worksheet[]];
  const registerInfo = addRegisterSheet(ctx, register!);
  const linesInfo = addLinesSheet(ctx, linesSheet!, registerInfo);
  addSummarySheet(ctx, summary, linesInfo);
  addLocalSheet(ctx, local!, linesInfo);
  addFundersSheet(ctx, funders!, linesInfo);

  // Fast deflate: a somewhat larger file for much less compression work than the default level.
  const buffer = await workbook.xlsx.writeBuffer({
    zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } },
  } as Partial<ExcelJS.XlsxWriteOptions>);
  return { bytes: new Uint8Array(buffer as ArrayBuffer) };
}
