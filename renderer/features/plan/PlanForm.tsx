import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planInputSchema, type PlanInput } from '../../../shared/schemas/plan';
import { errorText } from '../../app/errors';
import { IntegerInput } from '../../components/IntegerInput';
import { LocalizedTextInput } from '../../components/LocalizedTextInput';
import { errorMessage } from './format';

interface Props {
  title: string;
  hint?: string;
  initial: PlanInput;
  onClose: () => void;
  onSave: (input: PlanInput) => Promise<void>;
}

/** Title and period of a plan (create, edit, copy from a previous cycle). */
export function PlanForm({ title, hint, initial, onClose, onSave }: Props) {
  const { t } = useTranslation('plan');
  const [value, setValue] = useState<PlanInput>(initial);
  const [shown, setShown] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const check = planInputSchema.safeParse(value);
  const issue = (field: string) =>
    shown && !check.success
      ? errorText(t, check.error.issues.find((i) => i.path[0] === field)?.message)
      : undefined;

  const submit = async () => {
    setShown(true);
    if (!check.success) return;
    setBusy(true);
    try {
      await onSave(check.data);
      onClose();
    } catch (error) {
      setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          {hint && <Text size="sm">{hint}</Text>}
          <LocalizedTextInput
            label={t('fields.title')}
            required
            value={value.title}
            onChange={(next) => setValue({ ...value, title: next })}
            error={issue('title')}
            testId="plan-title"
          />
          <Group grow>
            <IntegerInput
              label={t('fields.startYear')}
              required
              value={value.startYear}
              onChange={(startYear) => setValue({ ...value, startYear })}
              error={issue('startYear')}
              testId="plan-start-year"
            />
            <IntegerInput
              label={t('fields.endYear')}
              required
              value={value.endYear}
              onChange={(endYear) => setValue({ ...value, endYear })}
              error={issue('endYear')}
              testId="plan-end-year"
            />
          </Group>
          {failure && (
            <Text c="red" size="sm" role="alert">
              {failure}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="plan-save">
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
