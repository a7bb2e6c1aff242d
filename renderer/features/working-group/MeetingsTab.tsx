import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDate } from '../../../shared/format';
import { isLanguage } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import type { Decision, Meeting } from '../../../shared/schemas/working-group';

/** The group's meetings, newest first. */
export function MeetingsTab({
  meetings,
  decisions,
}: {
  meetings: Meeting[];
  decisions: Decision[];
}) {
  const { t, i18n } = useTranslation('workingGroup');
  const lang = isLanguage(i18n.language) ? i18n.language : 'ru';
  return (
    <Stack>
      <Group>
        <Button component={Link} href="/working-group/meetings/new" data-testid="meeting-new">
          {t('meetings.new')}
        </Button>
      </Group>
      {meetings.length === 0 ? (
        <Text c="dimmed">{t('meetings.empty')}</Text>
      ) : (
        <Table striped highlightOnHover data-testid="meeting-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meetings.number')}</Table.Th>
              <Table.Th>{t('meetings.date')}</Table.Th>
              <Table.Th>{t('meetings.place')}</Table.Th>
              <Table.Th>{t('meetings.attendance')}</Table.Th>
              <Table.Th>{t('tabs.decisions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meetings.map((m) => (
              <Table.Tr key={m.id} data-testid="meeting-row">
                <Table.Td>
                  <Link href={`/working-group/meetings/${m.id}`}>{`№ ${m.number}`}</Link>
                </Table.Td>
                <Table.Td>{`${formatDate(m.date)} ${m.time ?? ''}`}</Table.Td>
                <Table.Td>{pickText(m.place, lang).text}</Table.Td>
                <Table.Td>
                  {t('meetings.presentCount', {
                    present: m.attendance.filter((a) => a.present).length,
                    total: m.attendance.length,
                  })}
                </Table.Td>
                <Table.Td>{decisions.filter((d) => d.meetingId === m.id).length}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
