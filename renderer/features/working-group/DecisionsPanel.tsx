import { Button, Card, Group, Select, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import {
  decisionInputSchema,
  type DecisionInput,
  type Meeting,
  type Member,
} from '../../../shared/schemas/working-group';
import { LocalizedTextInput } from '../../components/LocalizedTextInput';
import { addDecision } from '../../db/meetings';
import { DateTextInput } from './DateTextInput';
import { DecisionTable } from './DecisionTable';
import { saveErrors, zodErrors, type FieldErrors } from './form-errors';
import { useDecisions } from './useWorkingGroup';

/** The decisions of one meeting, and a form to add one. */
export function DecisionsPanel({ meeting, members }: { meeting: Meeting; members: Member[] }) {
  const { t, i18n } = useTranslation('workingGroup');
  const lang = isLanguage(i18n.language) ? i18n.language : 'ru';
  const decisions = useDecisions(meeting.territoryId, meeting.id) ?? [];
  const blank = (): DecisionInput => ({
    meetingId: meeting.id,
    text: {},
    responsibleOrganisation: {},
    dueDate: '',
    status: 'open',
    agendaItemId: meeting.agenda.at(-1)?.id,
  });
  const [value, setValue] = useState<DecisionInput>(blank);
  const [formKey, setFormKey] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<DecisionInput>) => setValue((v) => ({ ...v, ...patch }));

  const add = async () => {
    const check = decisionInputSchema.safeParse(value);
    if (!check.success) return setErrors(zodErrors(t, check.error));
    try {
      await addDecision(value);
      setValue(blank());
      setFormKey((k) => k + 1);
      setErrors({});
      notifications.show({ color: 'teal', message: t('decisions.added') });
    } catch (error) {
      setErrors(saveErrors(t, error));
    }
  };

  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('tabs.decisions')}
      </Title>
      <DecisionTable decisions={decisions} members={members} />
      <form
        key={formKey}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Stack gap="xs" mt="md">
          <LocalizedTextInput
            label={t('decisions.text')}
            required
            value={value.text}
            onChange={(text) => set({ text })}
            error={errors['text']}
            testId="decision-text"
            maxLength={2000}
          />
          <Group align="flex-start" grow>
            <Select
              label={t('decisions.agendaItem')}
              placeholder={t('decisions.noItem')}
              clearable
              data={meeting.agenda.map((item, i) => ({
                value: item.id,
                label: `${i + 1}. ${pickText(item.title, lang).text}`,
              }))}
              value={value.agendaItemId ?? null}
              onChange={(id) => set({ agendaItemId: id ?? undefined })}
              data-testid="decision-item"
            />
            <Select
              label={t('decisions.responsibleMember')}
              clearable
              searchable
              data={members
                .filter((m) => m.active)
                .map((m) => ({ value: m.id, label: m.fullName }))}
              value={value.responsibleMemberId ?? null}
              onChange={(id) => set({ responsibleMemberId: id ?? undefined })}
              data-testid="decision-responsible"
            />
          </Group>
          <Group align="flex-start">
            <div style={{ flex: 1 }}>
              <LocalizedTextInput
                label={t('decisions.responsibleOrganisation')}
                value={value.responsibleOrganisation}
                onChange={(responsibleOrganisation) => set({ responsibleOrganisation })}
                testId="decision-organisation"
              />
            </div>
            <DateTextInput
              label={t('decisions.dueDate')}
              value={value.dueDate}
              onChange={(dueDate) => set({ dueDate })}
              error={errors['dueDate']}
              testId="decision-due"
            />
          </Group>
          <Group>
            <Button type="submit" variant="light" data-testid="decision-add">
              {t('decisions.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
