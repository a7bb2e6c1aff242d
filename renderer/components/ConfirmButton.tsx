import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props extends ButtonProps {
  /** The question the clerk must confirm before anything destructive happens. */
  question: string;
  onConfirm: () => Promise<void> | void;
  children: ReactNode;
  testId?: string;
}

/** A button that asks before it acts; Enter confirms, Escape cancels. */
export function ConfirmButton({ question, onConfirm, children, testId, ...buttonProps }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button {...buttonProps} onClick={open} data-testid={testId}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={children} centered>
        <Text mb="md">{question}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('cancel')}
          </Button>
          <Button
            color="red"
            loading={busy}
            data-autofocus
            data-testid={testId ? `${testId}-confirm` : undefined}
            onClick={async () => {
              setBusy(true);
              try {
                await onConfirm();
                close();
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
