/*
 * The preload runs before every page load, so it must stay small: built as `npm run build:preload`
 * builds it, it holds no zod (the contract's schemas stay in the main process) and nothing from
 * node_modules but the external electron module.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('preload bundle', () => {
  it('bundles no zod and no package from node_modules', async () => {
    const result = await build({
      entryPoints: [path.join(__dirname, 'index.ts')],
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'cjs',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.includes('shared/ipc-channels.ts'))).toBe(true);
    expect(inputs.filter((file) => file.includes('node_modules'))).toEqual([]);
    const text = result.outputFiles[0]?.text ?? '';
    expect(text).not.toMatch(/zod|ZodError|safeParse/);
    expect(text).toContain('app:get-info');
    expect(text.length).toBeLessThan(10_000);
  });
});
