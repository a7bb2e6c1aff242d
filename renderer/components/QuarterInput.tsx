import { Autocomplete } from '@mantine/core';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatQuarter } from '../../shared/format';
import { parseQuarter } from '../../shared/parse';
import { useLanguage } from '../app/useLanguage';
import { useBoundField, type BoundField, type FieldLabels } from './form/field';
import { useTypedText } from './form/useTypedText';

interface QuarterProps extends FieldLabels {
  /** The years offered in the list (typing any other year works too). */
  years?: readonly [number, number];
  w?: number | string;
}

/** Every quarter of the years, stored form (`2026-Q1`). */
function quarters([from, to]: readonly [number, number]): string[] {
  const out: string[] = [];
  for (let year = from; year <= to; year += 1)
    for (let q = 1; q <= 4; q += 1) out.push(`${year}-Q${q}`);
  return out;
}

/**
 * The one quarter field: picked from a list in the language in use, or typed as `II кв. 2026`,
 * `2 кв. 2026`, `2026-ж. II чейрек`, `Q2 2026` or `2026-Q2`; kept as `2026-Q2`.
 */
export function QuarterField<T extends FieldValues, O>({
  label,
  description,
  required,
  testId,
  years,
  w = 190,
  ...bound
}: QuarterProps & BoundField<T, O>) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { field, inputProps } = useBoundField(bound, { label, description, required, testId });
  const thisYear = new Date().getFullYear();
  const [text, change] = useTypedText<string>(
    field.value ?? '',
    (value) => formatQuarter(value, lang),
    (typed) => parseQuarter(typed) ?? typed.trim(),
    field.onChange,
  );
  return (
    <Autocomplete
      {...inputProps}
      placeholder={t('plan:fields.quarterHint')}
      w={w}
      value={text}
      data={quarters(years ?? [thisYear - 1, thisYear + 5]).map((q) => formatQuarter(q, lang))}
      onChange={change}
    />
  );
}
