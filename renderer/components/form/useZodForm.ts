/*
 * The form toolkit (architecture A13): every form is react-hook-form over a zod schema of shared/,
 * drawn inside one <FormFrame>, with one input per kind of value. Usage:
 *
 *   const form = useZodForm(funderInputSchema, { name: {}, type: 'international' });
 *   return (
 *     <FormFrame form={form} title={t('funders.title')} onClose={onClose}
 *       onSubmit={(input) => createFunder(input)} submitTestId="funder-save">
 *       <LocalizedTextField control={form.control} name="name" label={t('funders.name')} required testId="funder-name" />
 *       <SelectField control={form.control} name="type" label={t('funders.type')} data={types} testId="funder-type" />
 *     </FormFrame>
 *   );
 *
 * - The schema's messages are i18n keys (`errors:required`); fields translate them beside
 *   themselves (fieldMessage). `required` on a field only draws the asterisk: the schema decides.
 * - Validation runs when a field is left, then on every change (mode `onTouched`), and on submit.
 * - FormFrame owns Save/Cancel, the failure alert, and the keyboard: focus in the first field,
 *   Enter in a picker picks, Ctrl+Enter saves, Escape asks before discarding typed changes.
 *   `onSubmit` may throw: a ValidationError's issues go beside their fields, anything else into the alert.
 * - Fields: LocalizedTextField, TextField, TextareaField, SelectField, MultiSelectField,
 *   IntegerField, MoneyField, QuantityField, DateField, QuarterField (renderer/components/).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type UseFormProps,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';

/** A form's RHF handle: values as typed (`z.input`), submitted as parsed (`z.output`). */
export type ZodForm<S extends z.ZodType<FieldValues, FieldValues>> = UseFormReturn<
  z.input<S>,
  unknown,
  z.output<S>
>;

/** react-hook-form validated by a shared zod schema, with the toolkit's validation timing. */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaults: DefaultValues<z.input<S>>,
  options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, 'resolver' | 'defaultValues'> = {},
): ZodForm<S> {
  return useForm<z.input<S>, unknown, z.output<S>>({
    // The resolver's overloads cannot see through the generic schema; the types above are exact.
    resolver: zodResolver(schema as never) as never,
    defaultValues: defaults,
    mode: 'onTouched',
    ...options,
  });
}
