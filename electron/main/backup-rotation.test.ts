import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../shared/backup/format';
import { backupsToDelete, backupTime } from './backup-rotation';

const at = (y: number, m: number, d: number, h = 18) => new Date(y, m - 1, d, h, 0, 0);
const name = (date: Date) => backupFileName(date, 'auto');

describe('backup rotation', () => {
  it('reads the time from the name', () => {
    expect(backupTime('koopsuz-auto-2026-11-05-143012.koopsuz')).toEqual(
      new Date(2026, 10, 5, 14, 30, 12),
    );
    expect(backupTime('notes.txt')).toBeNull();
  });

  it('keeps everything while there are 14 or fewer', () => {
    const names = Array.from({ length: 14 }, (_, i) => name(at(2026, 11, i + 1)));
    expect(backupsToDelete(names, at(2026, 11, 20))).toEqual([]);
  });

  it('daily for a year: keeps the newest 14 plus the newest of each of the last 12 months', () => {
    const now = at(2026, 11, 30, 20);
    const names: string[] = [];
    for (let day = 0; day < 400; day += 1) names.push(name(new Date(2026, 10, 30 - day, 18)));
    const doomed = new Set(backupsToDelete(names, now));
    const kept = names.filter((n) => !doomed.has(n));
    // 14 newest (17–30 Nov) + the last day of each month Dec 2025 … Oct 2026 (11 months; November is among the 14).
    expect(kept).toHaveLength(14 + 11);
    expect(kept.slice(0, 14)).toEqual(names.slice(0, 14));
    expect(kept).toContain(name(at(2026, 10, 31)));
    expect(kept).toContain(name(at(2025, 12, 31)));
    expect(kept).not.toContain(name(at(2025, 11, 30)));
    expect(kept).not.toContain(name(at(2026, 10, 30)));
  });

  it('never deletes a file whose name it cannot read', () => {
    const names = Array.from({ length: 30 }, (_, i) => name(at(2026, 11, 1, i % 24)));
    expect(backupsToDelete([...names, 'koopsuz-auto-copy.koopsuz'], at(2026, 11, 2))).not.toContain(
      'koopsuz-auto-copy.koopsuz',
    );
  });

  it('keeps a backup dated in the future (a wrong clock) rather than guessing', () => {
    const names = Array.from({ length: 20 }, (_, i) => name(at(2026, 1, i + 1)));
    const future = name(at(2030, 1, 1));
    expect(backupsToDelete([future, ...names], at(2026, 2, 1))).not.toContain(future);
  });
});
