import { Alert, Badge, Checkbox, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_PRIORITIES } from '../../../shared/domain/priorities/snapshot';
import { formatNumber } from '../../../shared/format';
import { updateAssessment } from '../../db/priorities';
import { criterionName, problemName, type AssessmentViewProps } from './assessment-model';
import { formatRaw } from './format-values';
import { useReportError } from './useReportError';
import { useLanguage } from '../../app/useLanguage';

/** The live ranking: each problem's score broken down by criterion; tick 4–7 priorities. */
export function RankingTable({ assessment, model }: AssessmentViewProps) {
  const { t } = useTranslation('priorities');
  const lang = useLanguage();
  const report = useReportError();
  const { ranking } = model;
  const selected = assessment.selected;
  const toggle = (code: string, on: boolean) =>
    report(() =>
      updateAssessment(assessment.id, {
        selected: on ? [...selected, code] : selected.filter((c) => c !== code),
      }),
    );
  if (ranking.rows.length === 0) return <Text c="dimmed">{t('ranking.empty')}</Text>;
  return (
    <>
      {ranking.allEqual.map((key) => (
        <Alert key={key} color="gray" mb="xs" data-testid={`all-equal-${key}`}>
          {t('ranking.allEqual', {
            criterion: criterionName(
              ranking.criteria.find((c) => c.key === key)!,
              t,
              lang,
            ),
          })}
        </Alert>
      ))}
      <Text
        fw={500}
        mb="xs"
        c={selected.length >= 4 ? undefined : 'orange'}
        data-testid="selected-count"
      >
        {t('ranking.selected', { count: selected.length })}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder withColumnBorders striped fz="sm" data-testid="ranking-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ranking.select')}</Table.Th>
              <Table.Th>{t('ranking.rank')}</Table.Th>
              <Table.Th>{t('ranking.problem')}</Table.Th>
              <Table.Th>{t('ranking.score')}</Table.Th>
              {ranking.criteria.map((c) => (
                <Table.Th key={c.key}>
                  {criterionName(c, t, lang)}
                  <Text size="xs" c="dimmed">{`${c.weight} %`}</Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ranking.rows.map((row) => {
              const name = problemName(model.titles, row.code, lang);
              const isSelected = selected.includes(row.code);
              return (
                <Table.Tr
                  key={row.code}
                  data-testid="ranking-row"
                  data-code={row.code}
                  data-rank={row.rank ?? ''}
                >
                  <Table.Td>
                    <Checkbox
                      aria-label={`${t('ranking.select')}: ${name}`}
                      checked={isSelected}
                      disabled={!isSelected && selected.length >= MAX_PRIORITIES}
                      title={
                        !isSelected && selected.length >= MAX_PRIORITIES
                          ? t('errors.tooManySelected')
                          : undefined
                      }
                      data-testid={`select-${row.code}`}
                      onChange={(event) => void toggle(row.code, event.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Text fw={700} data-testid="rank">
                        {row.rank ?? '—'}
                      </Text>
                      {row.tied && (
                        <Badge size="xs" variant="light">
                          {t('ranking.tied')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text fw={isSelected ? 700 : 400}>{name}</Text>
                    {row.flagged && (
                      <Badge size="xs" color="orange" variant="light">
                        {t('ranking.flagged')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td fw={700} data-testid="score">
                    {row.score === null ? t('ranking.noData') : formatNumber(row.score, lang, 1)}
                  </Table.Td>
                  {row.cells.map((cell) => {
                    const criterion = ranking.criteria.find((c) => c.key === cell.key)!;
                    return (
                      <Table.Td key={cell.key} data-testid={`cell-${cell.key}`}>
                        {cell.raw === null ? (
                          <Text size="xs" c="dimmed" fs="italic">
                            {t('ranking.noData')}
                          </Text>
                        ) : (
                          t('ranking.breakdown', {
                            value: formatRaw(criterion.source, cell.raw, lang),
                            points: formatNumber(cell.contribution, lang, 1),
                          })
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
