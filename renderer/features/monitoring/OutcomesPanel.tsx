import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Estimate } from '../../../shared/domain/monitoring/indicators';
import { MEASURE_SOURCE } from '../../../shared/domain/monitoring/outcomes';
import { formatDate, formatNumber, formatQuarter } from '../../../shared/format';
import type { Language } from '../../../shared/languages';
import { pickText } from '../../../shared/localized-text';
import type { Study } from '../../../shared/schemas/study';
import { useLanguage } from '../../app/useLanguage';
import { addOutcomeMeasurement } from '../../db/monitoring/measurements';
import { MeasurementsList } from './MeasurementsList';
import type { PanelProps } from './model';
import { DECIMALS, type OutcomeRow } from './outcomes-model';
import { HeadRow, LightButton } from './parts';
import { useOutcomes } from './useOutcomes';

type T = ReturnType<typeof useTranslation<'monitoring'>>['t'];

const studyName = (study: Study | undefined, lang: Language) =>
  study
    ? `${pickText(study.title, lang).text} (${formatDate(study.periodFrom)}–${formatDate(study.periodTo)})`
    : null;

/** An estimate as `27,3 ± 2,8 (N = 1 000)`, or for police quarters with their range. */
function estimateText(
  row: OutcomeRow,
  estimate: Estimate | null | undefined,
  quarters: { from: string; to: string } | undefined,
  lang: Language,
  t: T,
): string {
  if (!estimate) return '—';
  const digits = DECIMALS[row.indicator.measure];
  const parts = {
    value: formatNumber(estimate.value, lang, digits),
    margin: formatNumber(estimate.margin, lang, digits),
    n: formatNumber(estimate.n, lang, 0),
  };
  if (!quarters) return t('outcomes.estimate', parts);
  const [from, to] = [formatQuarter(quarters.from, lang), formatQuarter(quarters.to, lang)];
  return t('outcomes.quarters', { ...parts, from, to });
}

/** The change from baseline: "no measurable change" within the margin, else its size and sense. */
function changeText(row: OutcomeRow, lang: Language, t: T): string {
  const { proposal } = row;
  if (!proposal) return '—';
  const digits = DECIMALS[row.indicator.measure];
  const margin = formatNumber(proposal.change.margin, lang, digits);
  if (proposal.verdict === 'noMeasurableChange') return t('noMeasurableChange', { margin });
  const sign = proposal.change.change > 0 ? '+' : '−';
  const size = formatNumber(Math.abs(proposal.change.change), lang, digits);
  return `${sign}${size} (± ${margin}): ${t(`outcomes.verdict.${proposal.verdict}`)}`;
}

/** The note an accepted value carries: where it came from, with N and margin. */
function acceptNote(row: OutcomeRow, lang: Language, t: T): string {
  const accept = row.accept!;
  const margin = formatNumber(accept.margin, lang, DECIMALS[row.indicator.measure]);
  if (row.origin?.kind === 'study')
    return t('outcomes.fromStudy', {
      title: pickText(row.origin.study.title, lang).text,
      n: formatNumber(accept.n, lang, 0),
      margin,
    });
  const { from, to } = row.origin as { from: string; to: string };
  return t('outcomes.fromPolice', {
    from: formatQuarter(from, lang),
    to: formatQuarter(to, lang),
    margin,
  });
}

/**
 * The priorities' outcome indicators: baseline, the value a later study or newer police quarters
 * propose (with N and the 95 % margin), the change — "no measurable change" when within the
 * margin — and what was recorded. Accepting records the proposal as a measurement (one click);
 * ignoring sets it aside on this screen.
 */
export function OutcomesPanel({ model, editable }: PanelProps) {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  const state = useOutcomes(
    model.plan,
    model.priorities.map((p) => p.priority),
    model.outcomes,
  );
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  if (!state) return null;
  const nameOf = (row: OutcomeRow) =>
    [
      t(`outcomes.measure.${row.indicator.measure}`),
      row.priorityTitle && pickText(row.priorityTitle, lang).text,
    ]
      .filter(Boolean)
      .join(': ');
  const toggle = (key: string, on: boolean) =>
    setIgnored((set) => {
      const next = new Set(set);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const accept = (row: OutcomeRow) =>
    addOutcomeMeasurement(model.plan.id, row.indicator.key, {
      ...row.accept!,
      source: MEASURE_SOURCE[row.indicator.measure],
      note: acceptNote(row, lang, t),
    });
  return (
    <Stack gap="xs">
      <Title order={4}>{t('outcomes.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('outcomes.hint')}
      </Text>
      <Text size="sm" data-testid="outcomes-sources">
        {t('outcomes.sources', {
          baseline: studyName(state.baselineStudy, lang) ?? t('outcomes.none'),
          later: studyName(state.laterStudy, lang) ?? t('outcomes.noLater'),
        })}
      </Text>
      <Table withTableBorder fz="sm" data-testid="monitoring-outcomes">
        <HeadRow
          labels={[
            t('outcomes.indicator'),
            t('outcomes.baseline'),
            t('outcomes.proposed'),
            t('outcomes.change'),
            t('outcomes.recorded'),
            '',
          ]}
        />
        <Table.Tbody>
          {state.rows.map((row) => {
            const latest = row.recorded[0];
            const isIgnored = ignored.has(row.indicator.key);
            const laterQuarters = row.origin?.kind === 'police' ? row.origin : undefined;
            return (
              <Table.Tr
                key={row.indicator.key}
                data-testid="outcome-row"
                data-key={row.indicator.key}
              >
                <Table.Td>{nameOf(row)}</Table.Td>
                <Table.Td data-testid="outcome-baseline">
                  {estimateText(row, row.baseline, row.baselineQuarters, lang, t)}
                </Table.Td>
                <Table.Td data-testid="outcome-proposed">
                  {row.proposal
                    ? estimateText(row, row.proposal.proposed, laterQuarters, lang, t)
                    : t('outcomes.noProposal')}
                </Table.Td>
                <Table.Td data-testid="outcome-change">
                  {row.proposal?.verdict === 'noMeasurableChange' ? (
                    <Text size="sm" c="dimmed">
                      {changeText(row, lang, t)}
                    </Text>
                  ) : (
                    changeText(row, lang, t)
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" data-testid="outcome-recorded">
                      {latest
                        ? `${formatNumber(latest.value, lang, DECIMALS[row.indicator.measure])} (${formatDate(latest.date)})`
                        : '—'}
                    </Text>
                    <MeasurementsList
                      planId={model.plan.id}
                      title={nameOf(row)}
                      values={row.recorded}
                      editable={editable}
                    />
                  </Group>
                </Table.Td>
                <Table.Td>
                  {row.accepted ? (
                    <Badge variant="light" color="teal" data-testid="outcome-accepted">
                      {t('outcomes.accepted')}
                    </Badge>
                  ) : editable && row.accept && isIgnored ? (
                    <Group gap="xs" wrap="nowrap">
                      <Text size="xs" c="dimmed" data-testid="outcome-ignored">
                        {t('outcomes.ignored')}
                      </Text>
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => toggle(row.indicator.key, false)}
                      >
                        {t('outcomes.restore')}
                      </Button>
                    </Group>
                  ) : editable && row.accept ? (
                    <Group gap="xs" wrap="nowrap">
                      <LightButton onClick={() => accept(row)} testId="outcome-accept">
                        {t('outcomes.accept')}
                      </LightButton>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="gray"
                        onClick={() => toggle(row.indicator.key, true)}
                        data-testid="outcome-ignore"
                      >
                        {t('outcomes.ignore')}
                      </Button>
                    </Group>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
