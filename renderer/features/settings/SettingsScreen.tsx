import {
  Box,
  Button,
  Card,
  Divider,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { AppInfo } from '../../../shared/ipc';
import { LANGUAGES, type Language } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import { settingSchemas } from '../../../shared/schemas/settings';
import { changeLanguage } from '../../app/language';
import { AlwaysEditable } from '../../app/read-only';
import { useLanguage } from '../../app/useLanguage';
import { useTerritory } from '../../app/territory-context';
import { ConfirmButton } from '../../components/ConfirmButton';
import { TextField } from '../../components/form/fields';
import { FormFrame } from '../../components/form/FormFrame';
import { useZodForm } from '../../components/form/useZodForm';
import { useTerritories } from '../../db/hooks';
import { setSetting, useSetting } from '../../db/settings';
import { deleteTerritory } from '../../db/territories';
import { platform } from '../../platform';
import '../sample/contributors';
import { findSample, loadSample, removeSample } from '../sample/sample';
import { BackupSection } from '../backup/BackupSection';
import { isCitySample } from '../city-sample/city-sample';
import { CitySampleControls } from '../city-sample/CitySampleControls';
import { ExchangeSection } from '../exchange/ExchangeSection';
import { OfficeForm } from './OfficeForm';
import { StorageStatus } from './StorageStatus';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg">
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

const userNameSchema = z.object({ userName: settingSchemas.userName });

function UserNameForm({ stored }: { stored: string }) {
  const { t } = useTranslation('settings');
  const form = useZodForm(userNameSchema, { userName: stored });
  return (
    <FormFrame
      form={form}
      variant="inline"
      autoFocus={false}
      submitDisabled={!form.formState.isDirty}
      submitTestId="user-name-save"
      onSubmit={async ({ userName }) => {
        await setSetting('userName', userName);
        notifications.show({ message: t('common:saved'), color: 'teal' });
      }}
    >
      <Box maw={360}>
        <TextField
          control={form.control}
          name="userName"
          label={t('userName')}
          description={t('userNameHint')}
          testId="user-name"
        />
      </Box>
    </FormFrame>
  );
}

function UserName() {
  const stored = useSetting('userName');
  if (stored === undefined) return null;
  return <UserNameForm key={stored ?? ''} stored={stored ?? ''} />;
}

function SampleControls() {
  const { t } = useTranslation('settings');
  const territories = useTerritories();
  const hasSample = territories?.some((item) => item.isSample && !isCitySample(item)) ?? false;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('sampleIntro')}</Text>
      <Group>
        <Button
          disabled={hasSample}
          data-testid="sample-load"
          onClick={async () => {
            const result = await loadSample();
            notifications.show({
              message: t(result === 'loaded' ? 'sampleLoaded' : 'sampleAlreadyLoaded'),
            });
          }}
        >
          {t('loadSample')}
        </Button>
        <ConfirmButton
          variant="default"
          color="red"
          disabled={!hasSample}
          question={t('removeSampleConfirm')}
          testId="sample-remove"
          onConfirm={async () => {
            const result = (await findSample()) ? await removeSample() : 'not-present';
            notifications.show({
              message: t(result === 'removed' ? 'sampleRemoved' : 'sampleNotPresent'),
            });
          }}
        >
          {t('removeSample')}
        </ConfirmButton>
      </Group>
    </Stack>
  );
}

function About() {
  const { t } = useTranslation('settings');
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void platform().appInfo().then(setInfo);
  }, []);
  if (!info) return null;
  return (
    <Stack gap={4}>
      <Text data-testid="app-version">{t('version', { version: info.version })}</Text>
      <Text size="sm">
        {info.electron ? t('runtimeDesktop', { electron: info.electron }) : t('runtimeBrowser')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('licence')}
      </Text>
    </Stack>
  );
}

/** Settings: language, user, the office's details, territories, sample, storage, about. */
export default function SettingsScreen() {
  const { t } = useTranslation('settings');
  const lang = useLanguage();
  const territory = useTerritory();
  const name = pickText(territory.name, lang).text;
  return (
    <Stack maw={960}>
      <Title order={2}>{t('title')}</Title>
      <Section title={t('languageSection')}>
        <SegmentedControl
          data-testid="settings-language"
          value={lang}
          data={LANGUAGES.map((code) => ({ value: code, label: t(`common:languages.${code}`) }))}
          onChange={(value) => void changeLanguage(value as Language)}
        />
      </Section>
      <Section title={t('userSection')}>
        <AlwaysEditable>
          <UserName />
        </AlwaysEditable>
      </Section>
      <Section title={t('officeSection')}>
        <OfficeForm key={territory.id} territory={territory} />
      </Section>
      <Section title={t('territoriesSection')}>
        <ConfirmButton
          variant="default"
          color="red"
          question={t('deleteTerritoryConfirm', { name })}
          testId="territory-delete"
          onConfirm={async () => {
            await deleteTerritory(territory.id);
            notifications.show({ message: t('territoryDeleted') });
          }}
        >
          {t('deleteTerritory')}
        </ConfirmButton>
      </Section>
      <Section title={t('sampleSection')}>
        <SampleControls />
        <Divider my="md" />
        <CitySampleControls />
      </Section>
      <Section title={t('backup:section')}>
        <BackupSection />
      </Section>
      <Section title={t('exchange:section')}>
        <ExchangeSection />
      </Section>
      <Section title={t('storageSection')}>
        <StorageStatus />
      </Section>
      <Section title={t('aboutSection')}>
        <About />
      </Section>
    </Stack>
  );
}
