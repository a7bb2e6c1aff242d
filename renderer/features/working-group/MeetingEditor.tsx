import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { today } from '../../../shared/format';
import { isLanguage } from '../../../shared/languages';
import {
  meetingInputSchema,
  type Meeting,
  type MeetingInput,
  type Member,
  type WorkingGroup,
} from '../../../shared/schemas/working-group';
import { LocalizedTextInput } from '../../components/LocalizedTextInput';
import { ConfirmButton } from '../../components/ConfirmButton';
import { createMeeting, deleteMeeting, updateMeeting } from '../../db/meetings';
import { documentHref } from '../../documents';
import { AgendaEditor } from './AgendaEditor';
import { DateTextInput } from './DateTextInput';
import { DecisionsPanel } from './DecisionsPanel';
import { saveErrors, zodErrors, type FieldErrors } from './form-errors';
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
  return { ...meeting, time: meeting.time ?? '', attendance: [...meeting.attendance, ...missing] };
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
  const { t, i18n } = useTranslation('workingGroup');
  const lang = isLanguage(i18n.language) ? i18n.language : 'ru';
  const [, navigate] = useLocation();
  const [value, setValue] = useState<MeetingInput>(() => initial(meeting, members, nextNumber));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<MeetingInput>) => setValue((v) => ({ ...v, ...patch }));
  const byId = new Map(members.map((m) => [m.id, m]));

  const save = async () => {
    const check = meetingInputSchema.safeParse(value);
    if (!check.success) return setErrors(zodErrors(t, check.error));
    setBusy(true);
    try {
      if (meeting) await updateMeeting(meeting.id, value);
      else {
        const created = await createMeeting(group.id, value);
        navigate(`/working-group/meetings/${created.id}`, { replace: true });
      }
      setErrors({});
      notifications.show({ color: 'teal', message: t('meetings.saved') });
    } catch (error) {
      setErrors(saveErrors(t, error));
    } finally {
      setBusy(false);
    }
  };

  const attendance = (memberId: string, patch: { present?: boolean; reason?: string }) =>
    set({
      attendance: value.attendance.map((a) => (a.memberId === memberId ? { ...a, ...patch } : a)),
    });

  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <Button variant="subtle" onClick={() => navigate('/working-group/meetings')}>
          {`← ${t('meetings.back')}`}
        </Button>
        {meeting && (
          <Group>
            <Button
              component="a"
              href={documentHref('minutes', meeting.id, lang)}
              variant="light"
              data-testid="meeting-minutes"
            >
              {t('meetings.minutes')}
            </Button>
            <ConfirmButton
              variant="subtle"
              color="red"
              question={t('meetings.deleteConfirm', { number: meeting.number })}
              testId="meeting-delete"
              onConfirm={async () => {
                await deleteMeeting(meeting.id);
                notifications.show({ message: t('meetings.deleted') });
                navigate('/working-group/meetings');
              }}
            >
              {t('meetings.delete')}
            </ConfirmButton>
          </Group>
        )}
      </Group>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack>
          <Card withBorder>
            <Group align="flex-start">
              <TextInput
                label={t('meetings.number')}
                required
                w={160}
                value={value.number}
                onChange={(e) => set({ number: e.currentTarget.value })}
                error={errors['number']}
                data-testid="meeting-number"
              />
              <DateTextInput
                label={t('meetings.date')}
                required
                value={value.date}
                onChange={(date) => set({ date })}
                error={errors['date']}
                testId="meeting-date"
              />
              <TextInput
                label={t('meetings.time')}
                placeholder={t('meetings.timeHint')}
                w={110}
                value={value.time ?? ''}
                onChange={(e) => set({ time: e.currentTarget.value })}
                error={errors['time']}
                data-testid="meeting-time"
              />
              <div style={{ flex: 1 }}>
                <LocalizedTextInput
                  label={t('meetings.place')}
                  value={value.place}
                  onChange={(place) => set({ place })}
                  testId="meeting-place"
                />
              </div>
            </Group>
          </Card>
          <Card withBorder>
            <Title order={4} mb="xs">
              {t('meetings.attendance')}
            </Title>
            {value.attendance.length === 0 ? (
              <Text c="dimmed">{t('meetings.noMembers')}</Text>
            ) : (
              <Table data-testid="attendance-table">
                <Table.Tbody>
                  {value.attendance.map((a) => {
                    const member = byId.get(a.memberId);
                    return (
                      <Table.Tr key={a.memberId} data-testid="attendance-row">
                        <Table.Td>
                          <Checkbox
                            label={`${member?.fullName ?? '?'}${member && !member.active ? ` (${t('meetings.formerMember')})` : ''}`}
                            checked={a.present}
                            onChange={(e) =>
                              attendance(a.memberId, { present: e.currentTarget.checked })
                            }
                            data-testid="attendance-present"
                          />
                        </Table.Td>
                        <Table.Td w={360}>
                          {!a.present && (
                            <TextInput
                              size="xs"
                              aria-label={t('meetings.reason')}
                              placeholder={t('meetings.reason')}
                              value={a.reason ?? ''}
                              onChange={(e) =>
                                attendance(a.memberId, { reason: e.currentTarget.value })
                              }
                              data-testid="attendance-reason"
                            />
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
            <Title order={5} mt="md" mb="xs">
              {t('meetings.guests')}
            </Title>
            <Stack gap="xs">
              {value.guests.map((guest, index) => (
                <Group key={index} align="flex-start">
                  <TextInput
                    aria-label={t('meetings.guestName')}
                    placeholder={t('meetings.guestName')}
                    w={300}
                    value={guest.name}
                    onChange={(e) =>
                      set({
                        guests: value.guests.map((g, i) =>
                          i === index ? { ...g, name: e.currentTarget.value } : g,
                        ),
                      })
                    }
                    error={errors[`guests.${index}.name`]}
                    data-testid="guest-name"
                  />
                  <TextInput
                    aria-label={t('meetings.guestPosition')}
                    placeholder={t('meetings.guestPosition')}
                    style={{ flex: 1 }}
                    value={guest.position ?? ''}
                    onChange={(e) =>
                      set({
                        guests: value.guests.map((g, i) =>
                          i === index ? { ...g, position: e.currentTarget.value } : g,
                        ),
                      })
                    }
                    data-testid="guest-position"
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    onClick={() => set({ guests: value.guests.filter((_, i) => i !== index) })}
                  >
                    {t('meetings.remove')}
                  </Button>
                </Group>
              ))}
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  onClick={() => set({ guests: [...value.guests, { name: '', position: '' }] })}
                  data-testid="guest-add"
                >
                  {t('meetings.addGuest')}
                </Button>
              </Group>
            </Stack>
          </Card>
          <AgendaEditor
            agenda={value.agenda}
            errors={errors}
            onChange={(agenda) => set({ agenda })}
          />
          {Object.keys(errors).length > 0 && (
            <Alert color="red" data-testid="meeting-errors">
              {t('meetings.fixErrors')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={busy} data-testid="meeting-save">
              {t('meetings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {meeting ? (
        <DecisionsPanel meeting={meeting} members={members} />
      ) : (
        <Text c="dimmed">{t('meetings.saveFirst')}</Text>
      )}
    </Stack>
  );
}
