import { Alert, Center } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { i18next } from './i18n';

/** Shows a calm message instead of a white screen; the error goes to the log with its stack. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: { componentStack?: string | null }) {
    console.error('Unhandled UI error', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Center mih="100vh" p="xl">
        <Alert color="red" maw={640}>
          {i18next.t('common:unexpectedError')}
        </Alert>
      </Center>
    );
  }
}
