import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import dayjs from 'dayjs';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { withStyles } from './late-styles';
import { theme } from './theme';

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
    // The theme's CSS variables are a static sheet (theme-variables.css, checked by theme.test.ts):
    // computing them took a slice of every start-up.
    <MantineProvider theme={theme} withCssVariables={false}>
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <LateNotifications />
        <ErrorBoundary>{children}</ErrorBoundary>
      </DatesProvider>
    </MantineProvider>
  );
}
