import { Select, type ComboboxData } from '@mantine/core';
import type { FieldValues } from 'react-hook-form';
import { useBoundField, type BoundField, type FieldLabels } from '../../components/form/field';

/**
 * A picker whose value may be left out (a meeting, a decision, a funder): the toolkit's binding
 * with a clear button; cleared is undefined, never ''.
 */
export function OptionalSelectField<T extends FieldValues, O>({
  label,
  description,
  testId,
  data,
  placeholder,
  ...bound
}: FieldLabels & BoundField<T, O> & { data: ComboboxData; placeholder?: string }) {
  const { field, error } = useBoundField(bound);
  return (
    <Select
      ref={field.ref}
      label={label}
      description={description}
      placeholder={placeholder}
      data={data}
      clearable
      value={field.value ?? null}
      onChange={(value) => field.onChange(value ?? undefined)}
      onBlur={field.onBlur}
      error={error}
      data-testid={testId}
    />
  );
}
