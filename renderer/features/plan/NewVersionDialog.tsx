import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { formatDate, parseDate, today } from '../../../shared/format';
import { newVersion } from '../../db/plans';
import { errorMessage } from './format';

/** Makes a new editable version of a locked plan with a dated change note. */
export function NewVersionDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation('plan');
  const [, navigate] = useLocation();
  const [note, setNote] = useState('');
  const [date, setDate] = useState(formatDate(today()));
  const [failure, setFailure] = useState<string | null>(null);
  const iso = parseDate(date);
  return (
    <Modal opened onClose={onClose} title={t('editor.newVersion')} size="lg">
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (!iso) return setFailure(t('errors:invalidDate'));
          try {
            const created = await newVersion(planId, note, iso);
            onClose();
            navigate(`/plan/${created.id}`);
          } catch (error) {
            setFailure(errorMessage(t, error));
          }
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={t('editor.changeNote')}
            required
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            data-testid="version-note"
          />
          <TextInput
            label={t('editor.changeDate')}
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            placeholder={t('fields.dateHint')}
            data-testid="version-date"
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
            <Button type="submit" data-testid="version-confirm">
              {t('editor.newVersion')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
