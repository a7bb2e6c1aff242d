import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Discard what you typed?" — asked when Escape (or the close cross) would lose changes. */
export function DiscardConfirm({
  opened,
  onKeep,
  onDiscard,
}: {
  opened: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onKeep}
      title={t('form.discardTitle')}
      size="sm"
      centered
      withCloseButton={false}
      // Escape here means "keep editing"; heard on the dialog itself so that the Escape which
      // opened it cannot also close it.
      closeOnEscape={false}
      zIndex={400}
    >
      <Text mb="md" data-testid="form-discard-question">
        {t('form.discardQuestion')}
      </Text>
      <Group
        justify="flex-end"
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          onKeep();
        }}
      >
        <Button variant="default" onClick={onKeep} data-autofocus data-testid="form-discard-keep">
          {t('form.keepEditing')}
        </Button>
        <Button color="red" onClick={onDiscard} data-testid="form-discard-confirm">
          {t('form.discard')}
        </Button>
      </Group>
    </Modal>
  );
}
