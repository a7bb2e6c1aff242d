import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TerritoryDocument } from '../../documents/territory-documents';

const STATUS_COLORS: Record<string, string> = {
  approved: 'teal',
  completed: 'teal',
  decided: 'teal',
  inProgress: 'blue',
  superseded: 'gray',
};

/** A listed document's status badges (`documents:list.status.*`, with its parameters). */
export function StatusBadges({ item }: { item: Pick<TerritoryDocument, 'badges' | 'params'> }) {
  const { t } = useTranslation('documents');
  return (
    <Group gap={4} wrap="nowrap">
      {item.badges.map((status) => (
        <Badge
          key={status}
          variant="light"
          color={STATUS_COLORS[status] ?? 'yellow'}
          tt="none"
          styles={{ label: { overflow: 'visible' } }}
        >
          {t(`list.status.${status}`, item.params)}
        </Badge>
      ))}
    </Group>
  );
}
