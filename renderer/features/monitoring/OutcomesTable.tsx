/* The before/after outcomes of a priority: each measure, its change with the margin, the verdict. */
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Estimate } from '../../../shared/domain/monitoring/indicators';
import type { AssessmentOutcome } from '../../../shared/domain/monitoring/assessment-outcomes';
import type { OutcomeMeasure } from '../../../shared/domain/monitoring/outcomes';
import { changeText, measureValueText } from '../../../shared/documents/assessment-texts';
import { formatNumber } from '../../../shared/format';
import type { Language } from '../../../shared/languages';
import { useLanguage } from '../../app/useLanguage';
import { HeadRow } from './parts';

const VERDICT_COLOR = { improved: 'teal', worsened: 'red', noMeasurableChange: 'gray' } as const;

/** A value with its respondents (police figures are per quarter, over n quarters: no n shown). */
function estimateText(measure: OutcomeMeasure, estimate: Estimate, lang: Language): string {
  const value = measureValueText(measure, estimate.value, lang);
  return measure === 'policeCount' ? value : `${value} (n = ${formatNumber(estimate.n, lang, 0)})`;
}

/** The outcome rows of an assessment (stored, or previewed in its form). */
export function OutcomesTable({
  rows,
  testId,
}: {
  rows: readonly AssessmentOutcome[];
  testId?: string;
}) {
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
            <Table.Td>{changeText(row.measure, row.change, lang)}</Table.Td>
            {withComparison && (
              <>
                <Table.Td>
                  {row.comparison ? changeText(row.measure, row.comparison, lang) : '—'}
                </Table.Td>
                <Table.Td>{changeText(row.measure, row.net, lang)}</Table.Td>
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
