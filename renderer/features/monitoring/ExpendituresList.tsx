import { Loader, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/domain/budget';
import { formatDate, formatQuarter } from '../../../shared/format';
import type { Expenditure } from '../../../shared/schemas/monitoring';
import { useLanguage } from '../../app/useLanguage';
import { lineExpenditures, removeExpenditure } from '../../db/monitoring/expenditures';
import { moneyText } from './format';
import { RowActions } from './parts';

/** The expenditures of one line and source, read when its row is opened. */
export function LineExpenditures({
  seriesId,
  lineKey,
  source,
  ...rest
}: { seriesId: string; lineKey: string; source: Source } & Omit<
  Parameters<typeof ExpendituresList>[0],
  'list'
>) {
  const list = useLiveQuery(
    () => lineExpenditures(seriesId, lineKey, source),
    [seriesId, lineKey, source],
  );
  return list ? <ExpendituresList list={list} {...rest} /> : <Loader size="xs" />;
}

/** The expenditures of one line and source, newest first, with edit and delete. */
function ExpendituresList({
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
                <RowActions
                  onEdit={() => onEdit(e)}
                  onDelete={() => removeExpenditure(planId, e.id)}
                  question={t('expenditure.deleteQuestion')}
                />
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
