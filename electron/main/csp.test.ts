import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP } from './csp';

// Reads vite.config.ts as text: importing it would start loading vite and its plugins.
function cspInViteConfig(): string {
  const text = readFileSync(path.resolve(__dirname, '../../vite.config.ts'), 'utf8');
  const declaration = /export const CSP =([\s\S]*?);\s*\n/.exec(text);
  if (!declaration?.[1]) throw new Error('CSP not found in vite.config.ts');
  const literals = [...declaration[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
  return literals.join('');
}

describe('CSP', () => {
  it('is the same policy the renderer build injects', () => {
    expect(CSP).toBe(cspInViteConfig());
  });

  it('allows no remote or inline scripts', () => {
    expect(CSP).toContain("script-src 'self';");
    expect(CSP).not.toMatch(/https?:/);
    expect(CSP).toContain("object-src 'none'");
  });
});
