import { Button, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditChanges, auditRecordLabel } from '../../../shared/audit/changes';
import { formatNumber, parseDate, today } from '../../../shared/format';
import { AUDIT_ACTIONS, type AuditEntry } from '../../../shared/schemas/audit';
import { pickText } from '../../../shared/schemas/localized-text';
import { useTerritory } from '../../app/territory-context';
import { platform } from '../../platform';
import { formatInstant } from '../backup/backup-text';
import { auditCollection, auditTables, EMPTY_FILTER, type AuditFilter } from './audit-query';
import { AuditEntryRow } from './AuditEntryRow';
import { useLanguage } from '../../app/useLanguage';
import { DataTable } from '../../components/DataTable';

const SHOWN = 300;

/** The change log: filter by kind of data, action, dates, user and territory; export to Excel. */
export default function AuditScreen() {
  const { t } = useTranslation('audit');
  const lang = useLanguage();
  const territory = useTerritory();
  const [filter, setFilter] = useState<AuditFilter>(EMPTY_FILTER);
  const [exporting, setExporting] = useState(false);
  const set = (patch: Partial<AuditFilter>) => setFilter((f) => ({ ...f, ...patch }));

  const tables = useLiveQuery(auditTables) ?? [];
  const result = useLiveQuery(async () => {
    const total = await auditCollection(filter, territory.id).count();
    const entries = await auditCollection(filter, territory.id).limit(SHOWN).toArray();
    return { total, entries };
  }, [filter, territory.id]);

  const tableName = (name: string) => t(`tables.${name}`, { defaultValue: name });
  const exportXlsx = async () => {
    setExporting(true);
    try {
      const entries: AuditEntry[] = await auditCollection(filter, territory.id).toArray();
      const { buildAuditWorkbook } = await import('./audit-xlsx');
      const bytes = await buildAuditWorkbook({
        sheetName: t('sheet'),
        headers: [t('when'), t('user'), t('action'), t('table'), t('record'), 'ID', t('details')],
        rows: entries.map((entry) => [
          formatInstant(entry.at),
          entry.user,
          t(`actions.${entry.action}`),
          tableName(entry.table),
          auditRecordLabel(entry.after ?? entry.before, (text) => pickText(text, lang).text) ?? '',
          entry.recordId,
          auditChanges(entry.before, entry.after)
            .map((c) => `${c.path || t('value')}: ${c.before ?? ''} → ${c.after ?? ''}`)
            .join('\n'),
        ]),
      });
      const saved = await platform().saveBytes(bytes, `${t('fileName')}-${today()}.xlsx`, [
        { name: 'Excel', extensions: ['xlsx'] },
      ]);
      if (saved.saved) notifications.show({ message: t('exported'), color: 'teal' });
    } catch (error) {
      console.error('[audit] export failed', error);
      notifications.show({ message: t('exportFailed'), color: 'red' });
    } finally {
      setExporting(false);
    }
  };

  /** The filter's first or last day, typed or picked. */
  const dateFilter = (key: 'from' | 'to', label: string) => (
    <DateInput
      label={label}
      w={150}
      clearable
      valueFormat="DD.MM.YYYY"
      placeholder={t('datePlaceholder')}
      dateParser={(text) => parseDate(text)}
      value={filter[key] || null}
      onChange={(value) => set({ [key]: value ?? '' })}
      data-testid={`audit-${key}`}
    />
  );

  return (
    <Stack maw={1200}>
      <Title order={2}>{t('title')}</Title>
      <Text size="sm">{t('intro')}</Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('table')}
          w={220}
          clearable
          placeholder={t('any')}
          value={filter.table}
          data={tables.map((name) => ({ value: name, label: tableName(name) }))}
          onChange={(value) => set({ table: value })}
          data-testid="audit-table"
        />
        <Select
          label={t('action')}
          w={160}
          clearable
          placeholder={t('any')}
          value={filter.action}
          data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`actions.${a}`) }))}
          onChange={(value) => set({ action: value as AuditFilter['action'] })}
          data-testid="audit-action"
        />
        {dateFilter('from', t('from'))}
        {dateFilter('to', t('to'))}
        <TextInput
          label={t('user')}
          placeholder={t('userPlaceholder')}
          value={filter.user}
          onChange={(e) => set({ user: e.currentTarget.value })}
          data-testid="audit-user"
        />
        <Select
          label={t('scope')}
          w={280}
          allowDeselect={false}
          value={filter.scope}
          data={[
            { value: 'current', label: t('scopeCurrent') },
            { value: 'all', label: t('scopeAll') },
          ]}
          onChange={(value) => set({ scope: value as AuditFilter['scope'] })}
        />
        <Button
          variant="default"
          loading={exporting}
          disabled={!result || result.total === 0}
          onClick={() => void exportXlsx()}
          data-testid="audit-export"
        >
          {t('export')}
        </Button>
      </Group>
      {!result ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('loading')}</Text>
        </Group>
      ) : result.total === 0 ? (
        <Text data-testid="audit-empty">{t('empty')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" data-testid="audit-count">
            {result.total > result.entries.length
              ? t('shown', {
                  shown: formatNumber(result.entries.length, lang, 0),
                  total: formatNumber(result.total, lang, 0),
                })
              : t('count', { total: formatNumber(result.total, lang, 0) })}
          </Text>
          <DataTable
            striped
            highlightOnHover
            head={[t('when'), t('user'), t('action'), t('table'), t('record'), null]}
          >
            {result.entries.map((entry) => (
              <AuditEntryRow key={entry.id} entry={entry} />
            ))}
          </DataTable>
        </>
      )}
    </Stack>
  );
}
