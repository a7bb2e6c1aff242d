import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortDecisions } from '../../../shared/domain/decisions';
import { today } from '../../../shared/format';
import type { Decision, Meeting, Member } from '../../../shared/schemas/working-group';
import { DecisionTable } from './DecisionTable';

/** Decisions across meetings: overdue and open first, filterable by responsible member. */
export function DecisionsRegister({
  decisions,
  meetings,
  members,
}: {
  decisions: Decision[];
  meetings: Meeting[];
  members: Member[];
}) {
  const { t } = useTranslation('workingGroup');
  const [responsible, setResponsible] = useState<string | null>(null);
  const responsibleIds = new Set(decisions.map((d) => d.responsibleMemberId).filter(Boolean));
  const shown = sortDecisions(
    decisions.filter((d) => !responsible || d.responsibleMemberId === responsible),
    today(),
  );
  return (
    <Stack>
      <Text c="dimmed">{t('decisions.intro')}</Text>
      <Select
        aria-label={t('decisions.responsible')}
        placeholder={t('decisions.allResponsible')}
        clearable
        searchable
        w={320}
        data={members
          .filter((m) => responsibleIds.has(m.id))
          .map((m) => ({ value: m.id, label: m.fullName }))}
        value={responsible}
        onChange={setResponsible}
        data-testid="decision-filter"
      />
      <DecisionTable decisions={shown} members={members} meetings={meetings} />
    </Stack>
  );
}
