import { Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sensitivity, type SensitivityRow } from '../../../shared/domain/priorities/sensitivity';
import { criterionName, problemName, type AssessmentViewProps } from './assessment-model';
import { useLanguage } from '../../app/useLanguage';
import { DataTable } from '../../components/DataTable';

/** Which ranks change if any one weight moves by ±10 points. */
export function SensitivityView({ assessment, model }: AssessmentViewProps) {
  const { t } = useTranslation('priorities');
  const lang = useLanguage();
  const k = Math.max(assessment.selected.length, 4);
  const rows = useMemo(
    () => sensitivity(model.criteria, model.evidence, model.scored, k),
    [model, k],
  );
  const name = (code: string) => problemName(model.titles, code, lang);
  const describe = (row: SensitivityRow | undefined) => {
    if (!row || row.changes.length === 0)
      return (
        <Text size="sm" c="dimmed">
          {t('sensitivity.stable')}
        </Text>
      );
    return (
      <>
        {row.changes.map((change) => (
          <Text size="sm" key={change.code}>
            {t('sensitivity.change', {
              problem: name(change.code),
              from: change.from ?? '—',
              to: change.to ?? '—',
            })}
          </Text>
        ))}
        {row.entering.length > 0 && (
          <Text size="sm" c="teal">
            {t('sensitivity.entering', { list: row.entering.map(name).join(', ') })}
          </Text>
        )}
        {row.leaving.length > 0 && (
          <Text size="sm" c="red">
            {t('sensitivity.leaving', { list: row.leaving.map(name).join(', ') })}
          </Text>
        )}
      </>
    );
  };
  return (
    <>
      <Text mb="sm">{t('sensitivity.intro')}</Text>
      <DataTable
        withTableBorder
        withColumnBorders
        data-testid="sensitivity-table"
        head={[t('sensitivity.criterion'), t('sensitivity.minus'), t('sensitivity.plus')]}
      >
        {model.criteria
          .filter((c) => c.active)
          .map((c) => (
            <Table.Tr key={c.key} data-testid={`sensitivity-${c.key}`}>
              <Table.Td>{`${criterionName(c, t, lang)} (${c.weight} %)`}</Table.Td>
              <Table.Td>{describe(rows.find((r) => r.key === c.key && r.delta === -10))}</Table.Td>
              <Table.Td>{describe(rows.find((r) => r.key === c.key && r.delta === 10))}</Table.Td>
            </Table.Tr>
          ))}
      </DataTable>
    </>
  );
}
