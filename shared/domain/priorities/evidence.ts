/*
 * From the study's indicators to the evidence the ranking uses. "No data" stays null, never 0:
 * no survey → no share; no police figure for the problem in the period → no rate; no previous
 * figure (or a previous 0) → no trend; no complaint records at all in the territory → no
 * local-government evidence for any problem (once there are some, a problem without complaints
 * has a real 0).
 */
import type { ProblemIndicators } from '../study/indicators';
import type { ProblemEvidence } from './scoring';

/** Evidence per problem from problemIndicators(); `hasComplaintData` = the territory has complaint records. */
export function evidenceFromIndicators(
  indicators: readonly ProblemIndicators[],
  hasComplaintData: boolean,
): ProblemEvidence[] {
  return indicators.map((i) => ({
    code: i.code,
    share: i.share,
    policeRate: i.policeRate,
    policeTrend: i.policeTrend,
    complaints: hasComplaintData ? i.complaints : null,
  }));
}

/** Problems with any evidence (named by someone, a police figure, complaints), in the given order. */
export function problemsWithEvidence(indicators: readonly ProblemIndicators[]): string[] {
  return indicators
    .filter((i) => i.named > 0 || (i.policeCount ?? 0) > 0 || i.complaints > 0)
    .map((i) => i.code);
}
