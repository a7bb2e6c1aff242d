/*
 * The assessment of one priority: carried out as planned (proposed, the clerk decides), the studies
 * and police quarters compared before and after (and a comparison territory's), displacement, a
 * conclusion. The outcomes are previewed from what is chosen; the repository computes them again
 * when saving.
 */
import { Group, SimpleGrid, Stack, Text, type ComboboxData } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPLEMENTATION_ANSWERS,
  type ImplementationAnswer,
} from '../../../shared/domain/monitoring/assessment';
import type { AssessmentOutcome } from '../../../shared/domain/monitoring/assessment-outcomes';
import { DISPLACEMENTS } from '../../../shared/documents/assessment-texts';
import {
  cycleAssessmentInputSchema,
  type CycleAssessment,
  type CycleAssessmentInput,
} from '../../../shared/schemas/assessment';
import { pickText } from '../../../shared/localized-text';
import { useLanguage } from '../../app/useLanguage';
import { QuarterField } from '../../components/QuarterInput';
import { CheckboxField, SelectField, TextareaField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { previewOutcomes, saveAssessment } from '../../db/monitoring/assessments';
import { useProblems } from '../../db/hooks';
import { withoutEmpty } from './clean';
import { OutcomesTable } from './OutcomesTable';
import type { AssessmentData } from './useAssessment';

export interface AssessmentFormProps {
  planId: string;
  territoryId: string;
  priorityKey: string;
  problemCode?: string;
  title: string;
  proposed: ImplementationAnswer;
  stored?: CycleAssessment;
  data: AssessmentData;
  years: readonly [number, number];
  onClose: () => void;
}

type ChoiceField =
  | 'beforeStudyId'
  | 'afterStudyId'
  | 'comparisonTerritoryId'
  | 'comparisonBeforeStudyId'
  | 'comparisonAfterStudyId';
type PoliceField = 'policeBeforeFrom' | 'policeBeforeTo' | 'policeAfterFrom' | 'policeAfterTo';

/** The stored assessment as the form's values, or the proposal for a new one. */
function defaults(props: AssessmentFormProps): CycleAssessmentInput {
  const { stored, proposed, data, territoryId } = props;
  if (stored) {
    const { implementation, displacement, conclusion, implementationNote } = stored;
    return {
      ...withoutEmpty({
        problemCode: stored.problemCode,
        beforeStudyId: stored.beforeStudyId,
        afterStudyId: stored.afterStudyId,
        policeBeforeFrom: stored.policeBeforeFrom,
        policeBeforeTo: stored.policeBeforeTo,
        policeAfterFrom: stored.policeAfterFrom,
        policeAfterTo: stored.policeAfterTo,
        comparisonTerritoryId: stored.comparisonTerritoryId,
        comparisonBeforeStudyId: stored.comparisonBeforeStudyId,
        comparisonAfterStudyId: stored.comparisonAfterStudyId,
      }),
      implementation,
      implementationNote: implementationNote ?? '',
      displacement: { ...displacement, note: displacement.note ?? '' },
      conclusion,
    };
  }
  const own = data.studies.get(territoryId) ?? [];
  return {
    implementation: proposed,
    implementationNote: '',
    ...(props.problemCode ? { problemCode: props.problemCode } : {}),
    ...(own.length >= 2 ? { beforeStudyId: own[0]!.id, afterStudyId: own.at(-1)!.id } : {}),
    displacement: { places: false, times: false, targets: false, offences: false, note: '' },
    conclusion: '',
  };
}

export function AssessmentForm(props: AssessmentFormProps) {
  const { planId, territoryId, priorityKey, problemCode, title, proposed, data, years, onClose } =
    props;
  const { t } = useTranslation('assessment');
  const lang = useLanguage();
  const form = useZodForm(cycleAssessmentInputSchema, defaults(props));
  const [preview, setPreview] = useState<AssessmentOutcome[] | null>(null);
  const problems = useProblems() ?? [];
  const values = form.watch();
  const key = JSON.stringify({ ...values, conclusion: '', implementationNote: '' });
  useEffect(() => {
    const parsed = cycleAssessmentInputSchema.safeParse({ ...JSON.parse(key), conclusion: '-' });
    if (!parsed.success) return setPreview(null);
    let live = true;
    previewOutcomes(territoryId, problemCode, withoutEmpty(parsed.data)).then(
      (rows) => live && setPreview(rows),
      () => live && setPreview(null),
    );
    return () => {
      live = false;
    };
  }, [key, territoryId, problemCode]);

  const studyData = (territory: string | undefined) =>
    (territory ? (data.studies.get(territory) ?? []) : []).map((s) => ({
      value: s.id,
      label: `${pickText(s.title, lang).text} (${s.periodFrom.slice(0, 4)})`,
    }));
  const comparison = values.comparisonTerritoryId;
  const choice = (name: ChoiceField, label: string, data: ComboboxData, testId: string) => (
    <SelectField
      control={form.control}
      name={name}
      label={label}
      clearable
      data={data}
      testId={testId}
    />
  );
  const quarter = (name: PoliceField, label: string) => (
    <QuarterField
      control={form.control}
      name={name}
      label={label}
      years={years}
      testId={`assessment-${name}`}
    />
  );
  return (
    <FormFrame
      form={form}
      title={title}
      size="xl"
      onClose={onClose}
      onSubmit={(input: CycleAssessmentInput) =>
        saveAssessment(planId, priorityKey, {
          ...withoutEmpty(input),
          displacement: withoutEmpty(input.displacement),
        })
      }
      submitTestId="assessment-save"
    >
      <SelectField
        control={form.control}
        name="implementation"
        label={t('form.implementation')}
        description={t('form.proposed', { answer: t(`answer.${proposed}`) })}
        required
        data={IMPLEMENTATION_ANSWERS.map((a) => ({ value: a, label: t(`answer.${a}`) }))}
        testId="assessment-implementation"
      />
      <TextareaField
        control={form.control}
        name="implementationNote"
        label={t('form.implementationNote')}
        maxLength={2000}
        testId="assessment-implementation-note"
      />
      <Text fw={600}>{t('form.outcome')}</Text>
      <SelectField
        control={form.control}
        name="problemCode"
        label={t('form.problem')}
        description={t('form.problemHint')}
        clearable
        searchable
        data={problems
          .filter((p) => !p.retired || p.code === values.problemCode)
          .map((p) => ({ value: p.code, label: pickText(p.title, lang).text }))}
        testId="assessment-problem"
      />
      <SimpleGrid cols={2}>
        {choice(
          'beforeStudyId',
          t('form.beforeStudy'),
          studyData(territoryId),
          'assessment-before-study',
        )}
        {choice(
          'afterStudyId',
          t('form.afterStudy'),
          studyData(territoryId),
          'assessment-after-study',
        )}
      </SimpleGrid>
      <Group align="flex-end">
        {quarter('policeBeforeFrom', t('form.policeBeforeFrom'))}
        {quarter('policeBeforeTo', t('form.policeBeforeTo'))}
        {quarter('policeAfterFrom', t('form.policeAfterFrom'))}
        {quarter('policeAfterTo', t('form.policeAfterTo'))}
      </Group>
      <SimpleGrid cols={3}>
        {choice(
          'comparisonTerritoryId',
          t('form.comparison'),
          data.others.map((o) => ({ value: o.id, label: pickText(o.name, lang).text })),
          'assessment-comparison',
        )}
        {choice(
          'comparisonBeforeStudyId',
          t('form.comparisonBefore'),
          studyData(comparison),
          'assessment-comparison-before',
        )}
        {choice(
          'comparisonAfterStudyId',
          t('form.comparisonAfter'),
          studyData(comparison),
          'assessment-comparison-after',
        )}
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('form.preview')}
        </Text>
        <OutcomesTable rows={preview ?? []} testId="assessment-preview" />
      </Stack>
      <Text fw={600}>{t('form.displacement')}</Text>
      <Group>
        {DISPLACEMENTS.map((d) => (
          <CheckboxField
            key={d}
            control={form.control}
            name={`displacement.${d}`}
            label={t(`displacement.${d}`)}
            testId={`assessment-displacement-${d}`}
          />
        ))}
      </Group>
      <TextareaField
        control={form.control}
        name="displacement.note"
        label={t('form.displacementNote')}
        maxLength={2000}
        testId="assessment-displacement-note"
      />
      <TextareaField
        control={form.control}
        name="conclusion"
        label={t('form.conclusion')}
        description={t('form.conclusionHint')}
        required
        minRows={3}
        maxLength={4000}
        testId="assessment-conclusion"
      />
    </FormFrame>
  );
}
