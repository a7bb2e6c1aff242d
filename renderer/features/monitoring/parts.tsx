/* Small pieces the monitoring tables share: a header row, and a record's edit / delete buttons. */
import { Button, Group, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useReadOnly } from '../../app/read-only';

/** A table's header: one cell per label ('' for an empty one). */
export function HeadRow({ labels }: { labels: string[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {labels.map((label, i) => (
          <Table.Th key={i}>{label}</Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

/** Edit and delete (asked first) of one record. */
export function RowActions({
  onEdit,
  onDelete,
  question,
  testId,
}: {
  onEdit: () => void;
  onDelete: () => Promise<void>;
  question: string;
  /** Test ids `${testId}-edit` and `${testId}-delete` (its confirmation `-delete-confirm`). */
  testId?: string;
}) {
  const { t } = useTranslation('monitoring');
  if (useReadOnly()) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" variant="subtle" onClick={onEdit} data-testid={testId && `${testId}-edit`}>
        {t('edit')}
      </Button>
      <ConfirmButton
        size="xs"
        variant="subtle"
        color="red"
        question={question}
        onConfirm={onDelete}
        testId={testId && `${testId}-delete`}
      >
        {t('delete')}
      </ConfirmButton>
    </Group>
  );
}

/** The small light button that starts a record's form (status, value, accept). */
export function LightButton({
  onClick,
  testId,
  children,
}: {
  onClick: () => void;
  testId: string;
  children: ReactNode;
}) {
  if (useReadOnly()) return null;
  return (
    <Button size="xs" variant="light" onClick={onClick} data-testid={testId}>
      {children}
    </Button>
  );
}
