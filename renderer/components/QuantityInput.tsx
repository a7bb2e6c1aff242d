import type { FieldValues } from 'react-hook-form';
import { AmountField, type AmountProps } from './form/AmountField';
import type { BoundField } from './form/field';

/** A quantity typed with a comma or a dot (`2,5`, `1 000`), kept as integer thousandths (quantityMilli). */
export function QuantityField<T extends FieldValues, O>(props: AmountProps & BoundField<T, O>) {
  return <AmountField kind="quantity" {...props} />;
}
