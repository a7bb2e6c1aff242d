import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDate } from '../../../shared/format';
import { isLanguage } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import type { Decision, Meeting } from '../../../shared/schemas/working-group';
import { DataTable } from '../../components/DataTable';
import { Editable } from '../../app/read-only';

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
      <Editable>
        <Group>
          <Button component={Link} href="/working-group/meetings/new" data-testid="meeting-new">
            {t('meetings.new')}
          </Button>
        </Group>
      </Editable>
      {meetings.length === 0 ? (
        <Text c="dimmed">{t('meetings.empty')}</Text>
      ) : (
        <DataTable
          striped
          highlightOnHover
          data-testid="meeting-table"
          head={[
            t('meetings.number'),
            t('meetings.date'),
            t('meetings.place'),
            t('meetings.attendance'),
            t('tabs.decisions'),
          ]}
        >
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
        </DataTable>
      )}
    </Stack>
  );
}
