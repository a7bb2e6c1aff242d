import { Group, Text, TextInput } from '@mantine/core';
import type { Ref } from 'react';

export interface Choice {
  value: string;
  label: string;
}

interface Props {
  label: string;
  choices: Choice[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  /** Moves focus on: after a one-key answer, or on Enter. */
  onAdvance: (value: string | undefined) => void;
  inputRef: Ref<HTMLInputElement>;
  testId: string;
  autoFocus?: boolean;
  error?: string;
}

/**
 * A numbered choice answered with the keyboard: the clerk types the option's number (as printed on
 * the paper form). With up to 9 options one key answers and moves on; otherwise Enter does.
 * Enter on an empty field leaves the answer "not stated"; Backspace clears it.
 */
export function ChoiceField({
  label,
  choices,
  value,
  onChange,
  onAdvance,
  inputRef,
  testId,
  autoFocus,
  error,
}: Props) {
  const index = choices.findIndex((c) => c.value === value);
  const oneKey = choices.length <= 9;
  return (
    <Group align="flex-start" wrap="nowrap" gap="sm">
      <TextInput
        ref={inputRef}
        label={label}
        w={130}
        autoFocus={autoFocus}
        inputMode="numeric"
        value={index >= 0 ? String(index + 1) : ''}
        error={error}
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.ctrlKey) {
            e.preventDefault();
            onAdvance(value);
          } else if (e.key === 'Backspace' || e.key === 'Delete') {
            e.preventDefault();
            onChange(undefined);
          } else if (/^\d$/.test(e.key)) {
            e.preventDefault();
            const typed = oneKey || index < 0 ? Number(e.key) : Number(`${index + 1}${e.key}`);
            const picked = choices[typed - 1] ?? (oneKey ? undefined : choices[Number(e.key) - 1]);
            if (!picked) return;
            onChange(picked.value);
            if (oneKey) onAdvance(picked.value);
          }
        }}
        onChange={() => undefined}
      />
      <Text size="xs" c="dimmed" mt={26} style={{ lineHeight: 1.6 }}>
        {choices.map((c, i) => (
          <span
            key={c.value}
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
