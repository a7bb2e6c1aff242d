import { Button, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format';
import {
  DOCUMENT_LANGUAGES,
  isLanguage,
  type DocumentLanguage,
  type Language,
} from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import { useTerritory } from '../../app/territory-context';
import { documentHref } from '../../documents';
import type { TerritoryDocument } from '../../documents/territory-documents';
import { useTerritoryDocuments } from '../../documents/useTerritoryDocuments';
import { formatLanguage } from '../../../shared/documents/labels';
import { StatusBadges } from './StatusBadges';
import { WorkbooksTable } from './WorkbooksTable';

/** Every document of the territory (DOCUMENT_LISTERS), each opened on its print route. */
export default function DocumentsScreen() {
  const { t, i18n } = useTranslation('documents');
  const territory = useTerritory();
  const uiLanguage: Language = isLanguage(i18n.language) ? i18n.language : 'ru';
  const [lang, setLang] = useState<DocumentLanguage>(uiLanguage);
  const documents = useTerritoryDocuments(territory.id);

  const row = (doc: TerritoryDocument) => (
    <Table.Tr key={`${doc.kind}-${doc.id}`} data-testid="document-item" data-kind={doc.kind}>
      <Table.Td>
        <Text fw={500}>{t(`list.kinds.${doc.kind}`, doc.params)}</Text>
        {doc.title && (
          <Text size="sm" c="dimmed">
            {pickText(doc.title, uiLanguage).text}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{doc.date ? formatDate(doc.date) : ''}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <StatusBadges item={doc} />
      </Table.Td>
      <Table.Td>
        <Button
          component="a"
          href={documentHref(doc.kind, doc.id, lang)}
          variant="light"
          size="xs"
          data-testid="document-open"
        >
          {t('list.open')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );

  return (
    <Stack maw={1000} data-testid="documents">
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
      {documents && documents.length === 0 && <Text>{t('list.empty')}</Text>}
      {documents && documents.length > 0 && (
        <Table verticalSpacing="xs" data-testid="documents-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.colDocument')}</Table.Th>
              <Table.Th>{t('list.colDate')}</Table.Th>
              <Table.Th>{t('list.colStatus')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{documents.map(row)}</Table.Tbody>
        </Table>
      )}
      <WorkbooksTable territoryId={territory.id} lang={formatLanguage(lang)} />
    </Stack>
  );
}
