import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TFunction } from 'i18next';
import { formatMoney, formatNumber } from '../../../shared/format';
import type { Language } from '../../../shared/languages';
import { pickText } from '../../../shared/localized-text';
import { SECTIONS, type SectionKey } from '../../app/sections';
import { useTerritory } from '../../app/territory-context';
import { useCycleProgress, type CycleProgress } from './useCycleProgress';
import { useLanguage } from '../../app/useLanguage';
import classes from './HomeScreen.module.css';

const CYCLE: SectionKey[] = ['workingGroup', 'study', 'priorities', 'plan', 'monitoring'];

/** The text each step's card shows, with its figures formatted for the interface language. */
function progressText(
  key: SectionKey,
  progress: CycleProgress,
  lang: Language,
  t: TFunction,
): string {
  if (key === 'monitoring') {
    const m = progress.monitoring;
    if (!m) return t('progress.monitoringNone');
    return t('progress.monitoring', {
      done: formatNumber(m.done, lang),
      activities: formatNumber(m.activities, lang),
      spent: formatMoney(m.spent, lang),
      planned: formatMoney(m.planned, lang),
    });
  }
  if (key === 'workingGroup') {
    // Active members, as the roster prints them and the members' tab counts them.
    const figures = {
      members: formatNumber(progress.members, lang),
      former: formatNumber(progress.formerMembers, lang),
      meetings: formatNumber(progress.meetings, lang),
    };
    return progress.formerMembers > 0
      ? t('progress.workingGroupFormer', figures)
      : t('progress.workingGroup', figures);
  }
  const { monitoring: _monitoring, ...counts } = progress;
  return t(
    `progress.${key}`,
    Object.fromEntries(
      Object.entries(counts).map(([name, value]) => [name, formatNumber(value, lang)]),
    ),
  );
}

/** Marks the first usable screen for the start-up benchmark (once per page load). */
function markReady() {
  if (performance.getEntriesByName('koopsuz:home-ready').length === 0)
    performance.mark('koopsuz:home-ready');
}

/** The territory's home: who it is, and the steps of the plan cycle. */
export default function HomeScreen() {
  const { t } = useTranslation('home');
  const lang = useLanguage();
  const territory = useTerritory();
  const name = pickText(territory.name, lang).text;
  const progress = useCycleProgress(territory.id);
  useEffect(markReady, []);

  return (
    <Stack data-testid="home">
      <Group>
        <Title order={1} data-testid="home-title">
          {name}
        </Title>
        {territory.isSample && <Badge color="orange">{t('common:sampleBadge')}</Badge>}
      </Group>
      <Text c="dimmed">
        {t(`common:kinds.${territory.kind}`)} · {pickText(territory.parent, lang).text} ·{' '}
        {t('population', { value: formatNumber(territory.population, lang) })}
      </Text>
      <Text size="sm">
        {t('office', {
          office: pickText(territory.office.officeName, lang).text,
          position: pickText(territory.office.headPosition, lang).text,
          head: pickText(territory.office.headName, lang).text,
        })}
      </Text>
      <Title order={3} mt="md">
        {t('cycleTitle')}
      </Title>
      <div className={classes.grid}>
        {CYCLE.map((key, index) => {
          const section = SECTIONS.find((s) => s.key === key);
          const body = (
            <div className={classes.card} data-unbuilt={section ? undefined : true}>
              <p className={classes.step}>{`${index + 1}. ${t(`steps.${key}`)}`}</p>
              {section && progress && (
                <p className={classes.detail} data-testid={`progress-${key}`}>
                  {progressText(key, progress, lang, t)}
                </p>
              )}
              {!section && <p className={classes.detail}>{t('notBuilt')}</p>}
            </div>
          );
          return section ? (
            <Link key={key} href={section.path} className={classes.link}>
              {body}
            </Link>
          ) : (
            <div key={key}>{body}</div>
          );
        })}
      </div>
    </Stack>
  );
}
