import { NativeSelect, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CatalogueProblem } from '../../../shared/domain/study/catalogue';
import type { ColumnTarget } from '../../../shared/domain/study/import/fields';
import { excelSerialToIso } from '../../../shared/domain/study/import/mapper';
import type { Confidence } from '../../../shared/domain/study/import/propose';
import { formatDate } from '../../../shared/format';
import type { ReadSummary } from './import/import-client';
import { targetOptions } from './import-targets';

export const encodeTarget = (t: ColumnTarget) =>
  t.field === 'problemOption' || t.field === 'concern' ? `${t.field}:${t.code}` : t.field;
const decode = (v: string): ColumnTarget => {
  const [field, code] = v.split(':');
  return field === 'problemOption' || field === 'concern'
    ? { field, code: code! }
    : ({ field } as ColumnTarget);
};

const DATE_HEADER = /date|time|start|end|today|дата|время|күн|убакыт/i;

/** A preview value as the clerk reads it: a date cell (an Excel serial) as a date. */
function previewText(value: unknown, header: string, target: ColumnTarget | undefined): string {
  if (
    typeof value === 'number' &&
    value > 20_000 &&
    value < 80_000 &&
    (target?.field === 'submittedAt' || DATE_HEADER.test(header))
  )
    return formatDate(excelSerialToIso(value).slice(0, 10));
  return value === null || value === undefined ? '' : String(value);
}

/** One row per column: header, first values, how sure the guess is, and the target to choose. */
export function ImportMappingTable({
  summary,
  columns,
  confidence,
  suggestions,
  problems,
  onChange,
}: {
  summary: ReadSummary;
  columns: ColumnTarget[];
  confidence?: Confidence[];
  suggestions?: ColumnTarget[][];
  problems: CatalogueProblem[];
  onChange: (columns: ColumnTarget[]) => void;
}) {
  const { t, i18n } = useTranslation('study');
  const options = targetOptions(t, problems, i18n.language);
  const labels = new Map(options.flatMap((g) => g.items.map((i) => [i.value, i.label])));
  return (
    <ScrollArea h={320}>
      <Table data-testid="import-mapping">
        <Table.Tbody>
          {summary.headers.map((header, col) => {
            const target = columns[col] ?? { field: 'ignore' };
            const level = confidence?.[col];
            const suggested = (suggestions?.[col] ?? [])
              .map(encodeTarget)
              .filter((v) => labels.has(v))
              .map((v) => ({ value: v, label: labels.get(v)! }));
            return (
              <Table.Tr key={col}>
                <Table.Td>{header}</Table.Td>
                <Table.Td c="dimmed">
                  {summary.preview
                    .map((r) => previewText(r[col], header, target))
                    .filter((v) => v !== '')
                    .slice(0, 3)
                    .join(' · ')}
                </Table.Td>
                <Table.Td w={150}>
                  {level && (
                    <Text
                      size="xs"
                      c={level === 'sure' ? 'teal' : level === 'guess' ? 'orange' : 'dimmed'}
                      data-testid={`import-conf-${col}`}
                    >
                      {t(`studyImport:confidence.${level}`)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td w={300}>
                  {/* A native select: one per column, cheap to mount (16 floating Mantine
                      selects blocked the UI thread for ~400 ms); type-ahead works. */}
                  <NativeSelect
                    size="xs"
                    aria-label={header}
                    value={encodeTarget(target)}
                    data={
                      suggested.length > 0
                        ? [{ group: t('studyImport:suggested'), items: suggested }, ...options]
                        : options
                    }
                    onChange={(event) => {
                      const next = [...columns];
                      next[col] = decode(event.currentTarget.value);
                      onChange(next);
                    }}
                    data-testid={`import-col-${col}`}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
