import { Anchor, Card, Center, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { shareOfTotal, SOURCES, type BudgetTotals } from '../../../shared/domain/budget';
import { commitmentsByFunder, commitmentTotal } from '../../../shared/domain/plan-outline';
import { formatNumber, formatPercent, formatTyiyn } from '../../../shared/format';
import { text, uiLanguage } from './format';
import { useFunders, usePlanOutline } from './usePlans';

const SummaryChart = lazy(() => import('./SummaryChart'));

/** Budget summary: by source, by priority (with the stacked chart), by year, and each funder's commitments. */
export function BudgetSummary({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation('plan');
  const lang = uiLanguage(i18n.language);
  const outline = usePlanOutline(planId);
  const funders = useFunders();
  if (outline === undefined || funders === undefined)
    return (
      <Center>
        <Loader />
      </Center>
    );
  if (outline === null) return <Text>{t('common:notFound')}</Text>;
  const som = (tyiyn: number) => formatTyiyn(tyiyn, lang);
  const total = outline.totals.total;
  const commitments = commitmentsByFunder(outline);

  const totalsTable = (
    rows: { key: string; name: string; totals: BudgetTotals }[],
    testId: string,
  ) => (
    // Eight columns of amounts: on a 1024-pixel screen (in Kyrgyz, wider words) they scroll in a box.
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder fz="sm" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">{t('fields.total')}</Table.Th>
            {SOURCES.map((s) => (
              <Table.Th key={s} ta="right">
                {t(`sources.${s}`)}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('fields.unfunded')}</Table.Th>
            <Table.Th ta="right">{t('fields.inKindAmount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td style={{ minWidth: 220, maxWidth: 360, overflowWrap: 'break-word' }}>
                {row.name}
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                {som(row.totals.total)}
              </Table.Td>
              {SOURCES.map((s) => (
                <Table.Td key={s} ta="right">
                  {som(row.totals.bySource[s])}
                </Table.Td>
              ))}
              <Table.Td ta="right" c={row.totals.unfunded > 0 ? 'red' : undefined}>
                {som(row.totals.unfunded)}
              </Table.Td>
              <Table.Td ta="right">{som(row.totals.inKind)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );

  return (
    <Stack maw={1400}>
      <Anchor
        component={Link}
        href={`/plan/${planId}`}
        size="sm"
      >{`← ${text(outline.plan.title, lang)}`}</Anchor>
      <Title order={2}>{t('summary.title')}</Title>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('summary.bySource')}
        </Title>
        <Table withTableBorder fz="sm" data-testid="summary-sources">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('summary.source')}</Table.Th>
              <Table.Th ta="right">{t('summary.amount')}</Table.Th>
              <Table.Th ta="right">{t('summary.share')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {SOURCES.map((s) => (
              <Table.Tr key={s}>
                <Table.Td>{t(`sources.${s}`)}</Table.Td>
                <Table.Td ta="right">{som(outline.totals.bySource[s])}</Table.Td>
                <Table.Td ta="right">
                  {formatPercent(shareOfTotal(outline.totals.bySource[s], total), lang)}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr c="red">
              <Table.Td>{t('fields.unfunded')}</Table.Td>
              <Table.Td ta="right">{som(outline.totals.unfunded)}</Table.Td>
              <Table.Td ta="right">
                {formatPercent(shareOfTotal(outline.totals.unfunded, total), lang)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr fw={700}>
              <Table.Td>{t('fields.total')}</Table.Td>
              <Table.Td ta="right" data-testid="summary-total">
                {som(total)}
              </Table.Td>
              <Table.Td ta="right">{formatPercent(total > 0 ? 1 : 0, lang)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Text size="sm" mt="xs">
          {t('summary.inKindNote', { amount: som(outline.totals.inKind) })}
        </Text>
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('summary.byPriority')}
        </Title>
        {totalsTable(
          outline.priorities.map((p) => ({
            key: p.priority.id,
            name: `${p.number}. ${text(p.priority.title, lang)}`,
            totals: p.totals,
          })),
          'summary-priorities',
        )}
        <Title order={5} mt="md">
          {t('summary.chart')}
        </Title>
        <Suspense fallback={<Loader />}>
          <div data-testid="summary-chart">
            <SummaryChart
              rows={outline.priorities.map((p) => ({
                name: p.number,
                values: {
                  ...Object.fromEntries(SOURCES.map((s) => [s, p.totals.bySource[s] / 100])),
                  unfunded: p.totals.unfunded / 100,
                } as Record<(typeof SOURCES)[number] | 'unfunded', number>,
              }))}
              labels={{
                ...(Object.fromEntries(SOURCES.map((s) => [s, t(`sources.${s}`)])) as Record<
                  (typeof SOURCES)[number],
                  string
                >),
                unfunded: t('fields.unfunded'),
              }}
              format={(amount) => formatNumber(amount, lang, 0)}
            />
          </div>
        </Suspense>
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('summary.byYear')}
        </Title>
        {totalsTable(
          outline.byYear.map((y) => ({
            key: String(y.year),
            name: String(y.year),
            totals: y.totals,
          })),
          'summary-years',
        )}
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('summary.funderCommitments')}
        </Title>
        <Table withTableBorder fz="sm" data-testid="summary-funders">
          <Table.Tbody>
            {funders.map((funder) => {
              const list = commitments.get(funder.id) ?? [];
              return (
                <Table.Tr key={funder.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {text(funder.name, lang)}
                  </Table.Td>
                  <Table.Td>
                    {list.length
                      ? [...new Set(list.map((c) => t(`sources.${c.source}`)))].join(', ')
                      : t('funders.noCommitments')}
                  </Table.Td>
                  <Table.Td ta="right">{som(commitmentTotal(list))}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}
