/*
 * The component kit's theme and its CSS variables. The variables are not computed at start-up:
 * theme-variables.css holds what MantineProvider would inject for this theme and resolver, and
 * theme.test.ts fails (printing the new sheet) whenever either changes without the sheet.
 */
import {
  createTheme,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** A palette with its darkest shade replaced (text on pale backgrounds, white on filled). */
const darkest = (name: 'orange' | 'yellow', shade9: string): MantineColorsTuple =>
  [...DEFAULT_THEME.colors[name].slice(0, 9), shade9] as unknown as MantineColorsTuple;

export const theme = createTheme({
  fontFamily: "'PT Sans', sans-serif",
  headings: { fontFamily: "'PT Sans', sans-serif" },
  primaryColor: 'teal',
  // The darkest shades: white on teal.6 and coloured text (red, orange, teal on white) fall
  // below the 4.5 : 1 contrast a clerk at an old office screen needs (axe, issue 17 item 13).
  primaryShade: 9,
  // Mantine's orange.9 and yellow.9 still read at 4.0 and 2.7 : 1 on their own pale shades.
  colors: { orange: darkest('orange', '#a84300'), yellow: darkest('yellow', '#8a5a00') },
});

// Dimmed text (hints, captions) one shade darker than Mantine's gray.6, which reads at 3.3 : 1;
// light variants (badges, the current section, light buttons) on the palest shade, not shade 1,
// and hovered buttons darker or paler than at rest, never lighter filled or deeper tinted (a
// hovered orange button read at 3.0 : 1).
export const cssVariables: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.keys(current.colors).flatMap((name) => [
        [`--mantine-color-${name}-light`, `var(--mantine-color-${name}-0)`],
        [
          `--mantine-color-${name}-light-hover`,
          `color-mix(in srgb, var(--mantine-color-${name}-1) 50%, white)`,
        ],
        [
          `--mantine-color-${name}-filled-hover`,
          `color-mix(in srgb, var(--mantine-color-${name}-9) 85%, black)`,
        ],
      ]),
    ),
  },
  dark: {},
});
