import { Button, Checkbox, Group, Modal, Stack, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  STUDY_METHODS,
  studyInputSchema,
  type Study,
  type StudyInput,
} from '../../../shared/schemas/study';
import { errorText } from '../../app/errors';
import { useTerritory } from '../../app/territory-context';
import { ConfirmButton } from '../../components/ConfirmButton';
import { LocalizedTextInput } from '../../components/LocalizedTextInput';
import { createStudy, deleteStudy, updateStudy } from '../../db/study/studies';

function firstError(error: unknown): string | undefined {
  const e = error as { message?: string; ru?: { message?: string } } | undefined;
  return e?.message ?? e?.ru?.message;
}

/** Create or edit a study: title, period, methods, notes. */
export function StudyFormModal({
  study,
  onClose,
}: {
  study?: Study;
  onClose: (id?: string) => void;
}) {
  const { t } = useTranslation('study');
  const territory = useTerritory();
  const year = new Date().getFullYear();
  const form = useForm<StudyInput>({
    resolver: zodResolver(studyInputSchema),
    defaultValues: study ?? {
      title: {},
      periodFrom: `${year}-01-01`,
      periodTo: `${year}-03-31`,
      methods: ['survey', 'police-data', 'complaints'],
    },
  });
  const { control, handleSubmit, formState } = form;
  const submit = handleSubmit(async (input) => {
    const saved = study
      ? await updateStudy(study.id, input)
      : await createStudy(territory.id, input);
    onClose(saved.id);
  });
  return (
    <Modal opened onClose={() => onClose()} title={t(study ? 'editStudy' : 'newStudy')} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Controller
            control={control}
            name="title"
            render={({ field }) => (
              <LocalizedTextInput
                label={t('studyTitle')}
                required
                value={field.value}
                onChange={field.onChange}
                error={errorText(t, firstError(formState.errors.title))}
                testId="study-title"
              />
            )}
          />
          <Group grow>
            <Controller
              control={control}
              name="periodFrom"
              render={({ field }) => (
                <DateInput
                  label={t('periodFrom')}
                  valueFormat="DD.MM.YYYY"
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? '')}
                  error={errorText(t, formState.errors.periodFrom?.message)}
                  data-testid="study-from"
                />
              )}
            />
            <Controller
              control={control}
              name="periodTo"
              render={({ field }) => (
                <DateInput
                  label={t('periodTo')}
                  valueFormat="DD.MM.YYYY"
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? '')}
                  error={errorText(t, formState.errors.periodTo?.message)}
                  data-testid="study-to"
                />
              )}
            />
          </Group>
          <Controller
            control={control}
            name="methods"
            render={({ field }) => (
              <Checkbox.Group
                label={t('methodsLabel')}
                value={field.value}
                onChange={field.onChange}
                error={errorText(t, formState.errors.methods?.message)}
              >
                <Group mt="xs">
                  {STUDY_METHODS.map((m) => (
                    <Checkbox key={m} value={m} label={t(`methods.${m}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          <Controller
            control={control}
            name="notes"
            render={({ field }) => (
              <Textarea
                label={t('notes')}
                value={field.value ?? ''}
                onChange={field.onChange}
                autosize
                minRows={2}
              />
            )}
          />
          <Group justify="space-between">
            {study ? (
              <ConfirmButton
                variant="default"
                color="red"
                question={t('deleteStudyConfirm')}
                onConfirm={async () => {
                  await deleteStudy(study.id);
                  onClose();
                }}
              >
                {t('common:delete')}
              </ConfirmButton>
            ) : (
              <span />
            )}
            <Button type="submit" loading={formState.isSubmitting} data-testid="study-save">
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
