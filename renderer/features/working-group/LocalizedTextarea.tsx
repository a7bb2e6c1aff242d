import { Textarea } from '@mantine/core';
import type { FieldValues } from 'react-hook-form';
import type { LocalizedText } from '../../../shared/schemas/localized-text';
import { useLanguage } from '../../app/useLanguage';
import { useBoundField, type BoundField } from '../../components/form/field';

/**
 * Longer text (minutes) bound to a form, in the language in use; the other languages are kept, and
 * are filled by switching the UI language — so ky+ru minutes print both texts.
 */
export function LocalizedTextareaField<T extends FieldValues, O>({
  label,
  testId,
  ...bound
}: BoundField<T, O> & { label: string; testId?: string }) {
  const lang = useLanguage();
  const { field, inputProps } = useBoundField(bound, { label: `${label} (${lang})`, testId });
  const value = field.value as LocalizedText | undefined;
  return (
    <Textarea
      {...inputProps}
      autosize
      minRows={2}
      maxRows={8}
      value={value?.[lang] ?? ''}
      onChange={(event) => field.onChange({ ...value, [lang]: event.currentTarget.value })}
    />
  );
}
