/*
 * Backup names and which backups to keep (issues 8 and 14). The PC's clock can be wrong (a year
 * ahead for two weeks, or reset to 2000 by a flat CMOS battery), so the order of backups is the
 * order they were written: every name carries a write counter, one more than the highest in the
 * folder. The date in the name is shown to the clerk and groups backups by month, nothing more.
 * Pure, so it is tested without a file system.
 */

export type BackupKind = 'auto' | 'safety';

/** What a backup's name says: its kind, the clock when it was made, and its place in write order. */
export interface BackupName {
  name: string;
  kind: BackupKind | 'backup';
  /** The PC's clock when it was written (possibly wrong). */
  at: Date;
  /** Write order; 0 for names of app versions before the counter (written before any with one). */
  sequence: number;
}

// koopsuz-auto-2026-11-05-143000-123-000042.koopsuz (milliseconds, then the write counter), and
// the older koopsuz-auto-2026-11-05-143000.koopsuz, which users still have in their folders.
const NAME =
  /^koopsuz(?:-(auto|safety))?-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d{3})-(\d{6,9}))?\.koopsuz$/;

/** Reads a backup name; null for anything the app did not write. */
export function parseBackupName(name: string): BackupName | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, kind, y, mo, d, h, mi, s, ms, sequence] = match;
  const at = new Date(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, ms ? +ms : 0);
  if (Number.isNaN(at.getTime())) return null;
  return {
    name,
    kind: (kind as BackupKind | undefined) ?? 'backup',
    at,
    sequence: Number(sequence ?? 0),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The name of the backup written `sequence`-th, at `at` by the PC's clock (local time). */
export function newBackupName(kind: BackupKind, at: Date, sequence: number): string {
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `koopsuz-${kind}-${date}-${time}-${pad(at.getMilliseconds(), 3)}-${pad(sequence, 6)}.koopsuz`;
}

/** The counter for the next backup written into a folder holding `names`. */
export function nextSequence(names: readonly string[]): number {
  let highest = 0;
  for (const name of names) highest = Math.max(highest, parseBackupName(name)?.sequence ?? 0);
  return highest + 1;
}

/** Newest written first; old names without a counter by their date, after every counted one. */
export function byWriteOrder(a: BackupName, b: BackupName): number {
  return b.sequence - a.sequence || b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name);
}

/** Reads and sorts names newest-written first, leaving out what the app did not write. */
export function inWriteOrder(names: readonly string[]): BackupName[] {
  return names
    .map(parseBackupName)
    .filter((item): item is BackupName => item !== null)
    .sort(byWriteOrder);
}

export interface RotationPolicy {
  /** The newest this many written are kept whatever their dates say. */
  keepLast: number;
  /** And the newest written of each of this many latest calendar months (by the names' dates). */
  monthly: number;
}

export const ROTATION: RotationPolicy = { keepLast: 14, monthly: 12 };

/**
 * The names to delete from `names` (backups of one kind). Names the app cannot read are kept: it
 * never deletes a file it does not understand. The present clock plays no part, so a wrong clock
 * now cannot condemn good backups either.
 */
export function backupsToDelete(
  names: readonly string[],
  policy: RotationPolicy = ROTATION,
): string[] {
  const ordered = inWriteOrder(names);
  const keep = new Set(ordered.slice(0, policy.keepLast).map((item) => item.name));
  const newestOfMonth = new Map<number, string>();
  for (const item of ordered) {
    const month = item.at.getFullYear() * 12 + item.at.getMonth();
    if (!newestOfMonth.has(month)) newestOfMonth.set(month, item.name);
  }
  const latestMonths = [...newestOfMonth.keys()].sort((a, b) => b - a).slice(0, policy.monthly);
  for (const month of latestMonths) keep.add(newestOfMonth.get(month)!);
  return ordered.filter((item) => !keep.has(item.name)).map((item) => item.name);
}

/**
 * Of backups with their sizes, newest written first, the names beyond `capBytes` in total. The
 * newest is always kept, so a restore always has its safety backup.
 */
export function beyondSizeCap(
  files: readonly { name: string; size: number }[],
  capBytes: number,
): string[] {
  let total = 0;
  return files
    .filter((file, index) => {
      total += file.size;
      return index > 0 && total > capBytes;
    })
    .map((file) => file.name);
}
