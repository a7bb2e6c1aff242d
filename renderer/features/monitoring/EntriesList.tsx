import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format';
import type { ProgressEntry } from '../../../shared/schemas/monitoring';
import { removeProgressEntry } from '../../db/monitoring/progress';
import { EntryForm } from './EntryForm';
import type { ActivityRow } from './model';
import { RowActions } from './parts';

/** An activity's progress entries, newest first, with add, edit and delete. */
export function EntriesList({
  planId,
  row,
  editable,
}: {
  planId: string;
  row: ActivityRow;
  editable: boolean;
}) {
  const { t } = useTranslation('monitoring');
  const [editing, setEditing] = useState<ProgressEntry | 'new' | null>(null);
  return (
    <Stack gap="xs" data-testid="entries">
      {row.entries.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('entries.none')}
        </Text>
      )}
      {row.entries.map((entry) => (
        <Group key={entry.id} justify="space-between" wrap="nowrap" data-testid="entry">
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {`${formatDate(entry.date)} · ${entry.reportedBy ?? ''}`}
            </Text>
            <Text size="sm">{entry.text}</Text>
            {entry.documents.length > 0 && (
              <Text size="xs" c="dimmed">
                {entry.documents
                  .map((d) =>
                    [
                      t(`documentType.${d.type}`),
                      d.number && `№ ${d.number}`,
                      d.date && formatDate(d.date),
                    ]
                      .filter(Boolean)
                      .join(' '),
                  )
                  .join('; ')}
              </Text>
            )}
          </Stack>
          {editable && (
            <RowActions
              onEdit={() => setEditing(entry)}
              onDelete={() => removeProgressEntry(planId, entry.id)}
              question={t('entries.deleteQuestion')}
            />
          )}
        </Group>
      ))}
      {editable && (
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => setEditing('new')}
            data-testid="entry-add"
          >
            {t('entries.add')}
          </Button>
        </Group>
      )}
      {editing && (
        <EntryForm
          planId={planId}
          territoryId={row.node.activity.territoryId}
          activityKey={row.key}
          entry={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
