/* The before/after outcomes of a priority: each measure, its change with the margin, the verdict. */
import { Badge, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Estimate } from '../../../shared/domain/monitoring/indicators';
import type { OutcomeMeasure, OutcomeRow } from '../../../shared/domain/monitoring/outcomes';
import { formatNumber, formatPercent } from '../../../shared/format';
import type { Language } from '../../../shared/languages';
import { useLanguage } from '../../app/useLanguage';
import { HeadRow } from './parts';

const VERDICT_COLOR = { improved: 'teal', worsened: 'red', noMeasurableChange: 'gray' } as const;

/** A measured value: a share as a percentage, a mean with two decimals, a count whole. */
function valueText(measure: OutcomeMeasure, value: number, lang: Language): string {
  if (measure === 'problemShare') return formatPercent(value, lang);
  return formatNumber(value, lang, measure === 'policeCount' ? 0 : 2);
}

/** A value with its respondents (a count of offences is its own n). */
function estimateText(measure: OutcomeMeasure, estimate: Estimate, lang: Language): string {
  const value = valueText(measure, estimate.value, lang);
  return measure === 'policeCount' ? value : `${value} (n = ${formatNumber(estimate.n, lang, 0)})`;
}

/** A change or margin: a share's in percentage points, the others in their own unit. */
function deltaText(measure: OutcomeMeasure, delta: number, lang: Language, t: TFunction): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '';
  if (measure === 'problemShare')
    return t('assessment:units.points', {
      value: `${sign}${formatNumber(Math.abs(delta) * 100, lang, 1)}`,
    });
  return `${sign}${formatNumber(Math.abs(delta), lang, measure === 'policeCount' ? 1 : 2)}`;
}

/** "−10,0 п.п. ± 6,0 п.п." */
function changeText(
  measure: OutcomeMeasure,
  change: OutcomeRow['change'],
  lang: Language,
  t: TFunction,
) {
  return `${deltaText(measure, change.change, lang, t)} ± ${deltaText(measure, change.margin, lang, t).replace(/^\+/, '')}`;
}

/** The outcome rows of an assessment (stored, or previewed in its form). */
export function OutcomesTable({ rows, testId }: { rows: readonly OutcomeRow[]; testId?: string }) {
  const { t } = useTranslation('assessment');
  const lang = useLanguage();
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid={testId}>
        {t('outcomes.none')}
      </Text>
    );
  const withComparison = rows.some((r) => r.comparison);
  return (
    <Table withTableBorder fz="sm" data-testid={testId}>
      <HeadRow
        labels={[
          t('outcomes.measure'),
          t('outcomes.before'),
          t('outcomes.after'),
          t('outcomes.change'),
          ...(withComparison ? [t('outcomes.comparison'), t('outcomes.net')] : []),
          t('outcomes.verdict'),
        ]}
      />
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.measure} data-testid="outcome-row" data-measure={row.measure}>
            <Table.Td>{t(`measures.${row.measure}`)}</Table.Td>
            <Table.Td>{estimateText(row.measure, row.before, lang)}</Table.Td>
            <Table.Td>{estimateText(row.measure, row.after, lang)}</Table.Td>
            <Table.Td>{changeText(row.measure, row.change, lang, t)}</Table.Td>
            {withComparison && (
              <>
                <Table.Td>
                  {row.comparison ? changeText(row.measure, row.comparison, lang, t) : '—'}
                </Table.Td>
                <Table.Td>{changeText(row.measure, row.net, lang, t)}</Table.Td>
              </>
            )}
            <Table.Td>
              <Badge
                color={VERDICT_COLOR[row.verdict]}
                variant="light"
                data-testid="outcome-verdict"
              >
                {t(`verdict.${row.verdict}`)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
