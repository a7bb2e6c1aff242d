import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { meetingInputSchema } from '../../../shared/schemas/working-group';
import type { ZodForm } from '../../components/form/useZodForm';
import { LocalizedTextField } from '../../components/LocalizedTextInput';
import { LocalizedTextareaField } from './LocalizedTextarea';

/** Agenda items of a meeting form with their minutes: heard / spoke / decided. */
export function AgendaEditor({ form }: { form: ZodForm<typeof meetingInputSchema> }) {
  const { t } = useTranslation('workingGroup');
  const { control } = form;
  const agenda = useFieldArray({ control, name: 'agenda' });
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('meetings.agenda')}
      </Title>
      <Stack>
        {agenda.fields.map((item, index) => (
          <Card key={item.id} withBorder bg="gray.0" data-testid="agenda-item">
            <Stack gap="xs">
              <LocalizedTextField
                control={control}
                name={`agenda.${index}.title`}
                label={t('meetings.agendaTitle', { number: index + 1 })}
                required
                testId={`agenda-${index}-title`}
                maxLength={1000}
              />
              <LocalizedTextareaField
                control={control}
                name={`agenda.${index}.heard`}
                label={t('meetings.heard')}
                testId={`agenda-${index}-heard`}
              />
              <LocalizedTextareaField
                control={control}
                name={`agenda.${index}.spoke`}
                label={t('meetings.spoke')}
                testId={`agenda-${index}-spoke`}
              />
              <LocalizedTextareaField
                control={control}
                name={`agenda.${index}.decided`}
                label={t('meetings.decided')}
                testId={`agenda-${index}-decided`}
              />
              <Group justify="flex-end">
                <Button variant="subtle" color="red" size="xs" onClick={() => agenda.remove(index)}>
                  {t('meetings.remove')}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => agenda.append({ id: crypto.randomUUID(), title: {} })}
            data-testid="agenda-add"
          >
            {t('meetings.addItem')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
