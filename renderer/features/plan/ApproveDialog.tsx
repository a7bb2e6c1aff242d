import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDate, today } from '../../../shared/format';
import { APPROVAL_BODIES, approvalSchema, type Approval } from '../../../shared/schemas/plan';
import { errorText } from '../../app/errors';
import { useTerritory } from '../../app/territory-context';
import { LocalizedTextInput } from '../../components/LocalizedTextInput';
import { approvePlan } from '../../db/plans';
import { errorMessage } from './format';

/** The approval block: body, position, name, date, number; approving locks the plan. */
export function ApproveDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation('plan');
  const territory = useTerritory();
  const [value, setValue] = useState<Omit<Approval, 'date'>>({
    body: 'head',
    position: territory.office.headPosition,
    name: territory.office.headName,
    number: '',
  });
  const [date, setDate] = useState(formatDate(today()));
  const [shown, setShown] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const check = approvalSchema.safeParse({ ...value, date: parseDate(date) ?? date });
  const issue = (field: string) =>
    shown && !check.success
      ? errorText(t, check.error.issues.find((i) => i.path[0] === field)?.message)
      : undefined;
  return (
    <Modal opened onClose={onClose} title={t('approve.title')} size="lg">
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setShown(true);
          if (!check.success) return;
          try {
            await approvePlan(planId, check.data);
            onClose();
          } catch (error) {
            setFailure(errorMessage(t, error));
          }
        }}
      >
        <Stack gap="sm">
          <Alert color="orange">{t('approve.warning')}</Alert>
          <Select
            label={t('approve.body')}
            allowDeselect={false}
            value={value.body}
            data={APPROVAL_BODIES.map((body) => ({
              value: body,
              label: t(`approve.bodies.${body}`),
            }))}
            onChange={(body) => body && setValue({ ...value, body: body as Approval['body'] })}
            data-testid="approve-body"
          />
          <LocalizedTextInput
            label={t('approve.position')}
            required
            value={value.position}
            onChange={(position) => setValue({ ...value, position })}
            error={issue('position')}
            testId="approve-position"
          />
          <LocalizedTextInput
            label={t('approve.name')}
            required
            value={value.name}
            onChange={(name) => setValue({ ...value, name })}
            error={issue('name')}
            testId="approve-name"
          />
          <Group grow>
            <TextInput
              label={t('approve.date')}
              required
              placeholder={t('fields.dateHint')}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={issue('date')}
              data-testid="approve-date"
            />
            <TextInput
              label={t('approve.number')}
              required
              value={value.number}
              onChange={(e) => setValue({ ...value, number: e.currentTarget.value })}
              error={issue('number')}
              data-testid="approve-number"
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
            <Button type="submit" color="orange" data-testid="approve-confirm">
              {t('approve.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
