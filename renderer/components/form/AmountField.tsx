/* The one text field behind MoneyField and QuantityField. */
import { TextInput } from '@mantine/core';
import type { FieldValues } from 'react-hook-form';
import { formatTyiyn } from '../../../shared/format';
import { amountValue, readMoney, readQuantity } from '../../../shared/parse';
import { useLanguage } from '../../app/useLanguage';
import { useBoundField, type BoundField, type FieldLabels } from './field';
import { useTypedText } from './useTypedText';

export interface AmountProps extends FieldLabels {
  /** The value when the field is left empty: NaN where the amount is required, 0 where not. */
  emptyValue?: number;
  /** Show a stored 0 as an empty field (optional shares). */
  blankZero?: boolean;
  size?: 'xs' | 'sm';
}

/** A text field for an exact decimal amount (money or a quantity) bound to a form. */
export function AmountField<T extends FieldValues, O>({
  kind,
  emptyValue = Number.NaN,
  blankZero,
  label,
  description,
  required,
  testId,
  size,
  ...bound
}: AmountProps & BoundField<T, O> & { kind: 'money' | 'quantity' }) {
  const lang = useLanguage();
  const { field, inputProps } = useBoundField(bound, { label, description, required, testId });
  const show = (value: number) => {
    if (!Number.isSafeInteger(value) || value < 0 || (blankZero && value === 0)) return '';
    if (kind === 'money') return formatTyiyn(value, lang);
    const whole = Math.floor(value / 1000);
    const rest = String(value % 1000)
      .padStart(3, '0')
      .replace(/0+$/, '');
    return rest ? `${whole}${lang === 'en' ? '.' : ','}${rest}` : String(whole);
  };
  const read = (text: string) =>
    amountValue(kind === 'money' ? readMoney(text) : readQuantity(text), emptyValue);
  const [text, change] = useTypedText<number>(field.value, show, read, field.onChange);
  return (
    <TextInput
      {...inputProps}
      inputMode="decimal"
      size={size}
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
    />
  );
}
