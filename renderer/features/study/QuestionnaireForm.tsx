import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueProblem } from '../../../shared/domain/study/catalogue';
import type { Language } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import {
  AGE_GROUPS,
  GENDERS,
  RESPONDENT_GROUPS,
  surveyAnswersSchema,
  type Place,
  type SurveyAnswers,
} from '../../../shared/schemas/study';
import { errorText } from '../../app/errors';
import { ChoiceField, type Choice } from './ChoiceField';
import { parseProblemNumbers } from './problem-numbers';

type Key =
  | 'group'
  | 'gender'
  | 'age'
  | 'place'
  | 'problems'
  | `concern:${string}`
  | 'safeDay'
  | 'safeNight'
  | 'trust'
  | 'victim'
  | 'reported'
  | 'comment';

function fieldOrder(answers: SurveyAnswers): Key[] {
  return [
    'group',
    'gender',
    'age',
    'place',
    'problems',
    ...answers.problems.map((p) => `concern:${p.code}` as const),
    'safeDay',
    'safeNight',
    'trust',
    'victim',
    ...(answers.victim ? (['reported'] as const) : []),
    'comment',
  ];
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
  const { t, i18n } = useTranslation('study');
  const lang = i18n.language as Language;
  const [answers, setAnswers] = useState<SurveyAnswers>(initial);
  const [problemText, setProblemText] = useState(() =>
    initial.problems.map((p) => problems.findIndex((c) => c.code === p.code) + 1).join(' '),
  );
  const [problemError, setProblemError] = useState<string | undefined>();
  const [duplicateOf, setDuplicateOf] = useState<number | null>(null);
  const [saveError, setSaveError] = useState<string | undefined>();
  const refs = useRef(new Map<Key, HTMLInputElement | null>());
  const [focusKey, setFocusKey] = useState<Key | null>(null);

  useEffect(() => {
    if (!focusKey) return;
    refs.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const ref = (key: Key) => (el: HTMLInputElement | null) => void refs.current.set(key, el);
  const advance = (from: Key, next: SurveyAnswers) => {
    const order = fieldOrder(next);
    setFocusKey(order[order.indexOf(from) + 1] ?? 'comment');
  };
  const set = (patch: Partial<SurveyAnswers>) => {
    setDuplicateOf(null);
    setAnswers((a) => ({ ...a, ...patch }));
  };

  const choice = <V extends string>(values: readonly V[], ns: string): Choice[] =>
    values.map((v) => ({ value: v, label: t(`${ns}.${v}`) }));
  const scale: Choice[] = [1, 2, 3, 4, 5].map((n) => ({
    value: String(n),
    label: t(`scale.${n}`),
  }));
  const yesNo: Choice[] = [
    { value: 'yes', label: t('yes') },
    { value: 'no', label: t('no') },
  ];
  const placeChoices = places.map((p) => ({ value: p.id, label: pickText(p.name, lang).text }));

  const field = (
    key: Key,
    label: string,
    choices: Choice[],
    value: string | undefined,
    toPatch: (v: string | undefined) => Partial<SurveyAnswers>,
    extra: { autoFocus?: boolean } = {},
  ) => (
    <ChoiceField
      key={key}
      label={label}
      choices={choices}
      value={value}
      inputRef={ref(key)}
      testId={`q-${key.replace(':', '-')}`}
      autoFocus={extra.autoFocus}
      onChange={(v) => set(toPatch(v))}
      onAdvance={(v) => advance(key, { ...answers, ...toPatch(v) })}
    />
  );
  const num = (v: string | undefined) => (v ? Number(v) : undefined);
  const bool = (v: boolean | undefined) => (v === undefined ? undefined : v ? 'yes' : 'no');

  const save = async (confirmed: boolean) => {
    const parsed = surveyAnswersSchema.safeParse(answers);
    if (!parsed.success || problemError) {
      setSaveError(problemError ?? errorText(t, parsed.error?.issues[0]?.message));
      return;
    }
    setSaveError(undefined);
    const duplicate = await onSave(answers, confirmed || duplicateOf !== null);
    if (duplicate !== null) {
      setDuplicateOf(duplicate);
      return;
    }
    setDuplicateOf(null);
    setAnswers(EMPTY_ANSWERS);
    setProblemText('');
    setFocusKey('group');
  };

  return (
    <Card
      withBorder
      padding="md"
      data-testid="questionnaire"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.ctrlKey) {
          e.preventDefault();
          void save(false);
        } else if (e.key === 'Escape' && onCancel) onCancel();
      }}
    >
      <Stack gap="xs">
        <Text fw={700}>
          {editingNumber
            ? t('entry.editing', { number: editingNumber })
            : t('entry.newQuestionnaire')}
        </Text>
        <SimpleGrid cols={2} spacing="xs">
          {field(
            'group',
            t('q.group'),
            choice(RESPONDENT_GROUPS, 'groups'),
            answers.respondentGroup,
            (v) => ({ respondentGroup: v as SurveyAnswers['respondentGroup'] }),
            { autoFocus: true },
          )}
          {field('gender', t('q.gender'), choice(GENDERS, 'genders'), answers.gender, (v) => ({
            gender: v as SurveyAnswers['gender'],
          }))}
          {field('age', t('q.age'), choice(AGE_GROUPS, 'ages'), answers.ageGroup, (v) => ({
            ageGroup: v as SurveyAnswers['ageGroup'],
          }))}
          {field('place', t('q.place'), placeChoices, answers.placeId, (v) => ({ placeId: v }))}
        </SimpleGrid>
        <TextInput
          ref={ref('problems')}
          label={t('q.problems')}
          description={t('q.problemsHint')}
          value={problemText}
          error={problemError ? t(problemError) : undefined}
          data-testid="q-problems"
          onChange={(e) => {
            const text = e.currentTarget.value;
            setProblemText(text);
            const parsed = parseProblemNumbers(text, problems.length);
            setProblemError(parsed.error);
            if (!parsed.error)
              set({
                problems: parsed.indexes.map((i) => ({
                  code: problems[i]!.code,
                  concern: answers.problems.find((p) => p.code === problems[i]!.code)?.concern,
                })),
              });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.ctrlKey && !problemError) {
              e.preventDefault();
              advance('problems', answers);
            }
          }}
        />
        <Group gap={4}>
          {answers.problems.map((p) => (
            <Badge
              key={p.code}
              variant="light"
              tt="none"
            >{`${problems.findIndex((c) => c.code === p.code) + 1}. ${pickText(problems.find((c) => c.code === p.code)?.title, lang).text}`}</Badge>
          ))}
        </Group>
        {answers.problems.length > 0 && (
          <SimpleGrid cols={2} spacing="xs">
            {answers.problems.map((p) =>
              field(
                `concern:${p.code}`,
                t('q.concern', {
                  problem: pickText(problems.find((c) => c.code === p.code)?.title, lang).text,
                }),
                scale,
                p.concern ? String(p.concern) : undefined,
                (v) => ({
                  problems: answers.problems.map((x) =>
                    x.code === p.code ? { ...x, concern: num(v) } : x,
                  ),
                }),
              ),
            )}
          </SimpleGrid>
        )}
        <SimpleGrid cols={2} spacing="xs">
          {field(
            'safeDay',
            t('q.safeDay'),
            scale,
            answers.safeDay ? String(answers.safeDay) : undefined,
            (v) => ({ safeDay: num(v) }),
          )}
          {field(
            'safeNight',
            t('q.safeNight'),
            scale,
            answers.safeNight ? String(answers.safeNight) : undefined,
            (v) => ({ safeNight: num(v) }),
          )}
          {field(
            'trust',
            t('q.trust'),
            scale,
            answers.trustPolice ? String(answers.trustPolice) : undefined,
            (v) => ({ trustPolice: num(v) }),
          )}
          {field('victim', t('q.victim'), yesNo, bool(answers.victim), (v) => ({
            victim: v === undefined ? undefined : v === 'yes',
            ...(v !== 'yes' ? { reported: undefined } : {}),
          }))}
          {answers.victim &&
            field('reported', t('q.reported'), yesNo, bool(answers.reported), (v) => ({
              reported: v === undefined ? undefined : v === 'yes',
            }))}
        </SimpleGrid>
        <TextInput
          ref={ref('comment')}
          label={t('q.comment')}
          description={t('q.commentHint')}
          value={answers.comment ?? ''}
          data-testid="q-comment"
          onChange={(e) => set({ comment: e.currentTarget.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.ctrlKey) {
              e.preventDefault();
              void save(duplicateOf !== null);
            }
          }}
        />
        {duplicateOf !== null && (
          <Alert color="orange" data-testid="q-duplicate">
            {t('entry.duplicate', { number: duplicateOf })}
          </Alert>
        )}
        {saveError && (
          <Alert color="red" data-testid="q-error">
            {saveError}
          </Alert>
        )}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common:cancel')}
            </Button>
          )}
          <Button onClick={() => void save(duplicateOf !== null)} data-testid="q-save">
            {t('entry.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
