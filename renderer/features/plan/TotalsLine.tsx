import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SOURCES, type BudgetTotals } from '../../../shared/domain/budget';
import { money, uiLanguage } from './format';

/** Total, each source, unfunded (always shown) and in kind, on one line. */
export function TotalsLine({ totals, testId }: { totals: BudgetTotals; testId?: string }) {
  const { t, i18n } = useTranslation('plan');
  const lang = uiLanguage(i18n.language);
  return (
    <Group gap="md" data-testid={testId} wrap="wrap">
      <Text size="sm" fw={700}>{`${t('fields.total')}: ${money(totals.total, lang)}`}</Text>
      {SOURCES.map((source) => (
        <Text
          key={source}
          size="sm"
        >{`${t(`sources.${source}`)}: ${money(totals.bySource[source], lang)}`}</Text>
      ))}
      <Text
        size="sm"
        c={totals.unfunded > 0 ? 'red' : 'dimmed'}
        fw={totals.unfunded > 0 ? 700 : 400}
      >
        {`${t('fields.unfunded')}: ${money(totals.unfunded, lang)}`}
      </Text>
      {totals.inKind > 0 && (
        <Text
          size="sm"
          c="dimmed"
        >{`${t('fields.inKindAmount')}: ${money(totals.inKind, lang)}`}</Text>
      )}
    </Group>
  );
}
