import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format';
import { quantityValue, SOURCES } from '../../../shared/domain/budget';
import type { ActivityNode } from '../../../shared/domain/plan-outline';
import type { BudgetLine } from '../../../shared/schemas/plan';
import { formatTyiyn } from '../../../shared/format';
import { ItemControls, moveKeys } from './ItemControls';
import { text, uiLanguage } from './format';

interface Props {
  node: ActivityNode;
  locked: boolean;
  onAdd: () => void;
  onEdit: (line: BudgetLine) => void;
}

/** The budget lines of one activity with their totals row; unfunded is always shown. */
export function BudgetLinesGrid({ node, locked, onAdd, onEdit }: Props) {
  const { t, i18n } = useTranslation('plan');
  const lang = uiLanguage(i18n.language);
  const som = (tyiyn: number) => formatTyiyn(tyiyn, lang);
  return (
    <>
      {node.lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('editor.noLines')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped withTableBorder fz="sm" data-testid="budget-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.number')}</Table.Th>
                <Table.Th>{t('fields.item')}</Table.Th>
                <Table.Th>{t('fields.unit')}</Table.Th>
                <Table.Th ta="right">{t('fields.quantity')}</Table.Th>
                <Table.Th ta="right">{t('fields.unitCost')}</Table.Th>
                <Table.Th>{t('fields.year')}</Table.Th>
                <Table.Th ta="right">{t('fields.total')}</Table.Th>
                {SOURCES.map((s) => (
                  <Table.Th key={s} ta="right">
                    {t(`sources.${s}`)}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('fields.unfunded')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {node.lines.map((row) => (
                <Table.Tr
                  key={row.line.id}
                  tabIndex={0}
                  onKeyDown={moveKeys('line', row.line.id, locked)}
                  data-testid="budget-line"
                >
                  <Table.Td>{row.number}</Table.Td>
                  <Table.Td style={{ minWidth: 160, maxWidth: 280, overflowWrap: 'break-word' }}>
                    {text(row.line.item, lang)}
                  </Table.Td>
                  <Table.Td>{text(row.line.unit, lang)}</Table.Td>
                  <Table.Td ta="right">
                    {formatNumber(quantityValue(row.line.quantityMilli), lang, 3)}
                  </Table.Td>
                  <Table.Td ta="right">{som(row.line.unitCostTyiyn)}</Table.Td>
                  <Table.Td>{row.line.year}</Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {som(row.totals.total)}
                  </Table.Td>
                  {SOURCES.map((s) => (
                    <Table.Td key={s} ta="right">
                      {som(row.line.shares[s])}
                      {s === 'residents' && row.line.residentsInKind && row.line.shares[s] > 0
                        ? ' *'
                        : ''}
                    </Table.Td>
                  ))}
                  <Table.Td
                    ta="right"
                    c={row.totals.unfunded > 0 ? 'red' : undefined}
                    data-testid="line-unfunded"
                  >
                    {som(row.totals.unfunded)}
                  </Table.Td>
                  <Table.Td>
                    <ItemControls
                      kind="line"
                      id={row.line.id}
                      name={text(row.line.item, lang)}
                      locked={locked}
                      onEdit={() => onEdit(row.line)}
                      testId="line"
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Td colSpan={6}>{t('fields.total')}</Table.Td>
                <Table.Td ta="right" data-testid="activity-total">
                  {som(node.totals.total)}
                </Table.Td>
                {SOURCES.map((s) => (
                  <Table.Td key={s} ta="right">
                    {som(node.totals.bySource[s])}
                  </Table.Td>
                ))}
                <Table.Td ta="right" c={node.totals.unfunded > 0 ? 'red' : undefined}>
                  {som(node.totals.unfunded)}
                </Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
      {!locked && (
        <Button size="xs" variant="light" mt="xs" onClick={onAdd} data-testid="line-add">
          {t('editor.addLine')}
        </Button>
      )}
    </>
  );
}
