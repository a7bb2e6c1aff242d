import { Badge, Group, TextInput } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueProblem } from '../../../shared/domain/study/catalogue';
import { useLanguage } from '../../app/useLanguage';
import { useBoundField } from '../../components/form/field';
import type { ZodForm } from '../../components/form/useZodForm';
import { parseProblemNumbers } from './problem-numbers';
import type { questionnaireSchema } from './questionnaire';
import { problemName } from '../../../shared/domain/study/catalogue';

/**
 * The problems a respondent named, typed as their numbers on the paper list (`9 14`); each
 * valid entry sets the answers' `problems` at once, keeping the concern already given for one.
 */
export function ProblemsField({
  form,
  problems,
  onAdvance,
  inputRef,
}: {
  form: ZodForm<ReturnType<typeof questionnaireSchema>>;
  problems: CatalogueProblem[];
  onAdvance: () => void;
  inputRef: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation('study');
  const lang = useLanguage();
  const { field, error } = useBoundField({ control: form.control, name: 'problemsText' });
  const ref = useMergedRef(field.ref, inputRef);
  const text = (field.value as string | undefined) ?? '';
  const named = form.watch('problems');
  const title = (code: string) => problemName(problems, code, lang);
  return (
    <>
      <TextInput
        ref={ref}
        label={t('q.problems')}
        description={t('q.problemsHint')}
        value={text}
        error={error}
        data-testid="q-problems"
        onBlur={field.onBlur}
        onChange={(e) => {
          const text = e.currentTarget.value;
          field.onChange(text);
          const parsed = parseProblemNumbers(text, problems.length);
          if (parsed.error) return;
          const before = form.getValues('problems');
          const next = parsed.indexes.map((i) => {
            const code = problems[i]!.code;
            return { code, concern: before.find((p) => p.code === code)?.concern };
          });
          form.setValue('problems', next, { shouldDirty: true });
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.ctrlKey || e.metaKey) return;
          e.preventDefault();
          if (parseProblemNumbers(text, problems.length).error) void form.trigger('problemsText');
          else onAdvance();
        }}
      />
      <Group gap={4}>
        {named.map((p) => (
          <Badge key={p.code} variant="light" tt="none">
            {`${problems.findIndex((c) => c.code === p.code) + 1}. ${title(p.code)}`}
          </Badge>
        ))}
      </Group>
    </>
  );
}
