/* The Funders sheet: the register with each funder's commitments in this plan per source. */
import { SOURCES, type Source } from '../../shared/domain/budget';
import { commitmentsByFunder } from '../../shared/domain/plan-outline';
import {
  columns,
  FIRST_SOURCE,
  LAST_SOURCE,
  formula,
  HEADER_ROW,
  money,
  newSheet,
  text,
  textCell,
  type SheetContext,
} from './budget-workbook-kit';

function funderColumns(L: SheetContext['label']) {
  return columns<'name' | 'type' | 'contact' | Source | 'total'>([
    { key: 'name', header: L('funders.name'), width: 40 },
    { key: 'type', header: L('workbook.funderType'), width: 22 },
    { key: 'contact', header: L('funders.contact'), width: 26 },
    ...SOURCES.map((key) => ({ key, header: L(`sources.${key}`), width: 15 })),
    { key: 'total', header: L('fields.total'), width: 16 },
  ]);
}

export function addFundersSheet(ctx: SheetContext): void {
  const L = ctx.label;
  const C = funderColumns(L);
  const ws = newSheet(ctx, L('workbook.sheets.funders'), C, { filter: true });
  const cell = (key: Parameters<typeof C.index>[0], row: number) => ws.getCell(row, C.index(key));
  const commitments = commitmentsByFunder(ctx.outline);
  let r = HEADER_ROW + 1;
  for (const funder of ctx.request.funders) {
    const list = commitments.get(funder.id) ?? [];
    if (!list.length) continue;
    textCell(cell('name', r), text(ctx, funder.name));
    textCell(cell('type', r), L(`funders.types.${funder.type}`));
    if (funder.contact) textCell(cell('contact', r), funder.contact);
    let total = 0;
    for (const s of SOURCES) {
      const amount = list.filter((c) => c.source === s).reduce((n, c) => n + c.amount, 0);
      total += amount;
      money(cell(s, r), amount);
    }
    formula(cell('total', r), `SUM(${C.span(FIRST_SOURCE, LAST_SOURCE, r)})`, total);
    r += 1;
  }
}
