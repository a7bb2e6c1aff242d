/*
 * Recognising "the disk is full" among the errors a write can end with: the browser raises a
 * DOMException named QuotaExceededError, which Dexie wraps (`inner`, `cause`, a BulkError's
 * `failures`) and a transaction's abort may carry further down.
 */

/** True when the browser refused a write for lack of space, however deeply it is wrapped. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  const failures = Array.isArray(e.failures)
    ? e.failures
    : e.failures && typeof e.failures === 'object'
      ? Object.values(e.failures)
      : [];
  return failures.some((f) => isQuotaError(f, depth + 1));
}
