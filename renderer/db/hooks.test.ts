/*
 * One definition per hook name across the renderer: a read hook two features need lives in
 * renderer/db/hooks.ts, so a second `useX` of another shape cannot creep in beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('read hooks', () => {
  it('every exported hook name is defined once in the renderer', () => {
    const where = new Map<string, string[]>();
    for (const file of sources(RENDERER)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/export (?:async )?function (use[A-Z]\w*)/g)) {
        const name = match[1]!;
        where.set(name, [...(where.get(name) ?? []), relative(RENDERER, file)]);
      }
    }
    expect(where.size).toBeGreaterThan(20);
    const repeated = [...where].filter(([, files]) => files.length > 1);
    expect(repeated).toEqual([]);
  });

  it('the hooks several features read are the shared ones', () => {
    const shared = readFileSync(join(RENDERER, 'db', 'hooks.ts'), 'utf8');
    for (const name of ['useProblems', 'useStudies', 'useWorkingGroup', 'useTerritories'])
      expect(shared).toContain(`export function ${name}(`);
  });
});
