import {
  AppShell,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { withStyles } from './late-styles';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { LANGUAGES, type Language } from '../../shared/languages';
import { pickText } from '../../shared/localized-text';
import type { Territory } from '../../shared/schemas/territory';
import { getDb } from '../db/database';
import { useTerritories } from '../db/hooks';
import { ImportedBanner } from '../features/exchange/ImportedBanner';
import { changeLanguage } from './language';
import { SECTIONS } from './sections';
import classes from './Frame.module.css';
import { TerritoryContext } from './territory-context';

const ADD_TERRITORY = '__add__';

/** Remembers the chosen territory (settings writes load the validation library on demand). */
async function chooseTerritory(id: string): Promise<void> {
  const { setSetting } = await import('../db/settings');
  await setSetting('currentTerritoryId', id);
}
const SetupWizard = lazy(withStyles(() => import('../features/setup/SetupWizard')));

/** The app frame: sections on the left, territory and language always visible on top. */
export function Frame({ territory }: { territory: Territory }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [location, navigate] = useLocation();
  const territories = useTerritories() ?? [territory];
  // The city view is listed for a workspace that has imported districts (issue 19).
  const hasDistricts = useLiveQuery(
    async () =>
      (await getDb().exchangeOrigins.where('workspaceId').equals(territory.id).count()) > 0,
    [territory.id],
  );
  const listed = SECTIONS.filter((section) => section.key !== 'city' || hasDistricts);

  // Alt+1…Alt+9 open the sections in order.
  useHotkeys(
    SECTIONS.slice(0, 9).map((section, index) => [
      `alt+${index + 1}`,
      () => navigate(section.path),
    ]),
  );

  const isActive = (path: string) =>
    path === '/' ? location === '/' : location === path || location.startsWith(`${path}/`);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 0 }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Title order={3} c="teal.8">
              {t('appName')}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="lg">
              {t('appTagline')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {/* A native list: keyboard type-ahead and screen readers for free, and no pop-over
                machinery on the way to the first screen. */}
            <NativeSelect
              aria-label={t('nav.switchTerritory')}
              data-testid="territory-switcher"
              w={300}
              value={territory.id}
              data={[
                ...territories.map((item) => ({
                  value: item.id,
                  label:
                    pickText(item.name, lang).text +
                    (item.isSample ? ` (${t('sampleBadge')})` : ''),
                })),
                { value: ADD_TERRITORY, label: `+ ${t('nav.addTerritory')}` },
              ]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (value === ADD_TERRITORY) navigate('/territories/new');
                else if (value) void chooseTerritory(value);
              }}
            />
            {/* Plain buttons, not SegmentedControl: its sliding indicator measures the layout
                while the first screen is being drawn, which cost start-up about 30 ms. */}
            <Button.Group aria-label={t('language')} data-testid="language-switcher">
              {LANGUAGES.map((code) => (
                <Button
                  key={code}
                  size="xs"
                  variant={code === lang ? 'filled' : 'default'}
                  aria-pressed={code === lang}
                  onClick={() => void changeLanguage(code)}
                >
                  {code.toUpperCase()}
                </Button>
              ))}
            </Button.Group>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.mainNavigation')}>
        <Stack gap={2}>
          {listed.map((section, index) => (
            <a
              key={section.key}
              href={`#${section.path}`}
              className={classes.navItem}
              aria-current={isActive(section.path) ? 'page' : undefined}
              data-testid={`nav-${section.key}`}
            >
              <span>{t(`nav.${section.key}`)}</span>
              {index < 9 && <span className={classes.shortcut}>{`Alt+${index + 1}`}</span>}
            </a>
          ))}
        </Stack>
        {territory.isSample && (
          <Badge mt="auto" color="orange" variant="light" data-testid="sample-badge">
            {t('sampleBadge')}
          </Badge>
        )}
      </AppShell.Navbar>
      <AppShell.Main>
        <TerritoryContext.Provider value={territory}>
          <ImportedBanner territoryId={territory.id}>
            <Suspense fallback={<Loader />}>
              <Switch>
                <Route path="/territories/new">
                  <SetupWizard firstRun={false} onDone={() => navigate('/')} />
                </Route>
                {SECTIONS.map((section) => (
                  <Route
                    key={section.key}
                    path={section.path === '/' ? '/' : `${section.path}/*?`}
                    component={section.component}
                  />
                ))}
                <Route>
                  <Text>{t('notFound')}</Text>
                </Route>
              </Switch>
            </Suspense>
          </ImportedBanner>
        </TerritoryContext.Provider>
      </AppShell.Main>
    </AppShell>
  );
}
