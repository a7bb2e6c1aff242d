/*
 * Indicator arithmetic of monitoring (issue 15): how far a value has come from baseline to target,
 * and whether a change between two survey estimates is larger than their margin of error (95 %).
 * A change within the margin is "no measurable change", never a result (domain.md: a survey of
 * about 400 respondents has a margin of about ±5 points).
 */

/** The normal quantile for 95 % confidence. */
export const Z95 = 1.96;

/**
 * Percent of the way from baseline to target (100 = target reached; negative = moved away). Works
 * for falling indicators (baseline above target) too. Null when baseline equals target.
 */
export function percentOfWay(baseline: number, target: number, value: number): number | null {
  if (target === baseline) return null;
  return ((value - baseline) / (target - baseline)) * 100;
}

/** An estimate from a sample with its 95 % margin of error, in the estimate's own unit. */
export interface Estimate {
  value: number;
  margin: number;
  n: number;
}

/** A proportion (0..1) among n respondents with its margin of error 1.96·√(p(1−p)/n). */
export function proportionEstimate(count: number, n: number): Estimate | null {
  if (n <= 0) return null;
  const p = count / n;
  return { value: p, margin: Z95 * Math.sqrt((p * (1 - p)) / n), n };
}

/** The mean of values with its margin of error 1.96·s/√n (s the sample standard deviation). */
export function meanEstimate(values: readonly number[]): Estimate | null {
  const n = values.length;
  if (n === 0) return null;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n === 1) return { value: mean, margin: Infinity, n };
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1);
  return { value: mean, margin: (Z95 * Math.sqrt(variance)) / Math.sqrt(n), n };
}

/** A change between two independent estimates, and whether it exceeds their combined margin. */
export interface Change {
  change: number;
  /** The margin of the difference: √(m₁² + m₂²). */
  margin: number;
  measurable: boolean;
}

/** Compares a later estimate with an earlier one. */
export function compareEstimates(before: Estimate, after: Estimate): Change {
  const change = after.value - before.value;
  const margin = Math.sqrt(before.margin ** 2 + after.margin ** 2);
  return { change, margin, measurable: Math.abs(change) > margin };
}
