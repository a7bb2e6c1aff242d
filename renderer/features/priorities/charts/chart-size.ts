import type { ChartModel } from '../../../../shared/domain/priorities/charts';

/** Colours that stay distinguishable in print and for common colour blindness (Okabe–Ito first). */
export const CHART_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
  '#8C6D31',
  '#6B6ECF',
];

/**
 * The widest a chart is drawn. On paper it is drawn at this fixed size; on screen as wide as its
 * card allows up to this (measured, not Recharts' ResponsiveContainer: the saved picture is the
 * one drawn).
 */
export const CHART_WIDTH = 860;

export function chartHeight(model: ChartModel): number {
  if (model.layout === 'vertical') return Math.max(200, 50 + model.rows.length * 30);
  return 320;
}
