import type { FieldValues } from 'react-hook-form';
import { AmountField, type AmountProps } from './form/AmountField';
import type { BoundField } from './form/field';

/** Money typed in som (`1 234,50`, `1 234,50 сом`, `1234.50`, `1 234`), kept as integer tyiyn. */
export function MoneyField<T extends FieldValues, O>(props: AmountProps & BoundField<T, O>) {
  return <AmountField kind="money" {...props} />;
}
