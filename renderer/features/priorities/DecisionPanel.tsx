import { Alert, Button, Group, List, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectionProblem } from '../../../shared/domain/priorities/snapshot';
import { formatDate, today } from '../../../shared/format';
import { pickText } from '../../../shared/schemas/localized-text';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useTerritory } from '../../app/territory-context';
import { freezeSnapshot, updateAssessment } from '../../db/priorities';
import { problemName, snapshotOf, type AssessmentViewProps } from './assessment-model';
import { useReportError } from './useReportError';
import { useGroupRecords } from './usePriorities';
import { useLanguage } from '../../app/useLanguage';

/** The choice: the selected priorities, the meeting that decided them, and freezing a snapshot. */
export function DecisionPanel({ assessment, model }: AssessmentViewProps) {
  const { t } = useTranslation('priorities');
  const lang = useLanguage();
  const territory = useTerritory();
  const group = useGroupRecords(territory.id);
  const report = useReportError();
  const [meetingId, setMeetingId] = useState<string | null>(assessment.decisionMeetingId ?? null);
  const [decisionId, setDecisionId] = useState<string | null>(assessment.decisionId ?? null);
  const [label, setLabel] = useState('');
  const ordered = model.ranking.rows.filter((r) => assessment.selected.includes(r.code));
  const problem = selectionProblem(assessment.selected);
  const meetings = group?.meetings ?? [];
  const decisions = (group?.decisions ?? []).filter((d) => d.meetingId === meetingId);

  const freeze = () =>
    report(async () => {
      const meeting = meetings.find((m) => m.id === assessment.decisionMeetingId);
      const decision = group?.decisions.find((d) => d.id === assessment.decisionId);
      const content = snapshotOf(model, {
        takenOn: today(),
        criteria: assessment.criteria,
        selected: ordered.map((r) => r.code),
        meeting,
        decision,
      });
      await freezeSnapshot(assessment.id, content, label.trim() || undefined);
      setLabel('');
      notifications.show({ color: 'teal', message: t('decision.frozen') });
    });

  return (
    <Stack gap="md" maw={760}>
      <Text fw={600}>{t('decision.selection')}</Text>
      {ordered.length === 0 ? (
        <Text c="dimmed">{t('decision.noneSelected')}</Text>
      ) : (
        <List type="ordered" data-testid="decision-selection">
          {ordered.map((row) => (
            <List.Item key={row.code}>{problemName(model.titles, row.code, lang)}</List.Item>
          ))}
        </List>
      )}
      {problem && <Alert color="orange">{t(problem)}</Alert>}
      {meetings.length === 0 ? (
        <Text c="dimmed">{t('decision.noMeetings')}</Text>
      ) : (
        <Group align="flex-end">
          <Select
            label={t('decision.meeting')}
            data-testid="decision-meeting"
            value={meetingId}
            clearable
            onChange={(value) => {
              setMeetingId(value);
              setDecisionId(null);
            }}
            data={meetings.map((m) => ({
              value: m.id,
              label: t('decision.meetingLabel', { number: m.number, date: formatDate(m.date) }),
            }))}
          />
          <Select
            label={t('decision.decisionRecord')}
            value={decisionId}
            clearable
            disabled={decisions.length === 0}
            onChange={setDecisionId}
            data={decisions.map((d) => ({
              value: d.id,
              label: pickText(d.text, lang).text.slice(0, 80),
            }))}
          />
          <Button
            variant="light"
            data-testid="decision-link"
            onClick={() =>
              report(() =>
                updateAssessment(assessment.id, {
                  decisionMeetingId: meetingId ?? undefined,
                  decisionId: decisionId ?? undefined,
                }),
              ).then(
                (ok) => ok && notifications.show({ color: 'teal', message: t('decision.linked') }),
              )
            }
          >
            {t('decision.saveLink')}
          </Button>
        </Group>
      )}
      <Group align="flex-end">
        <TextInput
          label={t('decision.label')}
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
          data-testid="snapshot-label"
        />
        <ConfirmButton
          question={t('decision.freezeQuestion')}
          onConfirm={() => freeze().then(() => undefined)}
          disabled={problem !== null}
          testId="snapshot-freeze"
        >
          {t('decision.freeze')}
        </ConfirmButton>
      </Group>
    </Stack>
  );
}
