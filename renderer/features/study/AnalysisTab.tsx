import { Group, MultiSelect, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  crossTab,
  safetyByPlace,
  sharesBy,
  type CrossTabMeasure,
} from '../../../shared/domain/study/analysis';
import { emptyCube, type CubeFilter, type Dimension } from '../../../shared/domain/study/cube';
import { problemIndicators } from '../../../shared/domain/study/indicators';
import { formatNumber, formatPercent } from '../../../shared/format';
import { pickText } from '../../../shared/schemas/localized-text';
import { AGE_GROUPS, GENDERS, RESPONDENT_GROUPS } from '../../../shared/schemas/study';
import { useTerritory } from '../../app/territory-context';
import type { AnalysisSources } from './useStudyData';
import { useLanguage } from '../../app/useLanguage';
import { catalogueName, problemName } from '../../../shared/domain/study/catalogue';
import { useAfterPaint } from '../../app/useAfterPaint';
import classes from './AnalysisTab.module.css';

const DIMS: Dimension[] = ['gender', 'ageGroup', 'respondentGroup', 'placeId'];

/** The analysis of one study, from its aggregates: per problem, by group, safety by place, cross-tabs. */
export function AnalysisTab({ sources }: { sources: AnalysisSources }) {
  const { t } = useTranslation('study');
  const lang = useLanguage();
  const territory = useTerritory();
  const { row } = sources;
  const problems = (sources.problems ?? []).filter((p) => !p.retired);
  const places = sources.places ?? [];
  const stats = sources.stats ?? [];
  const complaints = sources.complaints ?? [];
  // The first figures are drawn in the click's frame; filters, groups and cross-tabs once it is painted.
  const full = useAfterPaint();
  const [filter, setFilter] = useState<CubeFilter>({});
  const [by, setBy] = useState<Dimension>('gender');
  const [cross, setCross] = useState<{ row: Dimension; col: Dimension; measure: string }>({
    row: 'placeId',
    col: 'gender',
    measure: 'respondents',
  });
  const cube = row?.cube ?? emptyCube();
  const codes = problems.map((p) => p.code);
  const orders: Record<Dimension, readonly string[]> = {
    gender: GENDERS,
    ageGroup: AGE_GROUPS,
    respondentGroup: RESPONDENT_GROUPS,
    placeId: places.map((p) => p.id),
  };
  const label = (dim: Dimension, value: string) => {
    if (value === '') return t('analysis.notStated');
    if (value === 'all') return t('analysis.total');
    if (dim === 'placeId')
      return pickText(places.find((p) => p.id === value)?.name, lang).text || value;
    return t(`${dim === 'gender' ? 'genders' : dim === 'ageGroup' ? 'ages' : 'groups'}.${value}`);
  };
  const options = (dim: Dimension) =>
    [...orders[dim], ''].map((v) => ({ value: v === '' ? '__none' : v, label: label(dim, v) }));
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, lang));
  const num = (v: number | null, d = 1) => (v === null ? '—' : formatNumber(v, lang, d));
  const indicators = problemIndicators({
    codes,
    cube,
    filter,
    policeStats: stats,
    complaints,
    population: territory.population,
  });
  // Computed only once the first figures are on screen.
  const groups = full ? sharesBy(cube, by, codes, filter, orders[by]) : [];
  const safety = full ? safetyByPlace(cube, filter, orders.placeId) : [];
  const measure: CrossTabMeasure =
    cross.measure === 'respondents'
      ? { kind: 'respondents' }
      : cross.measure.startsWith('mean:')
        ? { kind: 'mean', field: cross.measure.slice(5) as 'safeDay' }
        : { kind: 'problem', code: cross.measure };
  const table = full ? crossTab(cube, cross.row, cross.col, measure, filter, orders) : null;
  const cellText = (c: {
    respondents: number;
    share: { value: number | null } | null;
    mean: number | null;
  }) =>
    measure.kind === 'mean'
      ? num(c.mean, 2)
      : measure.kind === 'respondents'
        ? `${c.respondents}`
        : `${pct(c.share?.value ?? null)} (${c.respondents})`;
  const dimSelect = (value: Dimension, onChange: (d: Dimension) => void, aria: string) => (
    <Select
      aria-label={aria}
      w={200}
      allowDeselect={false}
      value={value}
      data={DIMS.map((d) => ({ value: d, label: t(`analysis.dims.${d}`) }))}
      onChange={(v) => v && onChange(v as Dimension)}
    />
  );

  return (
    <Stack data-testid="analysis">
      <Group mih={60}>
        {full &&
          DIMS.map((dim) => (
            <MultiSelect
              key={dim}
              w={230}
              clearable
              label={t(`analysis.dims.${dim}`)}
              placeholder={t('analysis.all')}
              data={options(dim)}
              value={(filter[dim] ?? []).map((v) => (v === '' ? '__none' : v))}
              onChange={(values) =>
                setFilter({
                  ...filter,
                  [dim]: values.length ? values.map((v) => (v === '__none' ? '' : v)) : undefined,
                })
              }
            />
          ))}
      </Group>
      <Text fw={700} data-testid="analysis-respondents">
        {t('analysis.respondents', { count: indicators[0]?.respondents ?? 0 })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('analysis.denominator')}
      </Text>
      <Title order={4}>{t('analysis.perProblem')}</Title>
      <table className={classes.table} data-testid="analysis-problems">
        <thead>
          <tr>
            <th>{t('police.problem')}</th>
            <th>{t('analysis.named')}</th>
            <th>{t('analysis.share')}</th>
            <th>{t('analysis.meanConcern')}</th>
            <th>{t('analysis.policeCount', { period: indicators[0]?.policePeriod ?? '—' })}</th>
            <th>{t('analysis.policeRate')}</th>
            <th>{t('police.trend')}</th>
            <th>{t('analysis.complaints')}</th>
          </tr>
        </thead>
        <tbody>
          {[...indicators]
            .sort((a, b) => (b.share ?? 0) - (a.share ?? 0))
            .map((r) => (
              <tr key={r.code} data-testid={`analysis-row-${r.code}`}>
                <td>{problemName(problems, r.code, lang)}</td>
                <td>{`${r.named} / ${r.respondents}`}</td>
                <td>{pct(r.share)}</td>
                <td>{num(r.meanConcern, 2)}</td>
                <td>{r.policeCount ?? '—'}</td>
                <td>{num(r.policeRate)}</td>
                <td>
                  {r.policeTrend === null
                    ? '—'
                    : `${r.policeTrend > 0 ? '+' : ''}${formatPercent(r.policeTrend, lang, 0)}`}
                </td>
                <td>{r.complaints}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {table && (
        <>
          <Group>
            <Title order={4}>{t('analysis.byGroup')}</Title>
            {dimSelect(by, setBy, t('analysis.byGroup'))}
          </Group>
          <Table striped withColumnBorders data-testid="analysis-by">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('police.problem')}</Table.Th>
                {groups.map((g) => (
                  <Table.Th
                    key={g.value}
                  >{`${label(by, g.value)} (n = ${g.respondents})`}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {problems.map((p, i) => (
                <Table.Tr key={p.code}>
                  <Table.Td>{catalogueName(p, lang)}</Table.Td>
                  {groups.map((g) => (
                    <Table.Td key={g.value}>{pct(g.rows[i]!.share.value)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={4}>{t('analysis.safety')}</Title>
          <Table striped withColumnBorders data-testid="analysis-safety">
            <Table.Thead>
              <Table.Tr>
                {[
                  'q.place',
                  'analysis.n',
                  'q.safeDay',
                  'q.safeNight',
                  'q.trust',
                  'analysis.victims',
                  'analysis.reported',
                ].map((k) => (
                  <Table.Th key={k}>{t(k)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {safety.map((r) => (
                <Table.Tr key={r.placeId} fw={r.placeId === 'all' ? 700 : undefined}>
                  <Table.Td>{label('placeId', r.placeId)}</Table.Td>
                  <Table.Td>{r.respondents}</Table.Td>
                  <Table.Td>{num(r.safeDay, 2)}</Table.Td>
                  <Table.Td>{num(r.safeNight, 2)}</Table.Td>
                  <Table.Td>{num(r.trustPolice, 2)}</Table.Td>
                  <Table.Td>{pct(r.victims.value)}</Table.Td>
                  <Table.Td>{pct(r.reported.value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group>
            <Title order={4}>{t('analysis.crossTab')}</Title>
            {dimSelect(cross.row, (row) => setCross({ ...cross, row }), t('analysis.rows'))}
            {dimSelect(cross.col, (col) => setCross({ ...cross, col }), t('analysis.columns'))}
            <Select
              aria-label={t('analysis.measure')}
              w={280}
              allowDeselect={false}
              value={cross.measure}
              data={[
                { value: 'respondents', label: t('analysis.n') },
                { value: 'mean:safeDay', label: t('q.safeDay') },
                { value: 'mean:safeNight', label: t('q.safeNight') },
                { value: 'mean:trustPolice', label: t('q.trust') },
                ...problems.map((p) => ({
                  value: p.code,
                  label: `${t('analysis.share')}: ${catalogueName(p, lang)}`,
                })),
              ]}
              onChange={(v) => v && setCross({ ...cross, measure: v })}
            />
          </Group>
          <Table withColumnBorders data-testid="analysis-cross">
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                {table.columnValues.map((c) => (
                  <Table.Th key={c}>{label(cross.col, c)}</Table.Th>
                ))}
                <Table.Th>{t('analysis.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rowValues.map((r, i) => (
                <Table.Tr key={r}>
                  <Table.Td>{label(cross.row, r)}</Table.Td>
                  {table.cells[i]!.map((c, j) => (
                    <Table.Td key={j}>{cellText(c)}</Table.Td>
                  ))}
                  <Table.Td fw={700}>{cellText(table.rowTotals[i]!)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
