import { ActionIcon, Group, Tooltip } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { moveItem, removeItem, type ItemKind } from '../../db/plan-items';

interface Props {
  kind: ItemKind;
  id: string;
  name: string;
  locked: boolean;
  onEdit: () => void;
  testId: string;
}

/** Alt+↑ / Alt+↓ on a focused row moves it; used as the row's onKeyDown. */
export function moveKeys(kind: ItemKind, id: string, locked: boolean) {
  return (event: KeyboardEvent) => {
    if (locked || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if (event.target !== event.currentTarget) return;
    event.preventDefault();
    void moveItem(kind, id, event.key === 'ArrowUp' ? -1 : 1);
  };
}

/** Move up / down, edit, delete (with confirmation) for one item of the plan tree. */
export function ItemControls({ kind, id, name, locked, onEdit, testId }: Props) {
  const { t } = useTranslation('plan');
  if (locked) return null;
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('editor.moveUp')}>
        <ActionIcon
          variant="subtle"
          aria-label={t('editor.moveUp')}
          onClick={() => void moveItem(kind, id, -1)}
          data-testid={`${testId}-up`}
        >
          ↑
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('editor.moveDown')}>
        <ActionIcon
          variant="subtle"
          aria-label={t('editor.moveDown')}
          onClick={() => void moveItem(kind, id, 1)}
          data-testid={`${testId}-down`}
        >
          ↓
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('editor.edit')}>
        <ActionIcon
          variant="subtle"
          aria-label={t('editor.edit')}
          onClick={onEdit}
          data-testid={`${testId}-edit`}
        >
          ✎
        </ActionIcon>
      </Tooltip>
      <ConfirmButton
        size="compact-xs"
        variant="subtle"
        color="red"
        question={t('editor.removeConfirm', { name: name.slice(0, 120) })}
        onConfirm={() => removeItem(kind, id)}
        testId={`${testId}-remove`}
        aria-label={t('editor.remove')}
      >
        ✕
      </ConfirmButton>
    </Group>
  );
}
