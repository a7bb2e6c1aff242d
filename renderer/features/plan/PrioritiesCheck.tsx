import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checkPlanPriorities } from '../../../shared/domain/plan-priorities-check';
import type { PlanOutline } from '../../../shared/domain/plan-outline';
import { useLanguage } from '../../app/useLanguage';
import { text } from './format';
import { useLatestDecision } from './useLatestDecision';

/** Warns when the plan's priorities are not the ones the territory's latest priorities decision chose. */
export function PrioritiesCheck({ outline }: { outline: PlanOutline }) {
  const { t } = useTranslation('planChecks');
  const lang = useLanguage();
  const decision = useLatestDecision(outline.plan.territoryId);
  if (!decision || outline.plan.supersededAt) return null;
  const check = checkPlanPriorities(
    outline.priorities.map((p) => p.priority),
    decision,
  );
  if (check.consistent)
    return (
      <Text size="sm" c="dimmed" data-testid="priorities-consistent">
        {t('consistent', { name: text(decision.title, lang) })}
      </Text>
    );
  const names = (codes: string[]) =>
    codes.map((code) => text(decision.titles.get(code), lang) || code);
  return (
    <Alert color="yellow" title={t('title')} data-testid="priorities-mismatch">
      {t('decision', { name: text(decision.title, lang) })}
      <List size="sm" mt={4}>
        {check.missing.length > 0 && (
          <List.Item data-testid="priorities-missing">
            {t('missing', { names: names(check.missing).join('; ') })}
          </List.Item>
        )}
        {check.extra.length > 0 && (
          <List.Item data-testid="priorities-extra">
            {t('extra', { names: check.extra.map((p) => text(p.title, lang)).join('; ') })}
          </List.Item>
        )}
      </List>
    </Alert>
  );
}
