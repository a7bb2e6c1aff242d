import { createTheme, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';

const theme = createTheme({
  fontFamily: "'PT Sans', sans-serif",
  headings: { fontFamily: "'PT Sans', sans-serif" },
  primaryColor: 'teal',
});

/** Component kit, date pickers in the UI language, notifications, and the last-resort error screen. */
export function Providers({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  dayjs.locale(i18n.language);
  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        <ErrorBoundary>{children}</ErrorBoundary>
      </DatesProvider>
    </MantineProvider>
  );
}
