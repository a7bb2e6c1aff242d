import type { Decision } from '../schemas/working-group';

/** True when an open decision's due date has passed (`today` as `YYYY-MM-DD`). */
export function isOverdue(decision: Pick<Decision, 'status' | 'dueDate'>, today: string): boolean {
  return decision.status === 'open' && Boolean(decision.dueDate) && decision.dueDate! < today;
}

/** The register's order: overdue first, then open by due date (undated last), then done and cancelled. */
export function sortDecisions<D extends Pick<Decision, 'status' | 'dueDate' | 'createdAt'>>(
  decisions: D[],
  today: string,
): D[] {
  const rank = (d: D) =>
    isOverdue(d, today) ? 0 : d.status === 'open' ? 1 : d.status === 'done' ? 2 : 3;
  return [...decisions].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.createdAt.localeCompare(b.createdAt),
  );
}
