/* The plain fields of the toolkit, each bound to a form in one line: text, long text, pickers, a tick. */
import {
  Checkbox,
  MultiSelect,
  Select,
  Textarea,
  TextInput,
  type ComboboxData,
} from '@mantine/core';
import type { FieldValues } from 'react-hook-form';
import { useBoundField, type BoundField, type FieldLabels } from './field';

type Bound<T extends FieldValues, O> = FieldLabels & BoundField<T, O>;

/** One line of text (empty stays '' and the schema decides). */
export function TextField<T extends FieldValues, O>({
  label,
  description,
  required,
  testId,
  maxLength,
  placeholder,
  ...bound
}: Bound<T, O> & { maxLength?: number; placeholder?: string }) {
  const { field, inputProps } = useBoundField(bound, { label, description, required, testId });
  return (
    <TextInput
      {...inputProps}
      placeholder={placeholder}
      maxLength={maxLength}
      value={field.value ?? ''}
      onChange={(event) => field.onChange(event.currentTarget.value)}
    />
  );
}

/** Several lines of text; Enter is a new line, Ctrl+Enter saves the form. */
export function TextareaField<T extends FieldValues, O>({
  label,
  description,
  required,
  testId,
  maxLength,
  minRows = 2,
  ...bound
}: Bound<T, O> & { maxLength?: number; minRows?: number }) {
  const { field, inputProps } = useBoundField(bound, { label, description, required, testId });
  return (
    <Textarea
      {...inputProps}
      maxLength={maxLength}
      autosize
      minRows={minRows}
      value={field.value ?? ''}
      onChange={(event) => field.onChange(event.currentTarget.value)}
    />
  );
}

/** One value picked from a list (Enter picks, never saves); `clearable` for an optional one. */
export function SelectField<T extends FieldValues, O>({
  label,
  description,
  required,
  testId,
  data,
  searchable,
  clearable,
  placeholder,
  ...bound
}: Bound<T, O> & {
  data: ComboboxData;
  searchable?: boolean;
  clearable?: boolean;
  placeholder?: string;
}) {
  const { field, inputProps } = useBoundField(bound, { label, description, required, testId });
  return (
    <Select
      {...inputProps}
      placeholder={placeholder}
      data={data}
      searchable={searchable}
      clearable={clearable}
      allowDeselect={false}
      value={field.value ?? null}
      onChange={(value) => field.onChange(value ?? undefined)}
    />
  );
}

/** Several values picked from a list (Enter picks, never saves). */
export function MultiSelectField<T extends FieldValues, O>({
  label,
  description,
  required,
  testId,
  data,
  placeholder,
  ...bound
}: Bound<T, O> & { data: ComboboxData; placeholder?: string }) {
  const { field, inputProps } = useBoundField(bound, { label, description, required, testId });
  return (
    <MultiSelect
      {...inputProps}
      aria-label={label}
      placeholder={placeholder}
      data={data}
      searchable
      value={field.value ?? []}
      onChange={field.onChange}
    />
  );
}

/** A yes/no tick. */
export function CheckboxField<T extends FieldValues, O>({
  label,
  description,
  testId,
  ...bound
}: Bound<T, O>) {
  const { field, error } = useBoundField(bound);
  return (
    <Checkbox
      ref={field.ref}
      label={label}
      description={description}
      onBlur={field.onBlur}
      error={error}
      data-testid={testId}
      checked={Boolean(field.value)}
      onChange={(event) => field.onChange(event.currentTarget.checked)}
    />
  );
}
