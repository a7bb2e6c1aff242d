import { ScrollArea, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  periodRange,
  policeIndicator,
  previousPeriod,
  quarterOfDate,
  latestPeriod,
} from '../../../shared/domain/study/police';
import { formatNumber, formatPercent, formatQuarter, today } from '../../../shared/format';
import { pickText } from '../../../shared/schemas/localized-text';
import { useTerritory } from '../../app/territory-context';
import { useLanguage } from '../../app/useLanguage';
import { ConfirmButton } from '../../components/ConfirmButton';
import { deleteComplaint, setPoliceCount } from '../../db/study/police';
import { ComplaintForm } from './ComplaintForm';
import { PoliceImport } from './PoliceImport';
import { useProblems } from '../../db/hooks';
import { useComplaints, usePlaces, usePoliceStats } from './useStudyData';
import { Editable, useReadOnly } from '../../app/read-only';
import { catalogueName, problemName } from '../../../shared/domain/study/catalogue';

function lastQuarters(n: number, latestInData: string | null): string[] {
  const end = latestInData && latestInData.includes('Q') ? latestInData : quarterOfDate(today());
  let start = end;
  for (let i = 1; i < n; i += 1) start = previousPeriod(start);
  return periodRange(start, end);
}

/** Police statistics per problem and quarter (rate per 100,000, trend) and local-government complaints. */
export function PoliceTab() {
  const { t } = useTranslation('study');
  const lang = useLanguage();
  const readOnly = useReadOnly();
  const territory = useTerritory();
  const catalogue = useProblems();
  const problems = (catalogue ?? []).filter((p) => !p.retired);
  const storedStats = usePoliceStats(territory.id);
  const stats = storedStats ?? [];
  const complaints = useComplaints(territory.id) ?? [];
  const places = usePlaces(territory.id) ?? [];
  const periods = lastQuarters(8, latestPeriod(stats));
  const latest = periods[periods.length - 1]!;
  const value = (period: string, code: string) =>
    stats
      .filter((s) => s.period === period && s.problemCode === code)
      .reduce((sum, s) => sum + s.count, 0);
  const has = (period: string, code: string) =>
    stats.some((s) => s.period === period && s.problemCode === code);
  return (
    <Stack>
      <Title order={4}>{t('police.title')}</Title>
      <Editable>
        <PoliceImport territoryId={territory.id} problems={problems} />
      </Editable>
      <Text size="sm" c="dimmed">
        {t('police.hint', { population: formatNumber(territory.population, lang) })}
      </Text>
      <ScrollArea>
        <Table withColumnBorders data-testid="police-grid">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('police.problem')}</Table.Th>
              {periods.map((p) => (
                <Table.Th key={p}>{formatQuarter(p, lang)}</Table.Th>
              ))}
              <Table.Th>{t('police.rate', { period: formatQuarter(latest, lang) })}</Table.Th>
              <Table.Th>{t('police.trend')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((problem) => {
              const indicator = policeIndicator(stats, problem.code, territory.population, latest);
              return (
                <Table.Tr key={problem.code}>
                  <Table.Td>{catalogueName(problem, lang)}</Table.Td>
                  {periods.map((period) => (
                    <Table.Td key={period} p={2}>
                      <TextInput
                        size="xs"
                        w={64}
                        inputMode="numeric"
                        readOnly={readOnly}
                        aria-label={`${catalogueName(problem, lang)} ${period}`}
                        defaultValue={
                          has(period, problem.code) ? String(value(period, problem.code)) : ''
                        }
                        key={`${period}-${problem.code}-${value(period, problem.code)}-${has(period, problem.code)}`}
                        data-testid={`police-${problem.code}-${period}`}
                        onBlur={(e) => {
                          const text = e.currentTarget.value.replace(/\s/g, '');
                          if (text === '')
                            return void setPoliceCount(territory.id, period, problem.code, null);
                          if (/^\d+$/.test(text))
                            void setPoliceCount(territory.id, period, problem.code, Number(text));
                          else
                            e.currentTarget.value = has(period, problem.code)
                              ? String(value(period, problem.code))
                              : '';
                        }}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    {indicator.ratePer100k === null
                      ? '—'
                      : formatNumber(indicator.ratePer100k, lang, 1)}
                  </Table.Td>
                  <Table.Td>
                    {indicator.trend === null
                      ? indicator.change === null
                        ? '—'
                        : `${indicator.change > 0 ? '+' : ''}${indicator.change}`
                      : `${indicator.trend > 0 ? '+' : ''}${formatPercent(indicator.trend, lang, 0)}`}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Title order={4}>{t('complaints.title')}</Title>
      {catalogue && storedStats && (
        <ComplaintForm
          territoryId={territory.id}
          period={latest}
          problems={problems}
          places={places}
        />
      )}
      <Table striped data-testid="complaints-table">
        <Table.Tbody>
          {complaints.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{formatQuarter(c.period, lang)}</Table.Td>
              <Table.Td>{problemName(problems, c.problemCode, lang)}</Table.Td>
              <Table.Td>
                {c.placeId
                  ? pickText(places.find((p) => p.id === c.placeId)?.name, lang).text
                  : '—'}
              </Table.Td>
              <Table.Td>{t(`complaints.kinds.${c.kind}`)}</Table.Td>
              <Table.Td>{c.count}</Table.Td>
              <Table.Td>
                <Editable>
                  <ConfirmButton
                    size="compact-xs"
                    variant="default"
                    color="red"
                    question={t('complaints.deleteConfirm')}
                    onConfirm={() => deleteComplaint(c.id)}
                  >
                    {t('common:delete')}
                  </ConfirmButton>
                </Editable>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
