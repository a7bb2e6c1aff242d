import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import type { Study, SurveyResponse } from '../../../shared/schemas/study';
import { useTerritory } from '../../app/territory-context';
import { ConfirmButton } from '../../components/ConfirmButton';
import { findDuplicates } from '../../db/study/duplicates';
import { addResponse, deleteResponse, updateResponse } from '../../db/study/responses';
import { BlankQuestionnaireLinks } from './BlankQuestionnaireLinks';
import { EMPTY_ANSWERS, QuestionnaireForm } from './QuestionnaireForm';
import { useProblems } from '../../db/hooks';
import { usePlaces, useRecentResponses, useStudyCube } from './useStudyData';
import { DataTable } from '../../components/DataTable';

/** Fast data entry from paper: the questionnaire, a running count, the last ones with edit and delete. */
export function EntryTab({ study }: { study: Study }) {
  const { t, i18n } = useTranslation('study');
  const lang = i18n.language as Language;
  const territory = useTerritory();
  const problems = useProblems();
  const places = usePlaces(territory.id);
  const cube = useStudyCube(study.id);
  const recent = useRecentResponses(study, 10);
  const [editing, setEditing] = useState<SurveyResponse | null>(null);
  const [formKey, setFormKey] = useState(0);
  if (!problems || !places) return null;
  const active = [...problems.filter((p) => !p.retired), ...problems.filter((p) => p.retired)];
  const activePlaces = places.filter((p) => !p.retired || p.id === editing?.placeId);
  const placeName = (id?: string) =>
    id ? pickText(places.find((p) => p.id === id)?.name, lang).text : '—';

  return (
    <Stack>
      <Group justify="space-between">
        <Text data-testid="entry-count" fw={700}>
          {t('entry.count', { count: cube?.count ?? 0 })}
        </Text>
        <BlankQuestionnaireLinks studyId={study.id} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('entry.keyboardHint')}
      </Text>
      <QuestionnaireForm
        key={editing ? `edit-${editing.id}` : `new-${formKey}`}
        problems={active}
        places={activePlaces}
        initial={editing ?? EMPTY_ANSWERS}
        editingNumber={editing?.number}
        onCancel={editing ? () => setEditing(null) : undefined}
        onSave={async (answers, confirmed) => {
          if (!confirmed) {
            const duplicates = await findDuplicates(study.id, answers, editing?.id);
            if (duplicates.length > 0) return duplicates[0]!.number;
          }
          if (editing) {
            await updateResponse(editing.id, answers);
            setEditing(null);
            setFormKey((k) => k + 1);
          } else await addResponse(study.id, answers);
          return null;
        }}
      />
      <DataTable
        striped
        data-testid="entry-recent"
        head={[
          t('entry.number'),
          t('q.group'),
          t('q.gender'),
          t('q.age'),
          t('q.place'),
          t('q.problems'),
          null,
        ]}
      >
        {(recent ?? []).map((r) => (
          <Table.Tr key={r.id} data-testid={`response-${r.number}`}>
            <Table.Td>
              {r.number}{' '}
              {r.source === 'import' && (
                <Badge size="xs" variant="outline">
                  {t('entry.imported')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{r.respondentGroup ? t(`groups.${r.respondentGroup}`) : '—'}</Table.Td>
            <Table.Td>{r.gender ? t(`genders.${r.gender}`) : '—'}</Table.Td>
            <Table.Td>{r.ageGroup ? t(`ages.${r.ageGroup}`) : '—'}</Table.Td>
            <Table.Td>{placeName(r.placeId)}</Table.Td>
            <Table.Td>
              {r.problems.map((p) => active.findIndex((c) => c.code === p.code) + 1).join(', ')}
            </Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end">
                <Button
                  size="compact-xs"
                  variant="default"
                  onClick={() => setEditing(r)}
                  data-testid={`response-${r.number}-edit`}
                >
                  {t('common:edit')}
                </Button>
                <ConfirmButton
                  size="compact-xs"
                  variant="default"
                  color="red"
                  question={t('entry.deleteConfirm', { number: r.number })}
                  onConfirm={() => deleteResponse(r.id)}
                  testId={`response-${r.number}-delete`}
                >
                  {t('common:delete')}
                </ConfirmButton>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}
