import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BlockingWarning } from '../../../shared/domain/study/import/propose';
import type { ConversionSummary } from './import/import-client';

/** What the import will hold, and what blocks it until the clerk chooses to import anyway. */
export function ImportGuard({
  result,
  warnings,
  anyway,
  onAnyway,
}: {
  result: ConversionSummary;
  warnings: BlockingWarning[];
  anyway: boolean;
  onAnyway: (value: boolean) => void;
}) {
  const { t } = useTranslation('studyImport');
  const refused = result.skipped.filter((s) => s.reason === 'consent').length;
  return (
    <Stack gap="xs">
      <Text fw={700} data-testid="import-counts">
        {t('counts', {
          total: result.rowCount + refused,
          already: result.alreadyImported,
          refused,
          add: result.rowCount - result.alreadyImported,
        })}
      </Text>
      {warnings.length > 0 && (
        <Alert color="red" data-testid="import-block">
          <Stack gap={6}>
            {warnings.map((w) => (
              <Text key={w} size="sm" data-testid={`import-block-${w}`}>
                {t(`block.${w}`)}
              </Text>
            ))}
            <Checkbox
              label={t('block.anyway')}
              checked={anyway}
              onChange={(e) => onAnyway(e.currentTarget.checked)}
              data-testid="import-anyway"
            />
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
