import { useState } from 'react';

/**
 * Text typed into a field whose value is not text (money, a date, a quarter): keeps exactly what
 * was typed, so a wrong entry stays visible beside its message, and shows the value afresh when it
 * changes from outside (a reset, a helper that fills it).
 */
export function useTypedText<V>(
  value: V,
  show: (value: V) => string,
  read: (text: string) => V,
  onChange: (value: V) => void,
) {
  const [text, setText] = useState(() => show(value));
  const [known, setKnown] = useState<V>(value);
  if (!Object.is(value, known)) {
    setKnown(value);
    setText(show(value));
  }
  const change = (next: string) => {
    const parsed = read(next);
    setText(next);
    setKnown(parsed);
    onChange(parsed);
  };
  return [text, change] as const;
}
