import { TextInput } from '@mantine/core';
import { useState } from 'react';

interface Props {
  label: string;
  description?: string;
  required?: boolean;
  value: number | undefined;
  onChange: (value: number) => void;
  onBlur?: () => void;
  error?: string;
  testId?: string;
}

/** Parses what the clerk typed: spaces (also no-break) are grouping; anything else not a digit gives NaN. */
export function parseIntegerText(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  return /^[-−]?\d+([.,]\d+)?$/.test(compact)
    ? Number(compact.replace('−', '-').replace(',', '.'))
    : Number.NaN;
}

/**
 * A whole-number field that keeps exactly what was typed, so a wrong entry ("abc", "-5") stays
 * visible beside its message instead of silently disappearing.
 */
export function IntegerInput({
  label,
  description,
  required,
  value,
  onChange,
  onBlur,
  error,
  testId,
}: Props) {
  const [text, setText] = useState(() =>
    value !== undefined && Number.isFinite(value) ? String(value) : '',
  );
  return (
    <TextInput
      label={label}
      description={description}
      required={required}
      inputMode="numeric"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        onChange(parseIntegerText(event.currentTarget.value));
      }}
      onBlur={onBlur}
      error={error}
      data-testid={testId}
    />
  );
}
