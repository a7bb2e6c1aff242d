import { yearSpan } from '../../../shared/format';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { pickText } from '../../../shared/localized-text';
import { useTerritory } from '../../app/territory-context';
import { useLanguage } from '../../app/useLanguage';
import { MonitoringScreen } from './MonitoringScreen';
import { useMonitoredPlans } from './useMonitoring';

/** The approved plans of the territory that monitoring follows (one per series). */
function MonitoredPlans() {
  const { t } = useTranslation('monitoring');
  const lang = useLanguage();
  const territory = useTerritory();
  const plans = useMonitoredPlans(territory.id);
  return (
    <Stack maw={1100}>
      <Title order={2}>{t('title')}</Title>
      {plans && plans.length === 0 && <Text data-testid="monitoring-empty">{t('list.empty')}</Text>}
      {plans?.map((plan) => (
        <Card key={plan.id} withBorder data-testid="monitoring-plan">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={4}>
              <Text fw={700}>{pickText(plan.title, lang).text}</Text>
              <Group gap="xs">
                <Text size="sm">{yearSpan(plan.startYear, plan.endYear)}</Text>
                <Badge variant="light">{t(`plan:status.${plan.status}`)}</Badge>
                <Text size="sm" c="dimmed">
                  {t('plan:list.version', { version: plan.version })}
                </Text>
              </Group>
            </Stack>
            <Button component={Link} href={`/monitoring/${plan.id}`} data-testid="monitoring-open">
              {t('list.open')}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/** The monitoring section: the plans followed, and one plan's monitoring screen. */
export default function MonitoringSection() {
  return (
    <Switch>
      <Route path="/monitoring/:id">
        {(params) => <MonitoringScreen key={params.id} planId={params.id} />}
      </Route>
      <Route component={MonitoredPlans} />
    </Switch>
  );
}
