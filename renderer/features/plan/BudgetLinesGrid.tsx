import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { quantityValue, SOURCES } from '../../../shared/domain/budget';
import type { ActivityNode } from '../../../shared/domain/plan-outline';
import { formatNumber, formatTyiyn } from '../../../shared/format';
import type { BudgetLine } from '../../../shared/schemas/plan';
import { text, uiLanguage } from './format';
import { DuplicateLineButton } from './DuplicateLineButton';
import { ItemControls, moveKeys } from './ItemControls';

interface Props {
  node: ActivityNode;
  locked: boolean;
  onAdd: () => void;
  onEdit: (line: BudgetLine) => void;
}

/** The budget lines of one activity with their totals row; unfunded is always shown. Plain table: plans have thousands of lines. */
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
        <div className="plan-lines-wrap">
          <table className="plan-lines" data-testid="budget-lines">
            <thead>
              <tr>
                <th>{t('fields.number')}</th>
                <th>{t('fields.item')}</th>
                <th>{t('fields.unit')}</th>
                <th className="num">{t('fields.quantity')}</th>
                <th className="num">{t('fields.unitCost')}</th>
                <th>{t('fields.year')}</th>
                <th className="num">{t('fields.total')}</th>
                {SOURCES.map((s) => (
                  <th key={s} className="num">
                    {t(`sources.${s}`)}
                  </th>
                ))}
                <th className="num">{t('fields.unfunded')}</th>
                {!locked && <th />}
              </tr>
            </thead>
            <tbody>
              {node.lines.map((row) => (
                <tr
                  key={row.line.id}
                  tabIndex={0}
                  onKeyDown={moveKeys('line', row.line.id, locked)}
                  data-testid="budget-line"
                >
                  <td>{row.number}</td>
                  <td className="item">{text(row.line.item, lang)}</td>
                  <td>{text(row.line.unit, lang)}</td>
                  <td className="num">
                    {formatNumber(quantityValue(row.line.quantityMilli), lang, 3)}
                  </td>
                  <td className="num">{som(row.line.unitCostTyiyn)}</td>
                  <td>{row.line.year}</td>
                  <td className="num">
                    <b>{som(row.totals.total)}</b>
                  </td>
                  {SOURCES.map((s) => (
                    <td key={s} className="num">
                      {som(row.line.shares[s])}
                      {s === 'residents' && row.line.residentsInKind && row.line.shares[s] > 0
                        ? ' *'
                        : ''}
                    </td>
                  ))}
                  <td
                    className={row.totals.unfunded > 0 ? 'num unfunded' : 'num'}
                    data-testid="line-unfunded"
                  >
                    {som(row.totals.unfunded)}
                  </td>
                  {!locked && (
                    <td>
                      <ItemControls
                        kind="line"
                        id={row.line.id}
                        name={text(row.line.item, lang)}
                        locked={locked}
                        onEdit={() => onEdit(row.line)}
                        testId="line"
                      />
                      <DuplicateLineButton lineId={row.line.id} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={6}>{t('fields.total')}</td>
                <td className="num" data-testid="activity-total">
                  {som(node.totals.total)}
                </td>
                {SOURCES.map((s) => (
                  <td key={s} className="num">
                    {som(node.totals.bySource[s])}
                  </td>
                ))}
                <td className={node.totals.unfunded > 0 ? 'num unfunded' : 'num'}>
                  {som(node.totals.unfunded)}
                </td>
                {!locked && <td />}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {!locked && (
        <button type="button" className="plan-add" onClick={onAdd} data-testid="line-add">
          {t('editor.addLine')}
        </button>
      )}
    </>
  );
}
