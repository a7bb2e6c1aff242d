import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatQuarter } from '../../../shared/format';
import type { Expenditure } from '../../../shared/schemas/monitoring';
import { useLanguage } from '../../app/useLanguage';
import { ConfirmButton } from '../../components/ConfirmButton';
import { removeExpenditure } from '../../db/monitoring/expenditures';
import { moneyText } from './format';

/** The expenditures of one line and source, newest first, with edit and delete. */
export function ExpendituresList({
  planId,
  list,
  editable,
  funderName,
  onEdit,
}: {
  planId: string;
  list: Expenditure[];
  editable: boolean;
  funderName: (id: string | null) => string;
  onEdit: (expenditure: Expenditure) => void;
}) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  if (list.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('expenditure.none')}
      </Text>
    );
  return (
    <Table fz="xs" data-testid="expenditures">
      <Table.Tbody>
        {list.map((e) => (
          <Table.Tr key={e.id} data-testid="expenditure">
            <Table.Td>{formatDate(e.date)}</Table.Td>
            <Table.Td>{formatQuarter(e.quarter, lang)}</Table.Td>
            <Table.Td data-testid="expenditure-amount-cell">
              {moneyText(e.amountTyiyn, lang)}
            </Table.Td>
            <Table.Td>{e.inKind ? t('expenditure.inKindShort') : t('expenditure.cash')}</Table.Td>
            <Table.Td>{funderName(e.funderId ?? null)}</Table.Td>
            <Table.Td>{e.payee ?? ''}</Table.Td>
            <Table.Td>
              {[
                t(`documentType.${e.document.type}`),
                e.document.number && `№ ${e.document.number}`,
                e.document.date && formatDate(e.document.date),
              ]
                .filter(Boolean)
                .join(' ')}
            </Table.Td>
            <Table.Td>
              {editable && (
                <Group gap="xs" wrap="nowrap">
                  <Button size="xs" variant="subtle" onClick={() => onEdit(e)}>
                    {t('edit')}
                  </Button>
                  <ConfirmButton
                    size="xs"
                    variant="subtle"
                    color="red"
                    question={t('expenditure.deleteQuestion')}
                    onConfirm={() => removeExpenditure(planId, e.id)}
                  >
                    {t('delete')}
                  </ConfirmButton>
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
