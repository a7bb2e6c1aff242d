import { Button, Checkbox, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareSnapshots } from '../../../shared/domain/priorities/snapshot';
import { formatDate } from '../../../shared/format';
import type { LocalizedText } from '../../../shared/schemas/localized-text';
import type { Assessment, PrioritySnapshot } from '../../../shared/schemas/priorities';
import { updateSnapshot } from '../../db/priorities';
import { criterionName, problemName } from './assessment-model';
import { useReportError } from './useReportError';
import { useSnapshots } from './usePriorities';
import { useLanguage } from '../../app/useLanguage';
import { DataTable } from '../../components/DataTable';
import { Editable } from '../../app/read-only';

/** Frozen snapshots, newest first; tick two to compare them. */
export function SnapshotsPanel({
  assessment,
  titles,
}: {
  assessment: Assessment;
  titles: Map<string, LocalizedText>;
}) {
  const { t } = useTranslation('priorities');
  const lang = useLanguage();
  const snapshots = useSnapshots(assessment.id) ?? [];
  const report = useReportError();
  const [ticked, setTicked] = useState<string[]>([]);
  const name = (code: string) => problemName(titles, code, lang);
  if (snapshots.length === 0) return <Text c="dimmed">{t('snapshots.none')}</Text>;
  const pair = snapshots
    .filter((s) => ticked.includes(s.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('snapshots.frozenNote')}
      </Text>
      {snapshots.map((snapshot) => (
        <Paper key={snapshot.id} withBorder p="sm" data-testid="snapshot">
          <Group justify="space-between">
            <Checkbox
              label={`${t('snapshots.taken', { date: formatDate(snapshot.takenOn) })}${snapshot.label ? ` — ${snapshot.label}` : ''}`}
              checked={ticked.includes(snapshot.id)}
              data-testid="snapshot-tick"
              onChange={(event) => {
                // Read now: React clears currentTarget before the updater runs.
                const on = event.currentTarget.checked;
                setTicked((list) =>
                  on ? [...list.slice(-1), snapshot.id] : list.filter((id) => id !== snapshot.id),
                );
              }}
            />
            <Editable>
              <Button
                size="xs"
                variant="subtle"
                data-testid="snapshot-edit"
                onClick={() => report(() => updateSnapshot(snapshot.id, {}))}
              >
                {t('snapshots.edit')}
              </Button>
            </Editable>
          </Group>
          <Text size="sm" mt={4}>
            {snapshot.content.selected.map(name).join(' · ')}
          </Text>
        </Paper>
      ))}
      {pair.length === 2 && <Comparison a={pair[0]!} b={pair[1]!} name={name} />}
    </Stack>
  );
}

function Comparison({
  a,
  b,
  name,
}: {
  a: PrioritySnapshot;
  b: PrioritySnapshot;
  name: (code: string) => string;
}) {
  const { t } = useTranslation('priorities');
  const lang = useLanguage();
  const diff = compareSnapshots(a.content, b.content);
  const criterion = (key: string) =>
    criterionName(
      [...b.content.criteria, ...a.content.criteria].find((c) => c.key === key) ?? { key },
      t,
      lang,
    );
  const dash = t('snapshots.nothing');
  return (
    <Paper withBorder p="sm" data-testid="snapshot-comparison">
      <Text
        fw={600}
      >{`${t('snapshots.compare')}: ${formatDate(a.takenOn)} → ${formatDate(b.takenOn)}`}</Text>
      <Text size="sm">{`${t('snapshots.added')}: ${diff.added.map(name).join(', ') || dash}`}</Text>
      <Text size="sm">{`${t('snapshots.removed')}: ${diff.removed.map(name).join(', ') || dash}`}</Text>
      <Text size="sm">
        {`${t('snapshots.weightsChanged')}: ${diff.weights.map((w) => `${criterion(w.key)} ${w.before ?? 0} → ${w.after ?? 0}`).join('; ') || dash}`}
      </Text>
      <DataTable
        fz="sm"
        mt="xs"
        head={[
          t('ranking.problem'),
          t('snapshots.before'),
          t('snapshots.after'),
          t('snapshots.moved'),
        ]}
      >
        {diff.ranks.map((r) => (
          <Table.Tr key={r.code}>
            <Table.Td>{name(r.code)}</Table.Td>
            <Table.Td>{r.before ?? dash}</Table.Td>
            <Table.Td>{r.after ?? dash}</Table.Td>
            <Table.Td>
              {r.moved === null || r.moved === 0 ? dash : r.moved > 0 ? `+${r.moved}` : r.moved}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Paper>
  );
}
