/*
 * The backups folder on a real disk, with the PC's clock set by the test (issue 14): a clock a
 * year ahead for 14 days and then corrected, a clock reset to 2000, two backups in one second.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { readBackupStatus, writeBackupFile } from './backup-store';

const root = mkdtempSync(path.join(tmpdir(), 'koopsuz-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(root, 'case-'));
});

/** One automatic backup a day at 18:00 by the given clock; the bytes say which day really. */
async function daily(firstDay: Date, days: number, label: string): Promise<string[]> {
  const names: string[] = [];
  for (let day = 0; day < days; day += 1) {
    const clock = new Date(
      firstDay.getFullYear(),
      firstDay.getMonth(),
      firstDay.getDate() + day,
      18,
    );
    const bytes = new TextEncoder().encode(`${label} ${day}`);
    names.push((await writeBackupFile(folder, bytes, 'auto', { now: clock })).name);
  }
  return names;
}
const present = () => new Set(readdirSync(folder));
const survivors = (names: string[]) => names.filter((name) => present().has(name));

describe('rotation by write order', () => {
  it('clock a year ahead for 14 days, then corrected: the newest 14 written survive', async () => {
    const before = await daily(new Date(2026, 9, 1), 30, 'before');
    const ahead = await daily(new Date(2027, 9, 31), 14, 'ahead');
    const after = await daily(new Date(2026, 9, 31), 20, 'after');
    // Sorted by the dates in the names, the 14 "future" files would keep these out (2 of 20 before).
    // The last 14 written, and 31 October: the newest written of its month.
    expect(survivors(after)).toEqual([after[0], ...after.slice(6)]);
    // The wrong-clock days are one or two months of the archive, not the newest.
    expect(survivors(ahead).length).toBeLessThanOrEqual(2);
    // October's newest written is 31 October of the corrected days.
    expect(survivors(before)).toEqual([]);
  });

  it('clock at 2000 for 10 days: all 10 survive', async () => {
    await daily(new Date(2026, 9, 1), 30, 'before');
    const wrong = await daily(new Date(2000, 0, 1), 10, 'wrong');
    expect(survivors(wrong)).toEqual(wrong);
  });

  it('two backups in the same second (same millisecond) are two files, neither overwritten', async () => {
    const clock = new Date(2026, 10, 5, 14, 30, 0, 250);
    const a = await writeBackupFile(folder, new TextEncoder().encode('first'), 'auto', {
      now: clock,
    });
    const b = await writeBackupFile(folder, new TextEncoder().encode('second'), 'auto', {
      now: clock,
    });
    expect(a.name).not.toBe(b.name);
    expect(readFileSync(a.path, 'utf8')).toBe('first');
    expect(readFileSync(b.path, 'utf8')).toBe('second');
  });

  it('concurrent writes of both kinds each get their own name', async () => {
    const clock = new Date(2026, 10, 5, 14, 30, 0, 0);
    const written = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        writeBackupFile(folder, new TextEncoder().encode(`n${i}`), i % 2 ? 'auto' : 'safety', {
          now: clock,
        }),
      ),
    );
    expect(new Set(written.map((w) => w.name)).size).toBe(6);
    written.forEach((w, i) => expect(readFileSync(w.path, 'utf8')).toBe(`n${i}`));
  });

  it('lists newest written first, and not an empty file a crash left behind', async () => {
    await daily(new Date(2027, 0, 1), 1, 'ahead');
    const later = await daily(new Date(2026, 0, 1), 1, 'later');
    writeFileSync(path.join(folder, 'koopsuz-auto-2026-01-02-180000-000-000099.koopsuz'), '');
    const status = await readBackupStatus(folder);
    expect(status.files.map((f) => f.name)).toEqual([
      later[0],
      expect.stringContaining('2027-01-01'),
    ]);
  });

  it('keeps safety backups under the size cap, the newest always', async () => {
    const kb = new Uint8Array(1024);
    const names: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      names.push((await writeBackupFile(folder, kb, 'safety', { safetyCapBytes: 2500 })).name);
    }
    expect(survivors(names)).toEqual(names.slice(3));
    const huge = await writeBackupFile(folder, new Uint8Array(4096), 'safety', {
      safetyCapBytes: 2500,
    });
    expect(survivors([...names, huge.name])).toEqual([huge.name]);
  });
});
