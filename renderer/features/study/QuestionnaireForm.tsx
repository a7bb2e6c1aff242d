import { Alert, Card, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CatalogueProblem } from '../../../shared/domain/study/catalogue';
import { pickText } from '../../../shared/schemas/localized-text';
import {
  AGE_GROUPS,
  GENDERS,
  RESPONDENT_GROUPS,
  type Place,
  type SurveyAnswers,
} from '../../../shared/schemas/study';
import { useLanguage } from '../../app/useLanguage';
import { FormFrame } from '../../components/form/FormFrame';
import { useBoundField } from '../../components/form/field';
import { useZodForm, type ZodForm } from '../../components/form/useZodForm';
import { ChoiceField, type Choice } from './ChoiceField';
import { ProblemsField } from './ProblemsField';
import {
  nextField,
  questionnaireSchema,
  questionnaireValues,
  type QuestionKey,
} from './questionnaire';
import { problemName } from '../../../shared/domain/study/catalogue';

/** The last field: Enter there saves the questionnaire (the form's own submit). */
function CommentField({
  form,
  inputRef,
}: {
  form: ZodForm<ReturnType<typeof questionnaireSchema>>;
  inputRef: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation('study');
  const { field, inputProps } = useBoundField(
    { control: form.control, name: 'comment' },
    { label: t('q.comment'), description: t('q.commentHint'), testId: 'q-comment' },
  );
  const ref = useMergedRef(field.ref, inputRef);
  return (
    <TextInput
      {...inputProps}
      ref={ref}
      value={(field.value as string | undefined) ?? ''}
      onChange={(event) => field.onChange(event.currentTarget.value)}
    />
  );
}

export const EMPTY_ANSWERS: SurveyAnswers = { problems: [] };

interface Props {
  problems: CatalogueProblem[];
  places: Place[];
  initial: SurveyAnswers;
  /** Saves; returns the number of a likely duplicate to warn about instead, or null when saved. */
  onSave: (answers: SurveyAnswers, confirmedDuplicate: boolean) => Promise<number | null>;
  onCancel?: () => void;
  editingNumber?: number;
}

/** The resident questionnaire, typed from paper with the keyboard only (numbers, Enter, Ctrl+Enter). */
export function QuestionnaireForm({
  problems,
  places,
  initial,
  onSave,
  onCancel,
  editingNumber,
}: Props) {
  const { t } = useTranslation('study');
  const lang = useLanguage();
  const codes = problems.map((p) => p.code);
  const schema = useMemo(() => questionnaireSchema(problems.length), [problems.length]);
  const form = useZodForm(schema, questionnaireValues(initial, codes));
  const { control } = form;
  const values = useWatch({ control });
  const [named, victim] = [values.problems ?? [], values.victim];
  // A warning holds for the answers it was given for; any change takes it back.
  const [duplicate, setDuplicate] = useState<{ number: number; answers: string } | null>(null);
  const duplicateOf =
    duplicate && duplicate.answers === JSON.stringify(values) ? duplicate.number : null;
  // The cursor moves once the field to go to is drawn (a concern, `reported`).
  // The cursor moves once the field to go to is drawn (a concern, `reported`), at once: the next
  // key may follow within milliseconds (react-hook-form's setFocus waits for a timer).
  const inputs = useRef(new Map<QuestionKey, HTMLInputElement | null>());
  const inputRef = (key: QuestionKey) => (el: HTMLInputElement | null) =>
    void inputs.current.set(key, el);
  const [focusTo, setFocusTo] = useState<{ key: QuestionKey } | null>(null);
  useEffect(() => {
    if (focusTo) inputs.current.get(focusTo.key)?.focus();
  }, [focusTo]);
  const advance = (from: QuestionKey) => setFocusTo({ key: nextField(from, form.getValues()) });

  const choice = <V extends string>(list: readonly V[], ns: string): Choice<V>[] =>
    list.map((v) => ({ value: v, label: t(`${ns}.${v}`) }));
  const scale: Choice<number>[] = [1, 2, 3, 4, 5].map((n) => ({
    value: n,
    label: t(`scale.${n}`),
  }));
  const yesNo: Choice<boolean>[] = [
    { value: true, label: t('yes') },
    { value: false, label: t('no') },
  ];
  const title = (code: string) => problemName(problems, code, lang);
  const field = (
    name: QuestionKey,
    label: string,
    choices: Choice[],
    testId: string,
    onPicked?: (value: unknown) => void,
  ) => (
    <ChoiceField
      key={name}
      control={control}
      name={name}
      label={label}
      choices={choices}
      testId={`q-${testId}`}
      onPicked={onPicked}
      autoFocus={name === 'respondentGroup'}
      inputRef={inputRef(name)}
      onAdvance={() => advance(name)}
    />
  );

  return (
    <Card withBorder padding="md" data-testid="questionnaire">
      <Text fw={700} mb="xs">
        {editingNumber
          ? t('entry.editing', { number: editingNumber })
          : t('entry.newQuestionnaire')}
      </Text>
      <FormFrame
        form={form}
        variant="inline"
        onClose={onCancel}
        // The first field takes the cursor itself: the frame's delayed focus would pull it back
        // from a clerk who already typed the first answers.
        autoFocus={false}
        onSubmit={async ({ problemsText: _typed, ...answers }) => {
          const found = await onSave(answers, duplicateOf !== null);
          if (found !== null) {
            setDuplicate({ number: found, answers: JSON.stringify(form.getValues()) });
            return;
          }
          setDuplicate(null);
          form.reset(questionnaireValues(EMPTY_ANSWERS, codes));
          setFocusTo({ key: 'respondentGroup' });
        }}
        submitLabel={t('entry.save')}
        submitTestId="q-save"
      >
        <SimpleGrid cols={2} spacing="xs">
          {field('respondentGroup', t('q.group'), choice(RESPONDENT_GROUPS, 'groups'), 'group')}
          {field('gender', t('q.gender'), choice(GENDERS, 'genders'), 'gender')}
          {field('ageGroup', t('q.age'), choice(AGE_GROUPS, 'ages'), 'age')}
          {field(
            'placeId',
            t('q.place'),
            places.map((p) => ({ value: p.id, label: pickText(p.name, lang).text })),
            'place',
          )}
        </SimpleGrid>
        <ProblemsField
          form={form}
          problems={problems}
          onAdvance={() => advance('problemsText')}
          inputRef={inputRef('problemsText')}
        />
        {named.length > 0 && (
          <SimpleGrid cols={2} spacing="xs">
            {named.map((p, i) =>
              field(
                `problems.${i}.concern`,
                t('q.concern', { problem: title(p.code ?? '') }),
                scale,
                `concern-${p.code}`,
              ),
            )}
          </SimpleGrid>
        )}
        <SimpleGrid cols={2} spacing="xs">
          {field('safeDay', t('q.safeDay'), scale, 'safeDay')}
          {field('safeNight', t('q.safeNight'), scale, 'safeNight')}
          {field('trustPolice', t('q.trust'), scale, 'trust')}
          {field('victim', t('q.victim'), yesNo, 'victim', (value) => {
            if (value !== true) form.setValue('reported', undefined);
          })}
          {victim && field('reported', t('q.reported'), yesNo, 'reported')}
        </SimpleGrid>
        <CommentField form={form} inputRef={inputRef('comment')} />
        {duplicateOf !== null && (
          <Alert color="orange" data-testid="q-duplicate">
            {t('entry.duplicate', { number: duplicateOf })}
          </Alert>
        )}
      </FormFrame>
    </Card>
  );
}
