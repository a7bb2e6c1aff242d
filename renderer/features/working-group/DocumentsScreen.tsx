import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format';
import { DOCUMENT_LANGUAGES, isLanguage, type DocumentLanguage } from '../../../shared/languages';
import { useTerritory } from '../../app/territory-context';
import { documentHref } from '../../documents';
import { useWorkingGroup } from '../../db/hooks';
import { useMeetings } from './useWorkingGroup';

/** The documents of the territory, each opened on its print route in the chosen language. */
export default function DocumentsScreen() {
  const { t, i18n } = useTranslation('documents');
  const territory = useTerritory();
  const [lang, setLang] = useState<DocumentLanguage>(
    isLanguage(i18n.language) ? i18n.language : 'ru',
  );
  const group = useWorkingGroup(territory.id);
  const meetings = useMeetings(group?.id ?? undefined) ?? [];
  const items = group
    ? [
        { key: 'roster', label: t('list.roster'), href: documentHref('roster', group.id, lang) },
        ...meetings.map((m) => ({
          key: m.id,
          label: t('list.minutes', { number: m.number, date: formatDate(m.date) }),
          href: documentHref('minutes', m.id, lang),
        })),
      ]
    : [];
  return (
    <Stack maw={900} data-testid="documents">
      <Title order={2}>{t('list.title')}</Title>
      <Text c="dimmed">{t('list.intro')}</Text>
      <Select
        label={t('toolbar.language')}
        w={260}
        allowDeselect={false}
        value={lang}
        data={DOCUMENT_LANGUAGES.map((code) => ({
          value: code,
          label: t(`toolbar.languages.${code.replace('+', '')}`),
        }))}
        onChange={(value) => value && setLang(value as DocumentLanguage)}
        data-testid="documents-language"
      />
      {items.length === 0 && <Text>{t('list.empty')}</Text>}
      {items.map((item) => (
        <Card key={item.key} withBorder padding="sm" data-testid="document-item">
          <Group justify="space-between">
            <Text>{item.label}</Text>
            <Button component="a" href={item.href} variant="light" size="xs">
              {t('list.open')}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
