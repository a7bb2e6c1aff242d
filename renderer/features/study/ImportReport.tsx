import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConversionResult } from '../../../shared/domain/study/import/mapper';

const LIMIT = 50;

/** What the import did or will do, row by row: skipped rows, answers left empty, unknown codes. */
export function ImportReport({
  result,
  imported,
  alreadyImported,
}: {
  result: ConversionResult;
  imported?: number;
  alreadyImported?: { rowNumber: number; externalId: string }[];
}) {
  const { t } = useTranslation('study');
  const lines = [
    ...result.skipped.map((s) => ({
      row: s.rowNumber,
      text: t(`import.skip.${s.reason}`, { row: s.rowNumber, of: s.ofRow ?? '' }),
    })),
    ...(alreadyImported ?? []).map((s) => ({
      row: s.rowNumber,
      text: t('import.skip.alreadyImported', { row: s.rowNumber, id: s.externalId }),
    })),
    ...result.issues.map((i) => ({
      row: i.rowNumber,
      text: t(`import.issue.${i.reason}`, { row: i.rowNumber, column: i.column, value: i.value }),
    })),
  ].sort((a, b) => a.row - b.row);
  return (
    <Stack gap="xs" data-testid="import-report">
      {imported !== undefined && (
        <Alert color="teal" data-testid="import-done">
          {t('import.imported', {
            count: imported,
            skipped: result.skipped.length + (alreadyImported?.length ?? 0),
          })}
        </Alert>
      )}
      {imported === undefined && (
        <Text fw={700}>
          {t('import.willImport', { count: result.rows.length, skipped: result.skipped.length })}
        </Text>
      )}
      {/* Before storing, the value-mapping editor lists the unknown codes instead. */}
      {result.unknown.length > 0 && imported !== undefined && (
        <Alert color="orange" title={t('import.unknownTitle')}>
          <List size="sm">
            {result.unknown.map((u) => (
              <List.Item key={`${u.column}-${u.value}`}>
                {t('import.unknownLine', {
                  column: u.column,
                  value: u.value,
                  count: u.rows.length,
                  rows: u.rows.slice(0, 5).join(', '),
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {lines.length > 0 && (
        <List size="sm" data-testid="import-lines">
          {lines.slice(0, LIMIT).map((line, i) => (
            <List.Item key={i}>{line.text}</List.Item>
          ))}
          {lines.length > LIMIT && (
            <List.Item>{t('import.more', { count: lines.length - LIMIT })}</List.Item>
          )}
        </List>
      )}
    </Stack>
  );
}
