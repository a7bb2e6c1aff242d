import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../shared/format';
import type { MeasurementRecord } from '../../../shared/schemas/monitoring';
import { useLanguage } from '../../app/useLanguage';
import { removeMeasurement } from '../../db/monitoring/measurements';
import { MeasurementForm } from './MeasurementForm';
import { RowActions } from './parts';

/**
 * A button "Values: n" that lists an indicator's recorded values, newest first, each with edit and
 * delete (asked first) where the plan may be written. While a value is edited the list steps aside
 * and comes back when the form closes.
 */
export function MeasurementsList({
  planId,
  title,
  values,
  editable,
}: {
  planId: string;
  title: string;
  values: readonly MeasurementRecord[];
  editable: boolean;
}) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<MeasurementRecord | null>(null);
  if (values.length === 0) return null;
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        onClick={() => setOpen(true)}
        data-testid="measurements-open"
      >
        {t('indicators.values', { count: values.length })}
      </Button>
      <Modal
        opened={open && !editing}
        onClose={() => setOpen(false)}
        title={`${t('indicators.valuesOf')}: ${title}`}
        size="lg"
      >
        <Stack gap="xs" data-testid="measurements">
          {values.map((m) => (
            <Group key={m.id} justify="space-between" wrap="nowrap" data-testid="measurement">
              <Stack gap={0}>
                <Text size="sm" fw={600} data-testid="measurement-text">
                  {[
                    formatDate(m.date),
                    formatNumber(m.value, lang),
                    'margin' in m && m.margin !== undefined && `± ${formatNumber(m.margin, lang)}`,
                    'n' in m && m.n !== undefined && `N = ${formatNumber(m.n, lang, 0)}`,
                    t(`measurementSource.${m.source}`),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                {m.note && (
                  <Text size="xs" c="dimmed">
                    {m.note}
                  </Text>
                )}
              </Stack>
              {editable && (
                <RowActions
                  onEdit={() => setEditing(m)}
                  onDelete={() => removeMeasurement(planId, m.id)}
                  question={t('indicators.deleteQuestion')}
                  testId="measurement"
                />
              )}
            </Group>
          ))}
        </Stack>
      </Modal>
      {editing && (
        <MeasurementForm
          planId={planId}
          measurement={editing}
          title={`${t('indicators.editValue')}: ${title}`}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
