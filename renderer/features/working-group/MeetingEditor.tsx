import { Alert, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { today } from '../../../shared/format';
import {
  meetingInputSchema,
  type Meeting,
  type MeetingInput,
  type Member,
  type WorkingGroup,
} from '../../../shared/schemas/working-group';
import { Editable } from '../../app/read-only';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DateField } from '../../components/DateInput';
import { FormFrame } from '../../components/form/FormFrame';
import { TextField } from '../../components/form/fields';
import { useZodForm } from '../../components/form/useZodForm';
import { LocalizedTextField } from '../../components/LocalizedTextInput';
import { createMeeting, deleteMeeting, updateMeeting } from '../../db/meetings';
import { DocumentButton } from '../../components/DocumentButton';
import { AgendaEditor } from './AgendaEditor';
import { AttendanceEditor } from './AttendanceEditor';
import { DecisionsPanel } from './DecisionsPanel';
import { useMeeting } from './useWorkingGroup';

function initial(meeting: Meeting | null, members: Member[], nextNumber: string): MeetingInput {
  if (!meeting) {
    return {
      number: nextNumber,
      date: today(),
      time: '10:00',
      place: {},
      agenda: [],
      attendance: members.filter((m) => m.active).map((m) => ({ memberId: m.id, present: true })),
      guests: [],
    };
  }
  const recorded = new Set(meeting.attendance.map((a) => a.memberId));
  const missing = members
    .filter((m) => m.active && !recorded.has(m.id))
    .map((m) => ({ memberId: m.id, present: false }));
  const { number, date, time, place, agenda, attendance, guests } = meeting;
  return {
    number,
    date,
    time: time ?? '',
    place,
    agenda,
    guests,
    attendance: [...attendance, ...missing],
  };
}

interface Props {
  id: string;
  group: WorkingGroup;
  members: Member[];
  nextNumber: string;
}

/** One meeting: details, attendance, guests, agenda with minutes, and its decisions. */
export function MeetingEditor({ id, group, members, nextNumber }: Props) {
  const meeting = useMeeting(id);
  if (id !== 'new' && meeting === undefined) return <Loader />;
  if (id !== 'new' && meeting === null) return <MeetingNotFound />;
  return (
    <MeetingForm
      key={meeting?.id ?? 'new'}
      meeting={meeting ?? null}
      group={group}
      members={members}
      nextNumber={nextNumber}
    />
  );
}

function MeetingNotFound() {
  const { t } = useTranslation('workingGroup');
  return <Alert color="orange">{t('meetings.notFound')}</Alert>;
}

function MeetingForm({
  meeting,
  group,
  members,
  nextNumber,
}: Omit<Props, 'id'> & { meeting: Meeting | null }) {
  const { t } = useTranslation('workingGroup');
  const [, navigate] = useLocation();
  const form = useZodForm(meetingInputSchema, initial(meeting, members, nextNumber));
  const { control } = form;
  const hasErrors = Object.keys(form.formState.errors).length > 0;
  const back = () => navigate('/working-group/meetings');

  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <Button variant="subtle" onClick={back}>
          {`← ${t('meetings.back')}`}
        </Button>
        {meeting && (
          <Group>
            <DocumentButton kind="minutes" id={meeting.id} testId="meeting-minutes">
              {t('meetings.minutes')}
            </DocumentButton>
            <Editable>
              <ConfirmButton
                variant="subtle"
                color="red"
                question={t('meetings.deleteConfirm', { number: meeting.number })}
                testId="meeting-delete"
                onConfirm={async () => {
                  await deleteMeeting(meeting.id);
                  notifications.show({ message: t('meetings.deleted') });
                  back();
                }}
              >
                {t('meetings.delete')}
              </ConfirmButton>
            </Editable>
          </Group>
        )}
      </Group>
      <FormFrame
        form={form}
        variant="inline"
        onClose={back}
        onSubmit={async (input) => {
          if (meeting) await updateMeeting(meeting.id, input);
          else {
            const created = await createMeeting(group.id, input);
            navigate(`/working-group/meetings/${created.id}`, { replace: true });
          }
          notifications.show({ color: 'teal', message: t('meetings.saved') });
        }}
        submitLabel={t('meetings.save')}
        submitTestId="meeting-save"
      >
        <Card withBorder>
          <Group align="flex-start">
            <TextField
              control={control}
              name="number"
              label={t('meetings.number')}
              required
              testId="meeting-number"
            />
            <DateField
              control={control}
              name="date"
              label={t('meetings.date')}
              required
              testId="meeting-date"
            />
            <TextField
              control={control}
              name="time"
              label={t('meetings.time')}
              placeholder={t('meetings.timeHint')}
              testId="meeting-time"
            />
            <div style={{ flex: 1 }}>
              <LocalizedTextField
                control={control}
                name="place"
                label={t('meetings.place')}
                testId="meeting-place"
              />
            </div>
          </Group>
        </Card>
        <AttendanceEditor form={form} members={members} />
        <AgendaEditor form={form} />
        {hasErrors && (
          <Alert color="red" data-testid="meeting-errors">
            {t('meetings.fixErrors')}
          </Alert>
        )}
      </FormFrame>
      {meeting ? (
        <DecisionsPanel meeting={meeting} members={members} />
      ) : (
        <Text c="dimmed">{t('meetings.saveFirst')}</Text>
      )}
    </Stack>
  );
}
