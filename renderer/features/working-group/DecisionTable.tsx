import { Anchor, Badge, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isOverdue } from '../../../shared/domain/decisions';
import { formatDate, today } from '../../../shared/format';
import { isLanguage } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import {
  DECISION_STATUSES,
  type Decision,
  type DecisionStatus,
  type Meeting,
  type Member,
} from '../../../shared/schemas/working-group';
import { ConfirmButton } from '../../components/ConfirmButton';
import { deleteDecision, setDecisionStatus } from '../../db/meetings';
import { Editable, useReadOnly } from '../../app/read-only';

interface Props {
  decisions: Decision[];
  members: Member[];
  /** When given, a column links each decision to its meeting (the register). */
  meetings?: Meeting[];
}

/** Decisions with responsible, due date and a status the clerk changes in place. */
export function DecisionTable({ decisions, members, meetings }: Props) {
  const { t, i18n } = useTranslation('workingGroup');
  const lang = isLanguage(i18n.language) ? i18n.language : 'ru';
  const byId = new Map(members.map((m) => [m.id, m]));
  const meetingById = new Map((meetings ?? []).map((m) => [m.id, m]));
  const now = today();
  const readOnly = useReadOnly();
  if (decisions.length === 0) return <Text c="dimmed">{t('decisions.empty')}</Text>;
  return (
    <Table striped data-testid="decision-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('decisions.text')}</Table.Th>
          {meetings && <Table.Th>{t('decisions.meeting')}</Table.Th>}
          <Table.Th>{t('decisions.responsible')}</Table.Th>
          <Table.Th>{t('decisions.dueDate')}</Table.Th>
          <Table.Th>{t('decisions.status')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {decisions.map((d) => {
          const meeting = meetingById.get(d.meetingId);
          const responsible = [
            d.responsibleMemberId ? byId.get(d.responsibleMemberId)?.fullName : '',
            pickText(d.responsibleOrganisation, lang).text,
          ]
            .filter(Boolean)
            .join(', ');
          return (
            <Table.Tr key={d.id} data-testid="decision-row">
              <Table.Td>{pickText(d.text, lang).text}</Table.Td>
              {meetings && (
                <Table.Td>
                  {meeting && (
                    <Anchor href={`#/working-group/meetings/${meeting.id}`}>
                      {t('decisions.meetingLabel', {
                        number: meeting.number,
                        date: formatDate(meeting.date),
                      })}
                    </Anchor>
                  )}
                </Table.Td>
              )}
              <Table.Td>{responsible}</Table.Td>
              <Table.Td>
                {d.dueDate ? formatDate(d.dueDate) : ''}
                {isOverdue(d, now) && (
                  <Badge ml="xs" color="red" size="sm" data-testid="decision-overdue">
                    {t('decisions.overdue')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td w={170}>
                <Select
                  size="xs"
                  allowDeselect={false}
                  aria-label={t('decisions.status')}
                  data={DECISION_STATUSES.map((s) => ({
                    value: s,
                    label: t(`decisions.statuses.${s}`),
                  }))}
                  value={d.status}
                  onChange={(s) => s && void setDecisionStatus(d.id, s as DecisionStatus)}
                  disabled={readOnly}
                  data-testid="decision-status"
                />
              </Table.Td>
              <Table.Td w={90}>
                <Editable>
                  <ConfirmButton
                    size="xs"
                    variant="subtle"
                    color="red"
                    question={t('decisions.deleteConfirm')}
                    onConfirm={async () => void (await deleteDecision(d.id))}
                  >
                    {t('decisions.delete')}
                  </ConfirmButton>
                </Editable>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
