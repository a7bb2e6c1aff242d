/*
 * Goals held "as the median of N bench runs" (issue 18): the bench module repeats its whole
 * measurement N times, prints every run with the machine's load, and reports the median run (the
 * run whose ratio is the median, so value and baseline shown are figures measured together).
 */
import { loadavg } from 'node:os';

/** `measure()` → { value, baseline } run `n` times; prints each, returns the median run. */
export async function medianRun(name, n, measure) {
  const runs = [];
  for (let i = 0; i < n; i += 1) {
    const before = loadavg()[0].toFixed(2);
    const { value, baseline } = await measure(i);
    runs.push({ value, baseline, ratio: value / baseline });
    console.log(
      `  ${name}, run ${i + 1}/${n}: ${value.toFixed(0)} ms vs ${baseline.toFixed(0)} ms, ratio ${(value / baseline).toFixed(2)} (load ${before} → ${loadavg()[0].toFixed(2)})`,
    );
  }
  const sorted = [...runs].sort((a, b) => a.ratio - b.ratio);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  console.log(
    `  ${name}: median of ${n} runs ${median.ratio.toFixed(2)} (ratios ${runs.map((r) => r.ratio.toFixed(2)).join(', ')})`,
  );
  return median;
}
