import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/schemas/working-group';
import { LocalizedTextInput } from '../../components/LocalizedTextInput';
import type { FieldErrors } from './form-errors';
import { LocalizedTextarea } from './LocalizedTextarea';

interface Props {
  agenda: AgendaItem[];
  errors: FieldErrors;
  onChange: (agenda: AgendaItem[]) => void;
}

/** Agenda items with their minutes: heard / spoke / decided. */
export function AgendaEditor({ agenda, errors, onChange }: Props) {
  const { t } = useTranslation('workingGroup');
  const update = (index: number, patch: Partial<AgendaItem>) =>
    onChange(agenda.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('meetings.agenda')}
      </Title>
      <Stack>
        {agenda.map((item, index) => (
          <Card key={item.id} withBorder bg="gray.0" data-testid="agenda-item">
            <Stack gap="xs">
              <LocalizedTextInput
                label={t('meetings.agendaTitle', { number: index + 1 })}
                required
                value={item.title}
                onChange={(title) => update(index, { title })}
                error={errors[`agenda.${index}.title`]}
                testId={`agenda-${index}-title`}
                maxLength={1000}
              />
              <LocalizedTextarea
                label={t('meetings.heard')}
                value={item.heard}
                onChange={(heard) => update(index, { heard })}
                testId={`agenda-${index}-heard`}
              />
              <LocalizedTextarea
                label={t('meetings.spoke')}
                value={item.spoke}
                onChange={(spoke) => update(index, { spoke })}
                testId={`agenda-${index}-spoke`}
              />
              <LocalizedTextarea
                label={t('meetings.decided')}
                value={item.decided}
                onChange={(decided) => update(index, { decided })}
                testId={`agenda-${index}-decided`}
              />
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => onChange(agenda.filter((_, i) => i !== index))}
                >
                  {t('meetings.remove')}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => onChange([...agenda, { id: crypto.randomUUID(), title: {} }])}
            data-testid="agenda-add"
          >
            {t('meetings.addItem')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
