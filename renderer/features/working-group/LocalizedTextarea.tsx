import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../shared/languages';
import type { LocalizedText } from '../../../shared/schemas/localized-text';

interface Props {
  label: string;
  value: LocalizedText | undefined;
  onChange: (value: LocalizedText) => void;
  testId?: string;
}

/**
 * Longer text (minutes) in the language in use; the other languages are kept, and are filled by
 * switching the UI language — so ky+ru minutes print both texts.
 */
export function LocalizedTextarea({ label, value, onChange, testId }: Props) {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'ru';
  return (
    <Textarea
      label={`${label} (${lang})`}
      autosize
      minRows={2}
      maxRows={8}
      value={value?.[lang] ?? ''}
      onChange={(event) => onChange({ ...value, [lang]: event.currentTarget.value })}
      data-testid={testId}
    />
  );
}
