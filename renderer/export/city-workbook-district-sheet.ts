/*
 * One district's sheet of the city workbook: population and respondents, the plan's budget by
 * source (its total a formula), planned per funder (total a formula), police counts with the rate
 * per 100,000 as a formula over the district's population, and survey shares as formulas over N.
 * Returns where each figure lives, for the totals sheet's references.
 */
import type ExcelJS from 'exceljs';
import {
  BUDGET_ROWS,
  budgetAmount,
  type BudgetRow,
  type DistrictInput,
} from '../../shared/domain/city/figures';
import { formatQuarter } from '../../shared/format';
import { pickText } from '../../shared/localized-text';
import {
  columns,
  formula,
  money,
  newSheet,
  textCell,
  type SheetFrame,
} from './budget-workbook-kit';
import type { CityWorkbookRequest } from './city-workbook-name';

export type DistrictColumn = 'label' | 'value' | 'base' | 'result';

/** Where a district's figures are on its sheet (row numbers). */
export interface DistrictSheetInfo {
  name: string;
  population: number;
  respondents: number;
  budget: Record<BudgetRow | 'spent', number>;
  funders: Map<string | null, number>;
}

export interface CityFrame extends SheetFrame {
  request: CityWorkbookRequest;
}

export const RATE_FORMAT = '#,##0.0';
export const SHARE_FORMAT = '0.0%';

export function districtColumns(L: SheetFrame['label']) {
  return columns<DistrictColumn>([
    { key: 'label', header: L('workbook.columns.label'), width: 46, style: 'wrap' },
    { key: 'value', header: L('workbook.columns.value'), width: 20 },
    { key: 'base', header: L('workbook.columns.base'), width: 20 },
    { key: 'result', header: L('workbook.columns.result'), width: 20 },
  ]);
}

/** A formula cell with a cached number that is not money (a rate, a share, a count). */
export function numberFormula(cell: ExcelJS.Cell, text: string, result: number, numFmt?: string) {
  cell.value = { formula: text, result };
  if (numFmt) cell.numFmt = numFmt;
}

/** The name of a funder (or «no funder named»), in the workbook's language. */
export function funderName(ctx: CityFrame, funderId: string | null): string {
  if (funderId === null) return ctx.label('budgets.noFunder');
  return pickText(ctx.request.funders[funderId], ctx.request.lang).text || funderId;
}

/** Writes the district's sheet. */
export function addDistrictSheet(
  ctx: CityFrame,
  district: DistrictInput,
  index: number,
): DistrictSheetInfo {
  const L = ctx.label;
  const { lang, figures } = ctx.request;
  const cols = districtColumns(L);
  const name = pickText(district.name, lang).text;
  const ws = newSheet(ctx, name, cols);
  let row = ctx.heading.length + 2;
  const title = (text: string) => {
    const cell = ws.getCell(cols.at('label', row++));
    textCell(cell, text);
    cell.font = { bold: true };
  };
  const label = (text: string) => textCell(ws.getCell(cols.at('label', row)), text);
  const at = (key: DistrictColumn, r = row) => ws.getCell(cols.at(key, r));

  title(name);
  const population = row;
  label(L('population'));
  at('value').value = district.population;
  row++;
  const respondents = row;
  label(L('shares.respondents'));
  at('value').value = district.survey?.respondents ?? 0;
  row += 2;

  const plan = district.plan;
  title(
    plan
      ? `${L('workbook.budget')}: ${pickText(plan.title, lang).text} (${L('workbook.version', { version: plan.version })})`
      : `${L('workbook.budget')}: ${L('progress.noPlan')}`,
  );
  const totals = figures.budgets[index]!;
  const budget = {} as DistrictSheetInfo['budget'];
  const first = row;
  for (const key of BUDGET_ROWS) {
    budget[key] = row;
    label(L(`workbook.rows.${key}`));
    if (key === 'total')
      formula(
        at('value'),
        `SUM(${cols.at('value', first)}:${cols.at('value', row - 1)})`,
        totals.total,
      );
    else money(at('value'), budgetAmount(totals, key));
    if (key === 'total') at('label').font = { bold: true };
    row++;
  }
  budget.spent = row;
  label(L('budgets.spent'));
  money(at('value'), figures.spent[index]!);
  row += 2;

  title(L('budgets.funders'));
  const funders = new Map<string | null, number>();
  const firstFunder = row;
  let planned = 0;
  for (const f of figures.funders) {
    const amount = f.districts[index]!;
    if (amount === 0) continue;
    funders.set(f.funderId, row);
    label(funderName(ctx, f.funderId));
    money(at('value'), amount);
    planned += amount;
    row++;
  }
  label(L('workbook.rows.fundersTotal'));
  at('label').font = { bold: true };
  if (row > firstFunder)
    formula(
      at('value'),
      `SUM(${cols.at('value', firstFunder)}:${cols.at('value', row - 1)})`,
      planned,
    );
  else money(at('value'), 0);
  row += 2;

  const problem = (code: string) => pickText(ctx.request.problems[code], lang).text || code;
  title(
    figures.policePeriod
      ? L('rates.title', { period: formatQuarter(figures.policePeriod, lang) })
      : L('rates.titleNone'),
  );
  for (const rate of figures.rates) {
    const cell = rate.districts[index]!;
    if (cell.count === null) continue;
    label(problem(rate.code));
    at('value').value = cell.count;
    numberFormula(at('base'), cols.at('value', population), district.population);
    numberFormula(
      at('result'),
      `${cols.at('value', row)}*100000/${cols.at('base', row)}`,
      cell.rate ?? 0,
      RATE_FORMAT,
    );
    row++;
  }
  row++;

  title(L('shares.title'));
  for (const share of figures.shares) {
    const cell = share.districts[index]!;
    if (cell.respondents === 0) continue;
    label(problem(share.code));
    at('value').value = cell.named;
    numberFormula(at('base'), cols.at('value', respondents), cell.respondents);
    numberFormula(
      at('result'),
      `${cols.at('value', row)}/${cols.at('base', row)}`,
      cell.share ?? 0,
      SHARE_FORMAT,
    );
    row++;
  }
  return {
    name: ws.name,
    population,
    respondents,
    budget,
    funders,
  };
}
