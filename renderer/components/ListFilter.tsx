/* The text filter above a monitoring list, with how many of its rows are shown. */
import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Rows whose search text holds every word typed (case aside), and the filter's state. */
export function useTextFilter<T>(rows: readonly T[], text: (row: T) => string) {
  const [query, setQuery] = useState('');
  const keys = useMemo(() => rows.map((row) => text(row).toLocaleLowerCase()), [rows, text]);
  const shown = useMemo(() => {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return rows;
    return rows.filter((_, i) => words.every((w) => keys[i]!.includes(w)));
  }, [rows, keys, query]);
  return { query, setQuery, shown };
}

/** The filter's field, the count "shown of all", and the list (or a word that none matches). */
export function ListFilter({
  query,
  onChange,
  shown,
  all,
  label,
  placeholder,
  testId,
  controls,
  children,
}: {
  query: string;
  onChange: (query: string) => void;
  shown: number;
  all: number;
  label: string;
  placeholder: string;
  /** Test ids `${testId}` (the field) and `${testId}-count`. */
  testId: string;
  /** More controls beside the field (a switch). */
  controls?: ReactNode;
  /** The list of the rows shown. */
  children: ReactNode;
}) {
  const { t } = useTranslation('monitoringLists');
  return (
    <Stack gap="xs">
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <TextInput
            label={label}
            placeholder={placeholder}
            value={query}
            onChange={(e) => onChange(e.currentTarget.value)}
            w={360}
            data-testid={testId}
          />
          {controls}
        </Group>
        <Text size="sm" c="dimmed" data-testid={`${testId}-count`} data-count={shown}>
          {t('filter.count', { shown, all })}
        </Text>
      </Group>
      {shown === 0 ? <Text c="dimmed">{t('filter.none')}</Text> : children}
    </Stack>
  );
}
