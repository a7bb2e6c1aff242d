import { yearSpan } from '../../../shared/format';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Plan } from '../../../shared/schemas/plan';
import { useTerritory } from '../../app/territory-context';
import { copyPlanFromPrevious, createPlan } from '../../db/plans';
import { text, uiLanguage } from './format';
import { PlanForm } from './PlanForm';
import { usePlans } from './usePlans';
import { Editable } from '../../app/read-only';

/** The territory's plans: latest versions first, earlier versions beneath; create or copy. */
export function PlanList() {
  const { t, i18n } = useTranslation('plan');
  const lang = uiLanguage(i18n.language);
  const territory = useTerritory();
  const plans = usePlans(territory.id);
  const [, navigate] = useLocation();
  const [creating, setCreating] = useState(false);
  const [copying, setCopying] = useState<Plan | null>(null);
  const year = new Date().getFullYear();

  const series = new Map<string, Plan[]>();
  for (const plan of plans ?? [])
    series.set(plan.seriesId, [...(series.get(plan.seriesId) ?? []), plan]);

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>{t('list.heading')}</Title>
        <Group>
          <Button
            variant="default"
            component={Link}
            href="/plan/funders"
            data-testid="funders-open"
          >
            {t('list.funders')}
          </Button>
          <Editable>
            <Button onClick={() => setCreating(true)} data-testid="plan-create">
              {t('list.create')}
            </Button>
          </Editable>
        </Group>
      </Group>
      {plans && plans.length === 0 && <Text data-testid="plans-empty">{t('list.empty')}</Text>}
      {[...series.values()].map((versions) => {
        const sorted = [...versions].sort((a, b) => b.version - a.version);
        const latest = sorted[0]!;
        return (
          <Card key={latest.seriesId} withBorder data-testid="plan-card">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={4}>
                <Text fw={700}>{text(latest.title, lang)}</Text>
                <Group gap="xs">
                  <Text size="sm">{yearSpan(latest.startYear, latest.endYear)}</Text>
                  <Badge variant="light">{t(`status.${latest.status}`)}</Badge>
                  <Text size="sm" c="dimmed">
                    {t('list.version', { version: latest.version })}
                  </Text>
                </Group>
                {sorted.length > 1 && (
                  <Group gap="xs">
                    <Text size="sm" c="dimmed">
                      {t('list.earlierVersions')}
                    </Text>
                    {sorted.slice(1).map((old) => (
                      <Link key={old.id} href={`/plan/${old.id}`} data-testid="plan-old-version">
                        {t('list.version', { version: old.version })}
                      </Link>
                    ))}
                  </Group>
                )}
              </Stack>
              <Group wrap="nowrap">
                <Editable>
                  <Button variant="default" onClick={() => setCopying(latest)}>
                    {t('list.copyFrom')}
                  </Button>
                </Editable>
                <Button component={Link} href={`/plan/${latest.id}`} data-testid="plan-open">
                  {t('list.open')}
                </Button>
              </Group>
            </Group>
          </Card>
        );
      })}
      {creating && (
        <PlanForm
          title={t('list.create')}
          initial={{ title: {}, startYear: year, endYear: year + 1 }}
          onClose={() => setCreating(false)}
          onSave={async (input) => {
            const plan = await createPlan(territory.id, input);
            notifications.show({ message: t('list.created'), color: 'teal' });
            navigate(`/plan/${plan.id}`);
          }}
        />
      )}
      {copying && (
        <PlanForm
          title={t('list.copyFrom')}
          hint={t('list.copyHint')}
          initial={{
            title: copying.title,
            startYear: copying.endYear + 1,
            endYear: copying.endYear + 1 + (copying.endYear - copying.startYear),
          }}
          onClose={() => setCopying(null)}
          onSave={async (input) => {
            const plan = await copyPlanFromPrevious(copying.id, input);
            navigate(`/plan/${plan.id}`);
          }}
        />
      )}
    </Stack>
  );
}
