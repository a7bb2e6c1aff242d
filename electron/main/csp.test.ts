import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP, CSP_HEADER } from './csp';

// Reads vite.config.ts as text: importing it would start loading vite and its plugins.
function cspInViteConfig(): string {
  const text = readFileSync(path.resolve(__dirname, '../../vite.config.ts'), 'utf8');
  const declaration = /export const CSP =([\s\S]*?);\s*\n/.exec(text);
  if (!declaration?.[1]) throw new Error('CSP not found in vite.config.ts');
  const literals = [...declaration[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
  return literals.join('');
}

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

describe('CSP', () => {
  it('is the same policy the renderer build injects', () => {
    expect(CSP).toBe(cspInViteConfig());
  });

  it('as a header adds only frame-ancestors, which a <meta> policy cannot carry', () => {
    const expected = directives(cspInViteConfig());
    expected.set('frame-ancestors', "'none'");
    expect(directives(CSP_HEADER)).toEqual(expected);
  });

  it('allows no remote or inline scripts', () => {
    expect(directives(CSP_HEADER).get('script-src')).toBe("'self'");
    expect(CSP_HEADER).not.toMatch(/https?:|\*/);
    expect(directives(CSP_HEADER).get('object-src')).toBe("'none'");
  });
});
