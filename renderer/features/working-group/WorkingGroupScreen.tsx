import { Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useTerritory } from '../../app/territory-context';
import { DocumentButton } from '../../components/DocumentButton';
import { DecisionsRegister } from './DecisionsRegister';
import { GroupForm } from './GroupForm';
import { MeetingEditor } from './MeetingEditor';
import { MeetingsTab } from './MeetingsTab';
import { MembersTab } from './MembersTab';
import { useWorkingGroup } from '../../db/hooks';
import { useDecisions, useMeetings, useMembers } from './useWorkingGroup';

const TABS = ['group', 'members', 'meetings', 'decisions'] as const;
type Tab = (typeof TABS)[number];

/** Next protocol number: one more than the largest numeric one. */
function nextNumber(numbers: string[]): string {
  const max = Math.max(0, ...numbers.map((n) => Number.parseInt(n, 10)).filter(Number.isFinite));
  return String(max + 1);
}

/** The working group section: the group, members, meetings and the decisions register. */
export default function WorkingGroupScreen() {
  const { t } = useTranslation('workingGroup');
  const territory = useTerritory();
  const [location, navigate] = useLocation();
  const group = useWorkingGroup(territory.id);
  const members = useMembers(group?.id);
  const meetings = useMeetings(group?.id);
  const decisions = useDecisions(territory.id);

  if (
    group === undefined ||
    members === undefined ||
    meetings === undefined ||
    decisions === undefined
  )
    return <Loader />;
  const parts = location.split('/').filter(Boolean); // working-group, tab, id
  const tab: Tab = (TABS as readonly string[]).includes(parts[1] ?? '')
    ? (parts[1] as Tab)
    : 'group';
  const meetingId = tab === 'meetings' ? parts[2] : undefined;

  return (
    <Stack data-testid="working-group">
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        {group && (
          <DocumentButton kind="roster" id={group.id} testId="group-roster">
            {t('group.roster')}
          </DocumentButton>
        )}
      </Group>
      {!group ? (
        <>
          <Text>{t('group.notCreated')}</Text>
          <GroupForm territoryId={territory.id} group={null} members={[]} />
        </>
      ) : (
        <Tabs
          value={tab}
          onChange={(value) =>
            navigate(value === 'group' ? '/working-group' : `/working-group/${value}`)
          }
          keepMounted={false}
        >
          <Tabs.List mb="md">
            {TABS.map((key) => (
              <Tabs.Tab key={key} value={key} data-testid={`tab-${key}`}>
                {t(`tabs.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="group">
            <GroupForm
              key={group.updatedAt}
              territoryId={territory.id}
              group={group}
              members={members}
            />
          </Tabs.Panel>
          <Tabs.Panel value="members">
            <MembersTab group={group} members={members} />
          </Tabs.Panel>
          <Tabs.Panel value="meetings">
            {meetingId ? (
              <MeetingEditor
                key={meetingId}
                id={meetingId}
                group={group}
                members={members}
                nextNumber={nextNumber(meetings.map((m) => m.number))}
              />
            ) : (
              <MeetingsTab meetings={meetings} decisions={decisions} />
            )}
          </Tabs.Panel>
          <Tabs.Panel value="decisions">
            <DecisionsRegister decisions={decisions} meetings={meetings} members={members} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
