/*
 * The theme's CSS variables are a static sheet loaded with the first styles instead of being
 * computed by MantineProvider at every start (issue 18): it must be exactly what the provider
 * would inject for this theme and resolver, else colours silently drift from the theme.
 */
import { readFileSync } from 'node:fs';
import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { cssVariables, theme } from './theme';

/** The variables sheet MantineProvider injects for the theme (its `<style data-mantine-styles>`). */
function injectedVariables(): string {
  const html = renderToString(
    createElement(
      MantineProvider,
      { theme, cssVariablesResolver: cssVariables },
      createElement('main'),
    ),
  );
  const sheets = [...html.matchAll(/<style data-mantine-styles="true"[^>]*>([^<]*)<\/style>/g)];
  return sheets.map((m) => m[1]!).join('');
}

describe('theme variables sheet', () => {
  it('holds exactly the variables MantineProvider would inject for the theme', () => {
    const injected = injectedVariables();
    // The theme does change variables (primary colour, shades, dimmed text): never an empty match.
    expect(injected).toContain('--mantine-primary-color-filled');
    expect(injected).toContain('--mantine-color-dimmed: var(--mantine-color-gray-7)');
    const sheet = readFileSync(new URL('./theme-variables.css', import.meta.url), 'utf8');
    // On failure after a theme change: put `injected` (the received value) in theme-variables.css.
    expect(sheet.replace(/\/\*[\s\S]*?\*\/\s*/, '').trim()).toBe(injected.trim());
  });
});
