/*
 * The exchange folder on a real disk: packages written durably and never over another file, the
 * folder listed newest first with only package files (not Syncthing's temporary files, links,
 * empty or oversized files), reads refusing names that leave the folder.
 */
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  chosenExchangeFolder,
  EXCHANGE_FILE_CAP,
  listExchangeFolder,
  readExchangeFile,
  rememberExchangeFolder,
  writeExchangeFile,
} from './exchange-folder';

const root = mkdtempSync(path.join(tmpdir(), 'koopsuz-exchange-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(root, 'case-'));
});
const bytes = (text: string) => new TextEncoder().encode(text);
const NAME = 'koopsuz-Leninsky-0001.koopsuz-exchange';

describe('the exchange folder', () => {
  it('remembers the folder the clerk chose; nothing before, nothing relative', async () => {
    const userData = mkdtempSync(path.join(root, 'user-'));
    expect(await chosenExchangeFolder(userData)).toBeNull();
    await rememberExchangeFolder(userData, folder);
    expect(await chosenExchangeFolder(userData)).toBe(folder);
    await expect(rememberExchangeFolder(userData, 'relative/path')).rejects.toThrow();
    writeFileSync(path.join(userData, 'exchange-folder.json'), '{"folder":"not/absolute"}');
    expect(await chosenExchangeFolder(userData)).toBeNull();
  });

  it('writes a package whole, and a second one of the same name beside it', async () => {
    expect(await writeExchangeFile(folder, NAME, bytes('first'))).toBe(NAME);
    const second = await writeExchangeFile(folder, NAME, bytes('second'));
    expect(second).toBe('koopsuz-Leninsky-0001-2.koopsuz-exchange');
    expect(readFileSync(path.join(folder, NAME), 'utf8')).toBe('first');
    expect(readFileSync(path.join(folder, second), 'utf8')).toBe('second');
    expect(readdirSync(folder).sort()).toEqual([NAME, second].sort());
    await expect(
      writeExchangeFile(folder, '../escape.koopsuz-exchange', bytes('x')),
    ).rejects.toThrow();
  });

  it('lists only package files, newest first', async () => {
    const put = (name: string, text: string, at: number) => {
      writeFileSync(path.join(folder, name), text);
      utimesSync(path.join(folder, name), at, at);
    };
    put('koopsuz-Oktyabrsky-0002.koopsuz-exchange', 'old', 1_700_000_000);
    put('koopsuz-Ленинский-0003.koopsuz-exchange', 'new', 1_800_000_000);
    put('.syncthing.koopsuz-Leninsky-0004.koopsuz-exchange.tmp', 'partial', 1_900_000_000);
    put('notes.txt', 'hello', 1_900_000_000);
    put('koopsuz-Empty-0001.koopsuz-exchange', '', 1_900_000_000);
    put('koopsuz-Huge-0001.koopsuz-exchange', '', 1_900_000_000);
    truncateSync(path.join(folder, 'koopsuz-Huge-0001.koopsuz-exchange'), EXCHANGE_FILE_CAP + 1);
    symlinkSync('/etc/passwd', path.join(folder, 'koopsuz-Link-0001.koopsuz-exchange'));
    const listed = await listExchangeFolder(folder);
    expect(listed.map((f) => f.name)).toEqual([
      'koopsuz-Ленинский-0003.koopsuz-exchange',
      'koopsuz-Oktyabrsky-0002.koopsuz-exchange',
    ]);
    expect(listed[0]!.size).toBe(3);
  });

  it('reads a listed package, and refuses links and names outside the folder', async () => {
    writeFileSync(path.join(folder, NAME), 'package');
    expect(new TextDecoder().decode(await readExchangeFile(folder, NAME))).toBe('package');
    symlinkSync('/etc/hostname', path.join(folder, 'koopsuz-Link-0001.koopsuz-exchange'));
    await expect(readExchangeFile(folder, 'koopsuz-Link-0001.koopsuz-exchange')).rejects.toThrow();
    await expect(readExchangeFile(folder, '../koopsuz-x-1.koopsuz-exchange')).rejects.toThrow();
    await expect(readExchangeFile(folder, 'notes.txt')).rejects.toThrow();
  });
});
