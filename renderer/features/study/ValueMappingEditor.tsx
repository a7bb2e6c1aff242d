import { Alert, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ValueEntry {
  /** The key in the mapping's `values`. */
  key: string;
  /** The value as the file has it. */
  value: string;
  /** Where it occurs (column name), shown beside the value. */
  column?: string;
  /** Row numbers, for the clerk to find it in the file (empty for an already mapped value). */
  rows: number[];
  /** The options this value may mean. */
  options: { value: string; label: string }[];
}

const UNSET = '\u0000unset';
const SKIP = '\u0000skip';

/**
 * For each value of the file that matches no option: pick the option it means, or leave the answer
 * empty. Values the clerk already mapped stay listed so the choice can be changed or undone.
 */
export function ValueMappingEditor({
  entries,
  values,
  onChange,
  testId,
}: {
  entries: ValueEntry[];
  values: Record<string, string>;
  /** `undefined` = forget the choice (the value is unknown again). */
  onChange: (key: string, option: string | undefined) => void;
  testId: string;
}) {
  const { t } = useTranslation('study');
  if (entries.length === 0) return null;
  return (
    <Alert color="orange" title={t('valueMap.title')} data-testid={testId}>
      <Stack gap={6}>
        <Text size="sm">{t('valueMap.hint')}</Text>
        {entries.map((entry, index) => {
          const current = values[entry.key];
          return (
            <Group key={entry.key} gap="sm" wrap="nowrap">
              <Text size="sm" w={360} truncate="end" title={entry.value}>
                {entry.column ? `${entry.column}: ` : ''}«{entry.value}»
                {entry.rows.length > 0
                  ? ` — ${t('valueMap.rows', { count: entry.rows.length, rows: entry.rows.slice(0, 5).join(', ') })}`
                  : ''}
              </Text>
              <Select
                size="xs"
                w={320}
                searchable
                allowDeselect={false}
                aria-label={t('valueMap.means', { value: entry.value })}
                value={current === undefined ? UNSET : current === '' ? SKIP : current}
                data={[
                  { value: UNSET, label: t('valueMap.unset') },
                  { value: SKIP, label: t('valueMap.skip') },
                  ...entry.options,
                ]}
                onChange={(v) =>
                  onChange(entry.key, v === null || v === UNSET ? undefined : v === SKIP ? '' : v)
                }
                data-testid={`${testId}-${index}`}
              />
            </Group>
          );
        })}
      </Stack>
    </Alert>
  );
}
