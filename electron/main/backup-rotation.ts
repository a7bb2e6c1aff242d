/*
 * Which automatic backups to keep (issue 8): the newest 14, plus the newest of each calendar month
 * for the last twelve months. Pure, so it is tested without a file system.
 */

/** The moment a backup was made, read from its name (koopsuz-auto-2026-11-05-143000.koopsuz). */
export function backupTime(name: string): Date | null {
  const match = /-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})\.koopsuz$/.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const at = new Date(y!, mo! - 1, d!, h!, mi!, s!);
  return Number.isNaN(at.getTime()) ? null : at;
}

export interface RotationPolicy {
  keepLast: number;
  monthly: number;
}

export const ROTATION: RotationPolicy = { keepLast: 14, monthly: 12 };

/**
 * The names to delete from `names` (backups of one kind). Names whose time cannot be read are
 * kept: the app never deletes a file it does not understand.
 */
export function backupsToDelete(
  names: readonly string[],
  now: Date,
  policy: RotationPolicy = ROTATION,
): string[] {
  const dated = names
    .map((name) => ({ name, at: backupTime(name) }))
    .filter((item): item is { name: string; at: Date } => item.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set(dated.slice(0, policy.keepLast).map((item) => item.name));
  const monthIndex = (d: Date) => d.getFullYear() * 12 + d.getMonth();
  const seenMonths = new Set<number>();
  for (const item of dated) {
    const age = monthIndex(now) - monthIndex(item.at);
    if (age < 0 || age >= policy.monthly || seenMonths.has(age)) continue;
    seenMonths.add(age);
    keep.add(item.name);
  }
  return dated.filter((item) => !keep.has(item.name)).map((item) => item.name);
}
