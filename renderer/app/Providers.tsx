import {
  createTheme,
  DEFAULT_THEME,
  MantineProvider,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import dayjs from 'dayjs';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { withStyles } from './late-styles';

/** A palette with its darkest shade replaced (text on pale backgrounds, white on filled). */
const darkest = (name: 'orange' | 'yellow', shade9: string): MantineColorsTuple =>
  [...DEFAULT_THEME.colors[name].slice(0, 9), shade9] as unknown as MantineColorsTuple;

const theme = createTheme({
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
const cssVariables: CSSVariablesResolver = (current) => ({
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

// Notifications appear only after an action, so their component (and its transitions) loads after
// the first screen; a message shown before that waits in the store and appears once it is mounted.
const Notifications = lazy(
  withStyles(() => import('@mantine/notifications').then((m) => ({ default: m.Notifications }))),
);

function LateNotifications() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setMounted(true), 200);
    return () => clearTimeout(timer);
  }, []);
  return mounted ? (
    <Suspense fallback={null}>
      <Notifications position="bottom-right" />
    </Suspense>
  ) : null;
}

/** Component kit, date pickers in the UI language, notifications, and the last-resort error screen. */
export function Providers({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  dayjs.locale(i18n.language);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <LateNotifications />
        <ErrorBoundary>{children}</ErrorBoundary>
      </DatesProvider>
    </MantineProvider>
  );
}
