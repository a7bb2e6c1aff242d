import { describe, expect, it } from 'vitest';
import { backupFileNameSchema } from '../../shared/ipc';
import {
  backupsToDelete,
  beyondSizeCap,
  inWriteOrder,
  newBackupName,
  nextSequence,
  parseBackupName,
} from './backup-rotation';

const two = (n: number) => String(n).padStart(2, '0');
/** A name as the app writes it, spelt out here rather than made by the code under test. */
function named(sequence: number, y: number, m: number, d: number, h = 18): string {
  return `koopsuz-auto-${y}-${two(m)}-${two(d)}-${two(h)}0000-000-${String(sequence).padStart(6, '0')}.koopsuz`;
}
/** A name of an app version before the write counter. */
const oldNamed = (y: number, m: number, d: number, h = 18) =>
  `koopsuz-auto-${y}-${two(m)}-${two(d)}-${two(h)}0000.koopsuz`;

describe('backup names', () => {
  it('carry the clock to the millisecond and the write counter', () => {
    const name = newBackupName('auto', new Date(2026, 10, 5, 14, 30, 12, 7), 42);
    expect(name).toBe('koopsuz-auto-2026-11-05-143012-007-000042.koopsuz');
    expect(parseBackupName(name)).toEqual({
      name,
      kind: 'auto',
      at: new Date(2026, 10, 5, 14, 30, 12, 7),
      sequence: 42,
    });
  });

  it('the older names still read, as written before any counted one', () => {
    expect(parseBackupName('koopsuz-safety-2026-11-05-143012.koopsuz')).toMatchObject({
      kind: 'safety',
      at: new Date(2026, 10, 5, 14, 30, 12),
      sequence: 0,
    });
    expect(parseBackupName('notes.txt')).toBeNull();
  });

  it('the IPC contract accepts the new names and the old ones, and nothing else', () => {
    for (const name of [
      'koopsuz-auto-2026-11-05-143012-007-000042.koopsuz',
      'koopsuz-safety-2026-11-05-143012-999-1234567.koopsuz',
      'koopsuz-auto-2026-11-05-143012.koopsuz',
      'koopsuz-2026-11-05-143012.koopsuz',
    ]) {
      expect(backupFileNameSchema.safeParse(name).success, name).toBe(true);
    }
    for (const name of [
      'koopsuz-auto-2026-11-05-143012-007.koopsuz',
      'koopsuz-auto-2026-11-05-143012-007-42.koopsuz',
      'koopsuz-auto-2026-11-05-143012-007-000042.koopsuz.part',
      '../koopsuz-auto-2026-11-05-143012-007-000042.koopsuz',
    ]) {
      expect(backupFileNameSchema.safeParse(name).success, name).toBe(false);
    }
  });

  it('the next counter is one more than the highest in the folder, whatever the dates', () => {
    expect(nextSequence([])).toBe(1);
    expect(nextSequence([oldNamed(2026, 1, 1), 'status.json'])).toBe(1);
    expect(nextSequence([named(7, 2000, 1, 1), named(3, 2027, 12, 1), oldNamed(2030, 1, 1)])).toBe(
      8,
    );
  });

  it('orders by write: counted names by counter, old names after them by date', () => {
    const names = [
      oldNamed(2026, 1, 2),
      named(2, 2000, 1, 1),
      oldNamed(2026, 1, 3),
      named(1, 2027, 5, 5),
    ];
    expect(inWriteOrder(names).map((item) => item.name)).toEqual([
      named(2, 2000, 1, 1),
      named(1, 2027, 5, 5),
      oldNamed(2026, 1, 3),
      oldNamed(2026, 1, 2),
    ]);
  });
});

describe('backup rotation', () => {
  it('keeps everything while there are 14 or fewer', () => {
    const names = Array.from({ length: 14 }, (_, i) => named(i + 1, 2026, 11, i + 1));
    expect(backupsToDelete(names)).toEqual([]);
  });

  it('daily for 400 days: keeps the newest 14 plus the newest of each of the last 12 months', () => {
    const names: string[] = [];
    for (let day = 0; day < 400; day += 1) {
      const date = new Date(2026, 10, 30 - day);
      names.push(named(400 - day, date.getFullYear(), date.getMonth() + 1, date.getDate()));
    }
    const doomed = new Set(backupsToDelete(names));
    const kept = names.filter((n) => !doomed.has(n));
    // 14 newest (17–30 Nov 2026) + the last day of each month Dec 2025 … Oct 2026.
    expect(kept).toHaveLength(14 + 11);
    expect(kept.slice(0, 14)).toEqual(names.slice(0, 14));
    expect(kept).toContain(names.find((n) => n.includes('-2026-10-31-')));
    expect(kept).toContain(names.find((n) => n.includes('-2025-12-31-')));
    expect(kept.some((n) => n.includes('-2025-11-'))).toBe(false);
    expect(kept.some((n) => n.includes('-2026-10-30-'))).toBe(false);
  });

  it('keeps the newest 14 written even when their dates are the oldest (clock at 2000)', () => {
    const good = Array.from({ length: 30 }, (_, i) => named(i + 1, 2026, 10, i + 1));
    const wrong = Array.from({ length: 10 }, (_, i) => named(31 + i, 2000, 1, 1 + i));
    const doomed = new Set(backupsToDelete([...good, ...wrong]));
    expect(wrong.filter((n) => !doomed.has(n))).toEqual(wrong);
    expect(good.filter((n) => !doomed.has(n))).toEqual(good.slice(26));
  });

  it('old names (no counter) go before every counted one once 14 counted exist', () => {
    const old = Array.from({ length: 10 }, (_, i) => oldNamed(2026, 11, 1 + i));
    const counted = Array.from({ length: 14 }, (_, i) => named(i + 1, 2026, 11, 11 + i));
    const doomed = backupsToDelete([...old, ...counted]);
    // All of November is one month: its newest written is among the 14; the old ones go.
    expect(doomed.sort()).toEqual([...old].sort());
  });

  it('never deletes a file whose name it cannot read', () => {
    const names = Array.from({ length: 30 }, (_, i) => named(i + 1, 2026, 11, 1, i % 24));
    expect(backupsToDelete([...names, 'koopsuz-auto-copy.koopsuz'])).not.toContain(
      'koopsuz-auto-copy.koopsuz',
    );
  });
});

describe('size cap', () => {
  it('drops the oldest written beyond the cap, never the newest', () => {
    const files = [
      { name: 'c', size: 60 },
      { name: 'b', size: 30 },
      { name: 'a', size: 30 },
    ];
    expect(beyondSizeCap(files, 100)).toEqual(['a']);
    expect(beyondSizeCap(files, 10)).toEqual(['b', 'a']);
    expect(beyondSizeCap(files, 120)).toEqual([]);
  });
});
