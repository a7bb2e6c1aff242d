import { Group, Text, TextInput } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useBoundField, type BoundField } from '../../components/form/field';

export interface Choice<V = unknown> {
  value: V;
  label: string;
}

interface Props<V> {
  label: string;
  choices: Choice<V>[];
  /** Moves focus on: after a one-key answer, or on Enter. */
  onAdvance: () => void;
  /** Runs after the clerk picked or cleared the answer (to clear answers that depend on it). */
  onPicked?: (value: V | undefined) => void;
  testId: string;
  autoFocus?: boolean;
  /** The input, for a form that moves the cursor itself (at once, not after a timer). */
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A numbered choice bound to a form, answered with the keyboard: the clerk types the option's
 * number (as printed on the paper form). With up to 9 options one key answers and moves on;
 * otherwise Enter does. Enter on an empty field leaves the answer "not stated"; Backspace clears it.
 */
export function ChoiceField<T extends FieldValues, O, V>({
  label,
  choices,
  onAdvance,
  onPicked,
  testId,
  autoFocus,
  inputRef,
  ...bound
}: Props<V> & BoundField<T, O>) {
  const { field, error } = useBoundField(bound);
  const ref = useMergedRef(field.ref, inputRef);
  const index = choices.findIndex((c) => Object.is(c.value, field.value));
  const oneKey = choices.length <= 9;
  const pick = (value: V | undefined) => {
    field.onChange(value);
    onPicked?.(value);
  };
  return (
    <Group align="flex-start" wrap="nowrap" gap="sm">
      <TextInput
        ref={ref}
        label={label}
        w={130}
        autoFocus={autoFocus}
        inputMode="numeric"
        value={index >= 0 ? String(index + 1) : ''}
        error={error}
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
        onBlur={field.onBlur}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            onAdvance();
          } else if (e.key === 'Backspace' || e.key === 'Delete') {
            e.preventDefault();
            pick(undefined);
          } else if (/^\d$/.test(e.key)) {
            e.preventDefault();
            const typed = oneKey || index < 0 ? Number(e.key) : Number(`${index + 1}${e.key}`);
            const picked = choices[typed - 1] ?? (oneKey ? undefined : choices[Number(e.key) - 1]);
            if (!picked) return;
            pick(picked.value);
            if (oneKey) onAdvance();
          }
        }}
        onChange={() => undefined}
      />
      <Text size="xs" c="dimmed" mt={26} style={{ lineHeight: 1.6 }}>
        {choices.map((c, i) => (
          <span
            key={String(c.value)}
            style={{
              marginRight: 10,
              fontWeight: i === index ? 700 : undefined,
              color: i === index ? 'var(--mantine-color-teal-8)' : undefined,
            }}
          >
            {`${i + 1} ${c.label}`}
          </span>
        ))}
      </Text>
    </Group>
  );
}
