import { List, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { disagreements } from '../../../shared/domain/priorities/sheets';
import { formatNumber } from '../../../shared/format';
import { criterionName, problemName, type AssessmentModel } from './assessment-model';
import { useLanguage } from '../../app/useLanguage';

/** Mean, spread and the value used per (problem, criterion); where members disagree most. */
export function ScoreSummary({ model }: { model: AssessmentModel }) {
  const { t } = useTranslation('priorities');
  const lang = useLanguage();
  const criteria = model.criteria.filter((c) => c.source === 'scored' && c.active);
  const byCriterion = new Map(model.criteria.map((c) => [c.key, c]));
  const num = (value: number | null) => (value === null ? '—' : formatNumber(value, lang, 1));
  const worst = disagreements(model.stats, 8);
  if (criteria.length === 0) return null;
  return (
    <>
      <Title order={4}>{t('sheets.summary')}</Title>
      <Table withTableBorder withColumnBorders data-testid="score-summary" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ranking.problem')}</Table.Th>
            {criteria.map((c) => (
              <Table.Th key={c.key}>
                {criterionName(c, t, lang)}
                <Text size="xs" c="dimmed">
                  {`${t('sheets.mean')} · ${t('sheets.spread')} → ${t('sheets.used')}`}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {model.evidence.map(({ code }) => (
            <Table.Tr key={code}>
              <Table.Td>{problemName(model.titles, code, lang)}</Table.Td>
              {criteria.map((c) => {
                const stat = model.stats.find((s) => s.code === code && s.key === c.key);
                return (
                  <Table.Td key={c.key}>
                    {stat?.used === null || !stat
                      ? t('ranking.noData')
                      : `${num(stat.mean)} · ${num(stat.spread)} → ${num(stat.used)}${stat.usedFrom === 'consensus' ? ' ✓' : ''}`}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={5}>{t('sheets.disagree')}</Title>
      {worst.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sheets.noDisagree')}
        </Text>
      ) : (
        <List size="sm" data-testid="disagreements">
          {worst.map((s) => (
            <List.Item key={`${s.code}|${s.key}`}>
              {t('sheets.disagreeLine', {
                problem: problemName(model.titles, s.code, lang),
                criterion: criterionName(byCriterion.get(s.key) ?? { key: s.key }, t, lang),
                min: s.min,
                max: s.max,
              })}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
