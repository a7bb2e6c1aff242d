import { Button, Card, Center, Radio, Stack, Stepper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/languages';
import type { TerritoryInput } from '../../../shared/schemas/territory';
import { FormFrame } from '../../components/form/FormFrame';
import { changeLanguage } from '../../app/language';
import { setSetting } from '../../db/settings';
import { createTerritory } from '../../db/territories';
import { TerritoryFields } from './TerritoryFields';
import { TERRITORY_STEP_FIELDS, useTerritoryForm } from './useTerritoryForm';

/**
 * The first thing a clerk sees (and "Add territory" later): language, territory, the office's
 * details for documents. `firstRun` adds the language step.
 */
export default function SetupWizard({
  firstRun,
  onDone,
}: {
  firstRun: boolean;
  onDone?: () => void;
}) {
  const { t, i18n } = useTranslation('territory');
  const steps = firstRun
    ? (['language', 'territory', 'office'] as const)
    : (['territory', 'office'] as const);
  const [active, setActive] = useState(0);
  // The choice shows at once; the catalogue of that language may still be loading.
  const [language, setLanguage] = useState(i18n.language);
  const form = useTerritoryForm();
  const step = steps[active];

  const next = async () => {
    if (step === 'territory' && !(await form.trigger([...TERRITORY_STEP_FIELDS]))) return;
    setActive((i) => Math.min(i + 1, steps.length - 1));
  };

  const finish = async (input: TerritoryInput) => {
    await createTerritory(input);
    if (firstRun) await setSetting('setupDone', true);
    notifications.show({ message: t('created'), color: 'teal' });
    onDone?.();
  };

  return (
    <Center mih="100vh" p="md">
      <Card withBorder shadow="sm" w={720} maw="100%" padding="xl">
        <FormFrame
          form={form}
          variant="inline"
          focusKey={step}
          onSubmit={finish}
          beforeSubmit={async () => {
            if (step === 'office') return true;
            await next();
            return false;
          }}
          onClose={!firstRun ? onDone : undefined}
          submitLabel={step === 'office' ? t('common:finish') : t('common:next')}
          submitTestId={step === 'office' ? 'wizard-finish' : 'wizard-next'}
          extraActions={
            active > 0 && (
              <Button
                variant="default"
                onClick={() => setActive((i) => i - 1)}
                data-testid="wizard-back"
              >
                {t('common:back')}
              </Button>
            )
          }
        >
          <Title order={2}>{firstRun ? t('wizardTitle') : t('createTitle')}</Title>
          {firstRun && <Text c="dimmed">{t('wizardIntro')}</Text>}
          <Stepper active={active} size="sm" allowNextStepsSelect={false} onStepClick={setActive}>
            {steps.map((s) => (
              <Stepper.Step
                key={s}
                label={t(
                  s === 'language'
                    ? 'stepLanguage'
                    : s === 'territory'
                      ? 'stepTerritory'
                      : 'stepOffice',
                )}
              />
            ))}
          </Stepper>
          {step === 'language' && (
            <Radio.Group
              label={t('chooseLanguage')}
              value={language}
              onChange={(value) => {
                setLanguage(value);
                void changeLanguage(value as Language);
              }}
            >
              <Stack mt="sm">
                {LANGUAGES.map((lang) => (
                  <Radio
                    key={lang}
                    value={lang}
                    label={t(`common:languages.${lang}`)}
                    data-testid={`language-${lang}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {step === 'territory' && <TerritoryFields part="territory" control={form.control} />}
          {step === 'office' && <TerritoryFields part="office" control={form.control} />}
        </FormFrame>
      </Card>
    </Center>
  );
}
