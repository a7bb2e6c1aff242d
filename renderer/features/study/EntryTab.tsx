import { Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Study, SurveyResponse } from '../../../shared/schemas/study';
import { useTerritory } from '../../app/territory-context';
import { findDuplicates } from '../../db/study/duplicates';
import { addResponse, updateResponse } from '../../db/study/responses';
import { BlankQuestionnaireLinks } from './BlankQuestionnaireLinks';
import { EMPTY_ANSWERS, QuestionnaireForm } from './QuestionnaireForm';
import { useProblems } from '../../db/hooks';
import { usePlaces, useStudyCube } from './useStudyData';
import { ResponsesList } from './ResponsesList';

/** Fast data entry from paper: the questionnaire, a running count, every one with edit and delete. */
export function EntryTab({ study }: { study: Study }) {
  const { t } = useTranslation('study');
  const territory = useTerritory();
  const problems = useProblems();
  const places = usePlaces(territory.id);
  const cube = useStudyCube(study.id);
  const [editing, setEditing] = useState<SurveyResponse | null>(null);
  const [formKey, setFormKey] = useState(0);
  // The paper form's numbering: the problems in use, then the retired ones.
  const active = useMemo(
    () =>
      problems ? [...problems.filter((p) => !p.retired), ...problems.filter((p) => p.retired)] : [],
    [problems],
  );
  if (!problems || !places) return null;
  const activePlaces = places.filter((p) => !p.retired || p.id === editing?.placeId);

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
      <ResponsesList study={study} problems={active} places={places} onEdit={setEditing} />
    </Stack>
  );
}
