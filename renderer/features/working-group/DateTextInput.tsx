import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, isIsoDate, parseDate } from '../../../shared/format';

interface Props {
  label: string;
  value: string | undefined;
  /** ISO date when the text is a real date, '' when empty, else the raw text (the schema refuses it). */
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  testId?: string;
  w?: number;
}

/** A date typed as dd.mm.yyyy; a date that does not exist (31.02) stays visible beside its message. */
export function DateTextInput({ label, value, onChange, error, required, testId, w = 160 }: Props) {
  const { t } = useTranslation('workingGroup');
  const [text, setText] = useState(() =>
    value && isIsoDate(value) ? formatDate(value) : (value ?? ''),
  );
  return (
    <TextInput
      label={label}
      required={required}
      placeholder={t('members.dateHint')}
      value={text}
      w={w}
      error={error}
      data-testid={testId}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange(next.trim() ? (parseDate(next) ?? next) : '');
      }}
    />
  );
}
