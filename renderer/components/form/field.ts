/* Binding one toolkit input to react-hook-form, with its message in the clerk's language. */
import {
  useController,
  type Control,
  type FieldError,
  type FieldValues,
  type Path,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/errors';

/** What every bound field takes: the form's control and the value's path. */
export interface BoundField<T extends FieldValues, O = T> {
  control: Control<T, unknown, O>;
  name: Path<T>;
}

/** The labels every field shares. `required` draws the asterisk only; the schema decides. */
export interface FieldLabels {
  label?: string;
  description?: string;
  required?: boolean;
  testId?: string;
}

/**
 * The first message of a field's error: on the field itself, or on a part of it (a LocalizedText
 * reports "required" on the object and "too long" on `name.ru`).
 */
export function fieldMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const own = (error as FieldError).message;
  if (typeof own === 'string' && own) return own;
  for (const [key, part] of Object.entries(error)) {
    if (key === 'ref' || key === 'type' || key === 'types') continue;
    const nested = fieldMessage(part);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * useController plus the field's translated error, and the props every Mantine input of the
 * toolkit takes from them (ref for focus on error, labels, asterisk, blur, error, test id).
 */
export function useBoundField<T extends FieldValues, O>(
  { control, name }: BoundField<T, O>,
  labels: FieldLabels = {},
) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const error = errorText(t, fieldMessage(fieldState.error));
  const inputProps = {
    ref: field.ref,
    label: labels.label,
    description: labels.description,
    withAsterisk: labels.required,
    onBlur: field.onBlur,
    error,
    'data-testid': labels.testId,
  };
  return { field, error, inputProps };
}
