/*
 * What the sheets of the execution workbook share: the context (labels in three namespaces, the
 * figures of shared/domain/monitoring/execution-book), the figure columns every sheet repeats
 * (planned, spent in the period, cumulative, each with its in-kind part, then the variance and the
 * % realised), and how a row of them is written: each figure a formula whose exact result, summed
 * in integer tyiyn, is stored as its cached value.
 */
import type ExcelJS from 'exceljs';
import type { Source } from '../../shared/domain/budget';
import type { ExecutionBook } from '../../shared/domain/monitoring/execution-book';
import {
  realised,
  type ExecutionFigures,
  type Period,
} from '../../shared/domain/monitoring/spending';
import type { LineRow } from '../../shared/domain/plan-outline';
import type { Language } from '../../shared/languages';
import type { Expenditure } from '../../shared/schemas/monitoring';
import {
  formula,
  money,
  type ColumnSpec,
  type Columns,
  type SheetFrame,
} from './budget-workbook-kit';
import type { ExecutionRequest } from './execution-workbook-name';

type Label = SheetFrame['label'];

export interface ExecutionContext extends SheetFrame {
  request: ExecutionRequest;
  lang: Language;
  /** `plan:` labels (the kit's `label`). */
  L: Label;
  /** `execution:` labels. */
  X: Label;
  /** `monitoring:` labels. */
  M: Label;
  book: ExecutionBook<Expenditure>;
  /** The reporting period (spent within it; cumulative up to its end); unbounded for the whole plan. */
  period: Period;
  /** The plan outline's row of each line key (numbers, activity, item). */
  lineRow: Map<string, LineRow>;
  /** A funder's name in the workbook's language, unique within the workbook. */
  funderName: (id: string | null) => string;
  source: (source: Source) => string;
  /** The register's word for an in-kind record (the SUMIFS criterion of the in-kind columns). */
  inKindWord: string;
}

/** The figure columns, in order; `cash` sheets (the local budget) leave the in-kind ones out. */
export const FIGURES = [
  'planned',
  'plannedInKind',
  'spent',
  'spentInKind',
  'cumulative',
  'cumulativeInKind',
] as const satisfies readonly (keyof ExecutionFigures)[];
export type Figure = (typeof FIGURES)[number];
export type FigureColumn = Figure | 'difference' | 'realised';
const IN_KIND: readonly Figure[] = ['plannedInKind', 'spentInKind', 'cumulativeInKind'];

export const PERCENT = '0.0%';

/** The figure columns' specs (money, 12 wide; % 8 wide). */
export function figureSpecs(ctx: ExecutionContext, cash = false): ColumnSpec<FigureColumn>[] {
  const { M, X } = ctx;
  const header: Record<FigureColumn, string> = {
    planned: M('spending.planned'),
    plannedInKind: M('spending.inKind'),
    spent: M('spending.spentInPeriod'),
    spentInKind: M('spending.inKind'),
    cumulative: M('spending.cumulative'),
    cumulativeInKind: M('spending.inKind'),
    difference: X('columns.difference'),
    realised: M('spending.realised'),
  };
  const keys = [...FIGURES.filter((f) => !cash || !IN_KIND.includes(f)), 'difference', 'realised'];
  return keys.map((key) => ({
    key: key as FigureColumn,
    header: header[key as FigureColumn],
    width: key === 'realised' ? 8 : IN_KIND.includes(key as Figure) ? 11 : 12,
    style: key === 'realised' ? undefined : 'money',
  }));
}

/**
 * Writes a row's figures: `figure(key)` gives each figure's formula, null for a plain value (the
 * plan of a line) or undefined to leave the cell empty; columns the sheet lacks are skipped. The variance (cumulative − planned) and the
 * % realised follow as formulas over the row's own cells.
 */
export function writeFigures<K extends string>(
  ws: ExcelJS.Worksheet,
  C: Columns<K | FigureColumn>,
  r: number,
  figures: ExecutionFigures,
  figure: (key: Figure) => string | null | undefined,
): void {
  for (const key of FIGURES) {
    if (!C.has(key)) continue;
    const text = figure(key);
    if (text === undefined) continue;
    const cell = ws.getCell(r, C.index(key));
    if (text === null) money(cell, figures[key], false);
    else formula(cell, text, figures[key], false);
  }
  const planned = C.at('planned', r);
  const cumulative = C.at('cumulative', r);
  formula(
    ws.getCell(r, C.index('difference')),
    `${cumulative}-${planned}`,
    figures.cumulative - figures.planned,
    false,
  );
  const share = realised(figures);
  const cell = ws.getCell(r, C.index('realised'));
  cell.value = { formula: `IF(${planned}=0,"",${cumulative}/${planned})`, result: share ?? '' };
  cell.numFmt = PERCENT;
}

/** A text constant inside a formula. */
export const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** An Excel date serial of a `YYYY-MM-DD` date (days since 1899-12-30), exact. */
export function dateSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export const DATE_FORMAT = 'dd.mm.yyyy';
