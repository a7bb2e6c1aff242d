import { NativeSelect, ScrollArea, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
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

/**
 * How many of `total` rows are drawn in full: a few more each frame after mounting. A select's
 * choices cost most of the table's style and layout (≈ 50 choices × 16 columns laid out in one
 * frame blocked the UI thread for ~50 ms of CPU); spread over frames, no frame carries them all.
 */
function useRowsInFull(total: number, perFrame = 2): number {
  const [drawn, setDrawn] = useState(0);
  useEffect(() => {
    if (drawn >= total) return;
    const frame = requestAnimationFrame(() => setDrawn((n) => Math.min(total, n + perFrame)));
    return () => cancelAnimationFrame(frame);
  }, [drawn, total, perFrame]);
  return drawn;
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
  const drawn = useRowsInFull(summary.headers.length);
  // A select focused or pressed before its turn gets its choices at once (focus and pointer
  // events are rendered before the browser opens the list or handles a typed letter).
  const [touched, setTouched] = useState<ReadonlySet<number>>(new Set());
  const touch = (col: number) =>
    col >= drawn && !touched.has(col) && setTouched(new Set([...touched, col]));
  return (
    <ScrollArea h={320}>
      <Table data-testid="import-mapping">
        <Table.Tbody>
          {summary.headers.map((header, col) => {
            const target = columns[col] ?? { field: 'ignore' };
            const level = confidence?.[col];
            const value = encodeTarget(target);
            const full = col < drawn || touched.has(col);
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
                    value={value}
                    data={
                      !full
                        ? [{ value, label: labels.get(value) ?? value }]
                        : suggested.length > 0
                          ? [{ group: t('studyImport:suggested'), items: suggested }, ...options]
                          : options
                    }
                    onFocus={() => touch(col)}
                    onPointerDown={() => touch(col)}
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
