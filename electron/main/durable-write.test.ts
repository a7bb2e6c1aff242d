import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

/** Every file-system step, in order, as the module under test takes it. */
const steps = vi.hoisted(() => [] as string[]);
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const base = (p: unknown) => String(p).split(/[\\/]/).pop();
  return {
    ...actual,
    open: async (file: string, flags: string) => {
      const handle = await actual.open(file, flags);
      steps.push(`open ${base(file)} ${flags}`);
      return Object.assign(Object.create(handle) as typeof handle, {
        sync: async () => {
          steps.push(`sync ${base(file)}`);
          return handle.sync();
        },
        writeFile: (data: Uint8Array) => {
          steps.push(`write ${base(file)}`);
          return handle.writeFile(data);
        },
        close: () => handle.close(),
      });
    },
    rename: async (from: string, to: string) => {
      steps.push(`rename ${base(from)} -> ${base(to)}`);
      return actual.rename(from, to);
    },
  };
});

import { createFileDurably, replaceFileDurably } from './durable-write';

const root = mkdtempSync(path.join(tmpdir(), 'koopsuz-durable-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(root, 'case-'));
  steps.length = 0;
});
const bytes = new Uint8Array([1, 2, 3]);

describe('createFileDurably', () => {
  it('claims the name with wx, writes and fsyncs a temporary file, renames it, fsyncs the folder', async () => {
    await createFileDurably(folder, 'a.koopsuz', bytes);
    expect(steps).toEqual([
      'open a.koopsuz wx',
      'open a.koopsuz.part wx',
      'write a.koopsuz.part',
      'sync a.koopsuz.part',
      'rename a.koopsuz.part -> a.koopsuz',
      `open ${path.basename(folder)} r`,
      `sync ${path.basename(folder)}`,
    ]);
    expect(readdirSync(folder)).toEqual(['a.koopsuz']);
    expect(new Uint8Array(readFileSync(path.join(folder, 'a.koopsuz')))).toEqual(bytes);
  });

  it('never replaces a file that has the name', async () => {
    writeFileSync(path.join(folder, 'a.koopsuz'), 'older backup');
    await expect(createFileDurably(folder, 'a.koopsuz', bytes)).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(readFileSync(path.join(folder, 'a.koopsuz'), 'utf8')).toBe('older backup');
    expect(readdirSync(folder)).toEqual(['a.koopsuz']);
  });

  it('leaves a stale temporary file of someone else alone and releases its claim', async () => {
    writeFileSync(path.join(folder, 'a.koopsuz.part'), 'stale');
    await expect(createFileDurably(folder, 'a.koopsuz', bytes)).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(readdirSync(folder)).toEqual(['a.koopsuz.part']);
  });
});

describe('replaceFileDurably', () => {
  it('replaces in one rename after an fsync', async () => {
    writeFileSync(path.join(folder, 'status.json'), '{"old":true}');
    await replaceFileDurably(folder, 'status.json', new TextEncoder().encode('{"new":true}'));
    expect(readFileSync(path.join(folder, 'status.json'), 'utf8')).toBe('{"new":true}');
    expect(readdirSync(folder)).toEqual(['status.json']);
    expect(steps.filter((s) => s.startsWith('sync')).length).toBe(2);
    expect(steps.findIndex((s) => s.startsWith('sync'))).toBeLessThan(
      steps.findIndex((s) => s.startsWith('rename')),
    );
  });
});
