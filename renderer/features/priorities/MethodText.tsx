import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const METHOD_STEPS = ['step1', 'step2', 'step3', 'step4', 'step5'] as const;

/** The scoring method in plain words (the same text as shared/domain/priorities/scoring.ts's header). */
export function MethodText() {
  const { t } = useTranslation('priorities');
  return (
    <Paper withBorder p="md" mt="lg" data-testid="method-text">
      <Title order={4} mb="xs">
        {t('method.title')}
      </Title>
      <Stack gap={6}>
        {METHOD_STEPS.map((step) => (
          <Text key={step} size="sm">
            {t(`method.${step}`)}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
