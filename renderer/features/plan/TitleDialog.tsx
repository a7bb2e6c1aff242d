import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/schemas/localized-text';
import { requiredLocalizedText } from '../../../shared/schemas/common';
import { errorText } from '../../app/errors';
import { LocalizedTextInput } from '../../components/LocalizedTextInput';
import { errorMessage } from './format';

const titleSchema = requiredLocalizedText(1000);

interface Props {
  heading: string;
  label: string;
  initial: LocalizedText;
  testId: string;
  onClose: () => void;
  onSave: (title: LocalizedText) => Promise<unknown>;
}

/** A one-field dialog for the title of a priority or an objective. */
export function TitleDialog({ heading, label, initial, testId, onClose, onSave }: Props) {
  const { t } = useTranslation('plan');
  const [value, setValue] = useState<LocalizedText>(initial);
  const [shown, setShown] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const check = titleSchema.safeParse(value);
  return (
    <Modal opened onClose={onClose} title={heading} size="lg">
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setShown(true);
          if (!check.success) return;
          try {
            await onSave(check.data);
            onClose();
          } catch (error) {
            setFailure(errorMessage(t, error));
          }
        }}
      >
        <Stack>
          <LocalizedTextInput
            label={label}
            required
            value={value}
            onChange={setValue}
            error={
              shown && !check.success ? errorText(t, check.error.issues[0]?.message) : undefined
            }
            testId={testId}
          />
          {failure && (
            <Text c="red" size="sm" role="alert">
              {failure}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" data-testid={`${testId}-save`}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
