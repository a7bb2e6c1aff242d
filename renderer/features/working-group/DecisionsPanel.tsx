import { Box, Card, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../shared/schemas/localized-text';
import {
  decisionInputSchema,
  type DecisionInput,
  type Meeting,
  type Member,
} from '../../../shared/schemas/working-group';
import { useLanguage } from '../../app/useLanguage';
import { DateField } from '../../components/DateInput';
import { FormFrame } from '../../components/form/FormFrame';
import { SelectField } from '../../components/form/fields';
import { useZodForm } from '../../components/form/useZodForm';
import { LocalizedTextField } from '../../components/LocalizedTextInput';
import { addDecision } from '../../db/meetings';
import { DecisionTable } from './DecisionTable';
import { useDecisions } from './useWorkingGroup';

/** The decisions of one meeting, and a form to add one. */
export function DecisionsPanel({ meeting, members }: { meeting: Meeting; members: Member[] }) {
  const { t } = useTranslation('workingGroup');
  const lang = useLanguage();
  const decisions = useDecisions(meeting.territoryId, meeting.id) ?? [];
  const blank = (): DecisionInput => ({
    meetingId: meeting.id,
    text: {},
    responsibleOrganisation: {},
    status: 'open',
    agendaItemId: meeting.agenda.at(-1)?.id,
  });
  const form = useZodForm(decisionInputSchema, blank());
  const { control } = form;

  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('tabs.decisions')}
      </Title>
      <DecisionTable decisions={decisions} members={members} />
      <Box mt="md">
        <FormFrame
          form={form}
          variant="inline"
          // The meeting's own form above takes the cursor when the page opens.
          autoFocus={false}
          onSubmit={async (input) => {
            // The new row in the table above is the confirmation (a toast would cover Add).
            await addDecision(input);
            form.reset(blank());
            form.setFocus('text');
          }}
          submitLabel={t('decisions.add')}
          submitTestId="decision-add"
        >
          <LocalizedTextField
            control={control}
            name="text"
            label={t('decisions.text')}
            required
            testId="decision-text"
            maxLength={2000}
          />
          <Group align="flex-start" grow>
            <SelectField
              control={control}
              name="agendaItemId"
              label={t('decisions.agendaItem')}
              placeholder={t('decisions.noItem')}
              clearable
              data={meeting.agenda.map((item, i) => ({
                value: item.id,
                label: `${i + 1}. ${pickText(item.title, lang).text}`,
              }))}
              testId="decision-item"
            />
            <SelectField
              control={control}
              name="responsibleMemberId"
              label={t('decisions.responsibleMember')}
              clearable
              searchable
              data={members
                .filter((m) => m.active)
                .map((m) => ({ value: m.id, label: m.fullName }))}
              testId="decision-responsible"
            />
          </Group>
          <Group align="flex-start">
            <div style={{ flex: 1 }}>
              <LocalizedTextField
                control={control}
                name="responsibleOrganisation"
                label={t('decisions.responsibleOrganisation')}
                testId="decision-organisation"
              />
            </div>
            <DateField
              control={control}
              name="dueDate"
              optional
              label={t('decisions.dueDate')}
              testId="decision-due"
            />
          </Group>
        </FormFrame>
      </Box>
    </Card>
  );
}
