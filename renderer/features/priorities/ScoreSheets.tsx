import {
  Button,
  Group,
  Select,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, ScoreSheet } from '../../../shared/schemas/priorities';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useTerritory } from '../../app/territory-context';
import { addSheet, removeSheet } from '../../db/priorities';
import type { AssessmentModel } from './assessment-model';
import { ScoreGrid } from './ScoreGrid';
import { ScoreSummary } from './ScoreSummary';
import { useReportError } from './useReportError';
import { useGroupRecords } from './usePriorities';

/** Members' ballots typed from paper, or one consensus sheet; then the summary and disagreements. */
export function ScoreSheets({
  assessment,
  sheets,
  model,
}: {
  assessment: Assessment;
  sheets: ScoreSheet[];
  model: AssessmentModel;
}) {
  const { t } = useTranslation('priorities');
  const territory = useTerritory();
  const group = useGroupRecords(territory.id);
  const report = useReportError();
  const [sheetId, setSheetId] = useState<string | null>(null);
  const [memberName, setMemberName] = useState('');
  const [memberId, setMemberId] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const sheet = sheets.find((s) => s.id === sheetId) ?? sheets[0];
  const hasConsensus = sheets.some((s) => s.kind === 'consensus');
  const label = (s: ScoreSheet) =>
    s.kind === 'consensus'
      ? t('sheets.consensus')
      : (s.memberName ?? group?.members.find((m) => m.id === s.memberId)?.fullName ?? '?');

  const add = (kind: 'member' | 'consensus') =>
    report(async () => {
      const member = group?.members.find((m) => m.id === memberId);
      const name = memberName.trim() || member?.fullName || '';
      if (kind === 'member' && !name) {
        setNameError(t('errors.emptyName'));
        return;
      }
      const created = await addSheet(assessment.id, {
        kind,
        ...(kind === 'member' ? { memberName: name } : {}),
        ...(kind === 'member' && member ? { memberId: member.id } : {}),
      });
      setSheetId(created.id);
      setMemberName('');
      setMemberId(null);
    });

  return (
    <Stack gap="md">
      <Group align="flex-end">
        {group && group.members.length > 0 && (
          <Select
            label={t('sheets.chooseMember')}
            clearable
            searchable
            value={memberId}
            onChange={setMemberId}
            data={group.members.map((m) => ({ value: m.id, label: m.fullName }))}
          />
        )}
        <TextInput
          label={t('sheets.memberName')}
          value={memberName}
          error={nameError}
          data-testid="sheet-member-name"
          onChange={(event) => {
            setMemberName(event.currentTarget.value);
            setNameError(null);
          }}
        />
        <Button variant="light" onClick={() => add('member')} data-testid="sheet-add-member">
          {t('sheets.addMember')}
        </Button>
        {!hasConsensus && (
          <Button
            variant="light"
            onClick={() => add('consensus')}
            data-testid="sheet-add-consensus"
          >
            {t('sheets.addConsensus')}
          </Button>
        )}
      </Group>
      {sheets.length === 0 || !sheet ? (
        <Text c="dimmed">{t('sheets.none')}</Text>
      ) : (
        <>
          <Group justify="space-between">
            <SegmentedControl
              aria-label={t('sheets.sheet')}
              data-testid="sheet-switcher"
              value={sheet.id}
              onChange={setSheetId}
              data={sheets.map((s) => ({ value: s.id, label: label(s) }))}
            />
            <ConfirmButton
              variant="subtle"
              color="red"
              question={t('sheets.removeQuestion')}
              onConfirm={() => report(() => removeSheet(sheet.id)).then(() => setSheetId(null))}
            >
              {t('sheets.remove')}
            </ConfirmButton>
          </Group>
          <Title order={5}>{label(sheet)}</Title>
          <Text size="sm" c="dimmed">
            {t('sheets.hint')}
          </Text>
          <ScoreGrid key={sheet.id} sheet={sheet} assessment={assessment} model={model} />
        </>
      )}
      <ScoreSummary model={model} />
    </Stack>
  );
}
