import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConversionSummary } from './import/import-client';

const LIMIT = 50;

/** What the import did or will do, row by row: skipped rows, answers left empty, unknown codes. */
export function ImportReport({
  result,
  headers,
  ignored,
  imported,
  alreadyImported,
}: {
  result: ConversionSummary;
  headers: string[];
  /** Columns left out of the import, each named. */
  ignored: string[];
  imported?: number;
  alreadyImported?: { rowNumber: number; externalId: string }[];
}) {
  const { t } = useTranslation('study');
  const blanks = result.blanks.filter((b) => b.count > 0);
  // Sorted first, translated only for the lines shown (a report can list tens of thousands).
  const items = [
    ...result.skipped.map((s) => ({ row: s.rowNumber, kind: 'skip' as const, s })),
    ...(alreadyImported ?? []).map((a) => ({ row: a.rowNumber, kind: 'already' as const, a })),
    ...result.issues.map((i) => ({ row: i.rowNumber, kind: 'issue' as const, i })),
  ].sort((a, b) => a.row - b.row);
  const text = (item: (typeof items)[number]) =>
    item.kind === 'skip'
      ? t(`import.skip.${item.s.reason}`, { row: item.s.rowNumber, of: item.s.ofRow ?? '' })
      : item.kind === 'already'
        ? t('import.skip.alreadyImported', { row: item.a.rowNumber, id: item.a.externalId })
        : t(`import.issue.${item.i.reason}`, {
            row: item.i.rowNumber,
            column: item.i.column,
            value: item.i.value,
          });
  return (
    <Stack gap="xs" data-testid="import-report">
      {imported !== undefined && imported > 0 && (
        <Alert color="teal" data-testid="import-done">
          {t('import.imported', {
            count: imported,
            skipped: result.skipped.length + (alreadyImported?.length ?? 0),
          })}
        </Alert>
      )}
      {imported === 0 && (
        <Alert color="gray" data-testid="import-nothing-new">
          {t('studyImport:nothingNew')}
        </Alert>
      )}
      {imported === undefined && (
        <Text fw={700}>
          {t('import.willImport', { count: result.rowCount, skipped: result.skipped.length })}
        </Text>
      )}
      {ignored.length > 0 && (
        <Text size="sm" data-testid="import-ignored">
          {t('studyImport:ignored', { count: ignored.length, columns: ignored.join('; ') })}
        </Text>
      )}
      {result.unknown.length > 0 && (
        <Alert color="orange" title={t('import.unknownTitle')} data-testid="import-anomalies">
          <List size="sm">
            {result.unknown.slice(0, LIMIT).map((u) => (
              <List.Item key={`${u.column}-${u.value}`}>
                {t(
                  u.field === 'problems'
                    ? 'studyImport:unknownDropped'
                    : 'studyImport:unknownEmpty',
                  {
                    column: u.column,
                    value: u.value,
                    count: u.rows.length,
                    rows: u.rows.slice(0, 5).join(', '),
                  },
                )}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {blanks.length > 0 && (
        <Stack gap={2} data-testid="import-blanks">
          <Text size="sm" fw={600}>
            {t('studyImport:blanksTitle')}
          </Text>
          <Text size="sm">
            {blanks
              .map((b) =>
                t('studyImport:blankLine', { column: headers[b.column] ?? '', count: b.count }),
              )
              .join('; ')}
          </Text>
        </Stack>
      )}
      {items.length > 0 && (
        <List size="sm" data-testid="import-lines">
          {items.slice(0, LIMIT).map((item, i) => (
            <List.Item key={i}>{text(item)}</List.Item>
          ))}
          {items.length > LIMIT && (
            <List.Item>{t('import.more', { count: items.length - LIMIT })}</List.Item>
          )}
        </List>
      )}
    </Stack>
  );
}
