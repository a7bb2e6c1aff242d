/*
 * The city workbook (issue 19, item 3): a totals sheet, then one sheet per imported district. Every
 * district figure on the totals sheet is a reference to the district's own sheet and every city
 * figure a SUM formula; each formula stores its exact result (computed in integer tyiyn), and the
 * file asks spreadsheet programs to recalculate on opening. Loaded on demand, normally in a Worker.
 */
import ExcelJS from 'exceljs';
import { labelIn } from '../../shared/documents/labels';
import { BUDGET_ROWS, budgetAmount } from '../../shared/domain/city/figures';
import { formatDate, localDate } from '../../shared/format';
import { pickText } from '../../shared/localized-text';
import {
  columnLetter,
  columns,
  formula,
  newSheet,
  newWorkbook,
  quote,
  textCell,
} from './budget-workbook-kit';
import { fitRowHeights } from './budget-workbook-rows';
import {
  addDistrictSheet,
  districtColumns,
  funderName,
  numberFormula,
  type CityFrame,
  type DistrictSheetInfo,
} from './city-workbook-district-sheet';
import type { CityWorkbookRequest } from './city-workbook-name';

export type { CityWorkbookRequest } from './city-workbook-name';

/** Builds the city workbook; returns the .xlsx bytes. */
export async function buildCityWorkbook(
  request: CityWorkbookRequest,
): Promise<{ bytes: Uint8Array<ArrayBuffer> }> {
  const { lang, figures } = request;
  const label = (key: string, vars?: Record<string, string | number>) =>
    labelIn(lang, `city:${key}`, vars);
  const name = pickText(request.workspaceName, lang).text;
  const made = new Date(request.date);
  const title = label('workbook.title', { name });
  const workbook = newWorkbook({
    made,
    title,
    subject: label('workbook.subject'),
    company: name,
    description: label('workbook.moneyNote'),
  });
  const ctx: CityFrame = {
    workbook,
    label,
    planTitle: title,
    draft: false,
    request,
    heading: [
      title,
      label('workbook.districts', { count: figures.districts.length }),
      `${label('workbook.moneyNote')} · ${label('workbook.generated', { date: formatDate(localDate(made)) })}`,
    ],
  };
  const totals = workbook.addWorksheet(label('workbook.totalsSheet').slice(0, 31));
  const sheets = figures.districts.map((d, i) => addDistrictSheet(ctx, d, i));
  addTotalsSheet(ctx, totals, sheets);
  workbook.worksheets.forEach(fitRowHeights);
  const buffer = await workbook.xlsx.writeBuffer({
    zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } },
  } as Partial<ExcelJS.XlsxWriteOptions>);
  return { bytes: new Uint8Array(buffer as ArrayBuffer) };
}

/** The totals sheet: each district's figures by reference, the city's as SUM across them. */
function addTotalsSheet(ctx: CityFrame, ws: ExcelJS.Worksheet, sheets: DistrictSheetInfo[]) {
  const L = ctx.label;
  const { figures } = ctx.request;
  const keys = ['label', ...sheets.map((_, i) => `d${i}`), 'city'];
  const cols = columns<string>(
    keys.map((key, i) => ({
      key,
      header:
        i === 0 ? L('workbook.columns.label') : key === 'city' ? L('city') : sheets[i - 1]!.name,
      width: i === 0 ? 46 : 20,
    })),
  );
  newSheet(ctx, ws.name, cols, { existing: ws });
  let row = ctx.heading.length + 2;
  const first = cols.letter('d0');
  const last = columnLetter(sheets.length + 1);
  const cityOf = (r: number) => `SUM(${first}${r}:${last}${r})`;
  const value = districtColumns(L).letter('value');
  const title = (text: string) => {
    const cell = ws.getCell(row++, 1);
    textCell(cell, text);
    cell.font = { bold: true };
  };
  /** One row: each district's cell referring to its sheet (or a value), the city's a SUM. */
  const line = (
    text: string,
    ref: (sheet: DistrictSheetInfo) => number | undefined,
    values: number[],
    kind: 'money' | 'count',
  ) => {
    textCell(ws.getCell(row, 1), text);
    sheets.forEach((sheet, i) => {
      const cell = ws.getCell(row, i + 2);
      const at = ref(sheet);
      const target = at === undefined ? null : `${quote(sheet.name)}!${value}${at}`;
      if (kind === 'money') {
        if (target) formula(cell, target, values[i]!);
        else formula(cell, '0', 0);
      } else numberFormula(cell, target ?? '0', values[i]!, '#,##0');
    });
    const city = values.reduce((a, b) => a + b, 0);
    const cell = ws.getCell(row, sheets.length + 2);
    if (kind === 'money') formula(cell, cityOf(row), city);
    else numberFormula(cell, cityOf(row), city, '#,##0');
    row++;
  };

  line(
    L('population'),
    (s) => s.population,
    figures.districts.map((d) => d.population),
    'count',
  );
  line(
    L('shares.respondents'),
    (s) => s.respondents,
    figures.districts.map((d) => d.survey?.respondents ?? 0),
    'count',
  );
  row++;
  title(L('budgets.title'));
  for (const key of BUDGET_ROWS)
    line(
      L(`workbook.rows.${key}`),
      (s) => s.budget[key],
      figures.budgets.map((b) => budgetAmount(b, key)),
      'money',
    );
  line(L('budgets.spent'), (s) => s.budget.spent, figures.spent, 'money');
  row++;
  title(L('budgets.funders'));
  const firstFunder = row;
  for (const f of figures.funders)
    line(funderName(ctx, f.funderId), (s) => s.funders.get(f.funderId), f.districts, 'money');
  textCell(ws.getCell(row, 1), L('workbook.rows.fundersTotal'));
  ws.getCell(row, 1).font = { bold: true };
  for (let c = 2; c <= sheets.length + 2; c++) {
    const letter = columnLetter(c);
    const amount =
      c === sheets.length + 2
        ? figures.funders.reduce((sum, f) => sum + f.city, 0)
        : figures.funders.reduce((sum, f) => sum + f.districts[c - 2]!, 0);
    const cell = ws.getCell(row, c);
    if (row > firstFunder)
      formula(cell, `SUM(${letter}${firstFunder}:${letter}${row - 1})`, amount);
    else formula(cell, '0', 0);
  }
}
