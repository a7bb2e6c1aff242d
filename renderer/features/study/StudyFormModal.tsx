import { Checkbox, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  STUDY_METHODS,
  studyInputSchema,
  type Study,
  type StudyMethod,
} from '../../../shared/schemas/study';
import { useTerritory } from '../../app/territory-context';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DateField } from '../../components/DateInput';
import { useBoundField } from '../../components/form/field';
import { FormFrame } from '../../components/form/FormFrame';
import { TextareaField } from '../../components/form/fields';
import { useZodForm, type ZodForm } from '../../components/form/useZodForm';
import { LocalizedTextField } from '../../components/LocalizedTextInput';
import { createStudy, deleteStudy, updateStudy } from '../../db/study/studies';

function MethodsField({ form }: { form: ZodForm<typeof studyInputSchema> }) {
  const { t } = useTranslation('study');
  const { field, error } = useBoundField({ control: form.control, name: 'methods' });
  return (
    <Checkbox.Group
      label={t('methodsLabel')}
      value={field.value as StudyMethod[]}
      onChange={field.onChange}
      error={error}
    >
      <Group mt="xs">
        {STUDY_METHODS.map((m, i) => (
          <Checkbox
            key={m}
            ref={i === 0 ? field.ref : undefined}
            value={m}
            label={t(`methods.${m}`)}
            onBlur={field.onBlur}
          />
        ))}
      </Group>
    </Checkbox.Group>
  );
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
  const form = useZodForm(
    studyInputSchema,
    study
      ? {
          title: study.title,
          periodFrom: study.periodFrom,
          periodTo: study.periodTo,
          methods: study.methods,
          notes: study.notes,
        }
      : {
          title: {},
          periodFrom: `${year}-01-01`,
          periodTo: `${year}-03-31`,
          methods: ['survey', 'police-data', 'complaints'],
        },
  );
  const { control } = form;
  return (
    <FormFrame
      form={form}
      title={t(study ? 'editStudy' : 'newStudy')}
      onClose={() => onClose()}
      closeOnSave={false}
      onSubmit={async (input) => {
        const saved = study
          ? await updateStudy(study.id, input)
          : await createStudy(territory.id, input);
        onClose(saved.id);
      }}
      submitTestId="study-save"
      extraActions={
        study && (
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
        )
      }
    >
      <LocalizedTextField
        control={control}
        name="title"
        label={t('studyTitle')}
        required
        testId="study-title"
      />
      <Group grow align="flex-start">
        <DateField
          control={control}
          name="periodFrom"
          label={t('periodFrom')}
          w="auto"
          testId="study-from"
        />
        <DateField
          control={control}
          name="periodTo"
          label={t('periodTo')}
          w="auto"
          testId="study-to"
        />
      </Group>
      <MethodsField form={form} />
      <TextareaField control={control} name="notes" label={t('notes')} />
    </FormFrame>
  );
}
