import { Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useFieldArray, useWatch, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { meetingInputSchema, Member } from '../../../shared/schemas/working-group';
import { useBoundField, type BoundField } from '../../components/form/field';
import { CheckboxField } from '../../components/form/fields';
import type { ZodForm } from '../../components/form/useZodForm';

type MeetingForm = ZodForm<typeof meetingInputSchema>;

/** A text field of a table row: no label of its own, only its name for screen readers. */
function RowTextField<T extends FieldValues, O>({
  label,
  testId,
  w,
  ...bound
}: BoundField<T, O> & { label: string; testId: string; w?: number }) {
  const { field, inputProps } = useBoundField(bound, { testId });
  return (
    <TextInput
      {...inputProps}
      aria-label={label}
      placeholder={label}
      w={w}
      style={w ? undefined : { flex: 1 }}
      value={field.value ?? ''}
      onChange={(event) => field.onChange(event.currentTarget.value)}
    />
  );
}

function AttendanceRow({
  form,
  index,
  member,
}: {
  form: MeetingForm;
  index: number;
  member?: Member;
}) {
  const { t } = useTranslation('workingGroup');
  const present = useWatch({ control: form.control, name: `attendance.${index}.present` });
  const former = member && !member.active ? ` (${t('meetings.formerMember')})` : '';
  return (
    <Table.Tr data-testid="attendance-row">
      <Table.Td>
        <CheckboxField
          control={form.control}
          name={`attendance.${index}.present`}
          label={`${member?.fullName ?? '?'}${former}`}
          testId="attendance-present"
        />
      </Table.Td>
      <Table.Td w={360}>
        {!present && (
          <RowTextField
            control={form.control}
            name={`attendance.${index}.reason`}
            label={t('meetings.reason')}
            testId="attendance-reason"
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Who came (members ticked, a reason for the absent) and the invited guests. */
export function AttendanceEditor({ form, members }: { form: MeetingForm; members: Member[] }) {
  const { t } = useTranslation('workingGroup');
  const { control } = form;
  const attendance = useFieldArray({ control, name: 'attendance' });
  const guests = useFieldArray({ control, name: 'guests' });
  const byId = new Map(members.map((m) => [m.id, m]));
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('meetings.attendance')}
      </Title>
      {attendance.fields.length === 0 ? (
        <Text c="dimmed">{t('meetings.noMembers')}</Text>
      ) : (
        <Table data-testid="attendance-table">
          <Table.Tbody>
            {attendance.fields.map((row, index) => (
              <AttendanceRow
                key={row.id}
                form={form}
                index={index}
                member={byId.get(row.memberId)}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={5} mt="md" mb="xs">
        {t('meetings.guests')}
      </Title>
      <Stack gap="xs">
        {guests.fields.map((guest, index) => (
          <Group key={guest.id} align="flex-start">
            <RowTextField
              control={control}
              name={`guests.${index}.name`}
              label={t('meetings.guestName')}
              w={300}
              testId="guest-name"
            />
            <RowTextField
              control={control}
              name={`guests.${index}.position`}
              label={t('meetings.guestPosition')}
              testId="guest-position"
            />
            <Button variant="subtle" color="red" onClick={() => guests.remove(index)}>
              {t('meetings.remove')}
            </Button>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => guests.append({ name: '', position: '' })}
            data-testid="guest-add"
          >
            {t('meetings.addGuest')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
