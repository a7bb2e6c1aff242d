import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useLanguage } from '../app/useLanguage';
import { documentHref } from '../documents';

/** A button opening document `kind` of record `id` (its print preview) in the UI language. */
export function DocumentButton({
  kind,
  id,
  testId,
  children,
}: {
  kind: string;
  id: string;
  testId: string;
  children: ReactNode;
}) {
  const lang = useLanguage();
  return (
    <Button component="a" href={documentHref(kind, id, lang)} variant="light" data-testid={testId}>
      {children}
    </Button>
  );
}
