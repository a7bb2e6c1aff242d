import { ActionIcon, Badge, Collapse, Group, Stack, TextInput, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Ref } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/languages';
import type { LocalizedText } from '../../shared/schemas/localized-text';
import { useLanguage } from '../app/useLanguage';
import { useBoundField, type BoundField, type FieldLabels } from './form/field';

interface Props {
  inputRef?: Ref<HTMLInputElement>;
  label: string;
  description?: string;
  value: LocalizedText | undefined;
  onChange: (value: LocalizedText) => void;
  onBlur?: () => void;
  error?: string;
  required?: boolean;
  /** Test id prefix: inputs get `${testId}-${lang}`. */
  testId?: string;
  maxLength?: number;
}

/**
 * Text typed once and printed in several languages (architecture A11): the field for the language
 * in use, badges that show at a glance which languages are filled, the others one click away.
 */
export function LocalizedTextInput({
  label,
  description,
  value,
  onChange,
  onBlur,
  error,
  required,
  testId,
  maxLength,
  inputRef,
}: Props) {
  const { t } = useTranslation();
  const current = useLanguage();
  const others = LANGUAGES.filter((lang) => lang !== current);
  const [opened, { toggle }] = useDisclosure(false);
  const filled = LANGUAGES.filter((lang) => value?.[lang]?.trim());
  const set = (lang: Language, text: string) => onChange({ ...value, [lang]: text });

  const badges = (
    <Group gap={4} wrap="nowrap">
      {LANGUAGES.map((lang) => (
        <Badge
          key={lang}
          size="xs"
          variant={filled.includes(lang) ? 'filled' : 'outline'}
          color={filled.includes(lang) ? 'teal' : 'gray'}
          aria-label={t(filled.includes(lang) ? 'translationsFilled' : 'translationMissing', {
            list: lang,
          })}
        >
          {lang}
        </Badge>
      ))}
      <Tooltip label={t('territory:otherLanguages')}>
        <ActionIcon
          variant="subtle"
          size="sm"
          onClick={toggle}
          aria-expanded={opened}
          aria-label={t('territory:otherLanguages')}
          data-testid={testId ? `${testId}-more` : undefined}
        >
          {opened ? '−' : '+'}
        </ActionIcon>
      </Tooltip>
    </Group>
  );

  return (
    <Stack gap={4}>
      <TextInput
        ref={inputRef}
        label={label}
        description={description}
        withAsterisk={required}
        value={value?.[current] ?? ''}
        onChange={(event) => set(current, event.currentTarget.value)}
        onBlur={onBlur}
        error={error}
        rightSection={badges}
        rightSectionWidth={120}
        maxLength={maxLength}
        data-testid={testId ? `${testId}-${current}` : undefined}
      />
      <Collapse expanded={opened}>
        <Stack gap={4} pl="md">
          {others.map((lang) => (
            <TextInput
              key={lang}
              size="xs"
              label={`${label} — ${t(`languages.${lang}`)}`}
              value={value?.[lang] ?? ''}
              onChange={(event) => set(lang, event.currentTarget.value)}
              maxLength={maxLength}
              data-testid={testId ? `${testId}-${lang}` : undefined}
            />
          ))}
        </Stack>
      </Collapse>
    </Stack>
  );
}

/** LocalizedTextInput bound to a form; its message is the object's or a language's. */
export function LocalizedTextField<T extends FieldValues, O>({
  control,
  name,
  ...props
}: FieldLabels & BoundField<T, O> & { label: string; maxLength?: number }) {
  const { field, error } = useBoundField({ control, name });
  return (
    <LocalizedTextInput
      {...props}
      inputRef={field.ref}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={error}
    />
  );
}
