import { Button, Group, Loader, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeAuditChanges, describeAuditRecord } from '../../../shared/audit/describe';
import { formatNumber, today } from '../../../shared/format';
import { useTerritory } from '../../app/territory-context';
import { useLanguage } from '../../app/useLanguage';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { platform } from '../../platform';
import { formatInstant } from '../backup/backup-text';
import {
  auditEntriesOf,
  auditTables,
  EMPTY_FILTER,
  filterByKind,
  filterByText,
  loadAuditRows,
  type AuditFilter,
  type AuditRow,
} from './audit-query';
import { auditWords, loadAuditNames } from './audit-words';
import { AuditDetail } from './AuditDetail';
import { AuditFilters } from './AuditFilters';

const ACTION_COLORS: Record<AuditRow['action'], string | undefined> = {
  create: 'var(--mantine-color-teal-8)',
  update: undefined,
  delete: 'var(--mantine-color-red-8)',
};

/** The change log: every entry, filtered in memory, in a virtual table; export to Excel. */
export default function AuditScreen() {
  const { t } = useTranslation('audit');
  const lang = useLanguage();
  const territory = useTerritory();
  const [filter, setFilter] = useState<AuditFilter>(EMPTY_FILTER);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [exporting, setExporting] = useState(false);
  const set = useCallback(
    (patch: Partial<AuditFilter>) => setFilter((f) => ({ ...f, ...patch })),
    [],
  );

  const tables = useLiveQuery(auditTables) ?? [];
  const names = useLiveQuery(loadAuditNames);
  const words = useMemo(() => names && auditWords(t, lang, names), [t, lang, names]);
  const rows = useLiveQuery(
    async () =>
      words &&
      loadAuditRows((e) => describeAuditRecord(e.table, e.recordId, e.after ?? e.before, words)),
    [words],
  );
  // The kind filters are memoised apart: a key typed into a text filter searches only their rows.
  const { user, text, ...kind } = filter;
  const kindKey = JSON.stringify(kind);
  const ofKind = useMemo(
    () => rows && filterByKind(rows, JSON.parse(kindKey) as typeof kind, territory.id),
    [rows, kindKey, territory.id],
  );
  const shown = useMemo(() => ofKind && filterByText(ofKind, { user, text }), [ofKind, user, text]);
  const toggle = (row: AuditRow) =>
    setOpen((ids) => {
      const next = new Set(ids);
      if (!next.delete(row.id)) next.add(row.id);
      return next;
    });

  const columns = useMemo<VirtualColumn<AuditRow>[]>(() => {
    // A screenful of rows is redrawn on every key typed: the words of actions and tables are
    // looked up once, not per cell.
    const words = new Map<string, string>();
    const word = (key: string, fallback?: string) => {
      let text = words.get(key);
      if (text === undefined) {
        text = fallback === undefined ? t(key) : t(key, { defaultValue: fallback });
        words.set(key, text);
      }
      return text;
    };
    return [
      { id: 'when', header: t('when'), width: '9.5rem', cell: (row) => formatInstant(row.at) },
      { id: 'user', header: t('user'), width: '12rem', cell: (row) => row.user || t('noUser') },
      {
        id: 'action',
        header: t('action'),
        width: '8rem',
        // Plain elements in the cells: a screenful of rows is redrawn on every key typed.
        cell: (row) => (
          <span style={{ color: ACTION_COLORS[row.action] }}>{word(`actions.${row.action}`)}</span>
        ),
      },
      {
        id: 'table',
        header: t('table'),
        width: '14rem',
        cell: (row) => word(`tables.${row.table}`, row.table),
      },
      { id: 'record', header: t('record'), cell: (row) => row.record },
      {
        id: 'details',
        header: t('detailsColumn'),
        width: '8rem',
        cell: (row) => (
          <UnstyledButton fz="xs" c="blue.7" onClick={() => toggle(row)} tabIndex={-1}>
            {open.has(row.id) ? word('hide') : word('details')}
          </UnstyledButton>
        ),
      },
    ];
  }, [t, open]);

  const exportXlsx = async () => {
    if (!shown || !words) return;
    setExporting(true);
    try {
      const entries = await auditEntriesOf(shown);
      const { buildAuditWorkbook } = await import('./audit-xlsx');
      const bytes = await buildAuditWorkbook({
        sheetName: t('sheet'),
        headers: [
          t('when'),
          t('user'),
          t('action'),
          t('section'),
          t('table'),
          t('record'),
          t('details'),
        ],
        rows: entries.map((entry, i) => [
          formatInstant(entry.at),
          entry.user,
          t(`actions.${entry.action}`),
          t(`sections.${shown[i]!.section}`),
          t(`tables.${entry.table}`, { defaultValue: entry.table }),
          shown[i]!.record,
          describeAuditChanges(entry.table, entry.recordId, entry.before, entry.after, words)
            .map((c) => `${c.field}: ${c.before ?? ''} → ${c.after ?? ''}`)
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

  return (
    <Stack maw={1400}>
      <Title order={2}>{t('title')}</Title>
      <Text size="sm">{t('intro')}</Text>
      <AuditFilters filter={filter} tables={tables} set={set}>
        <Button
          variant="default"
          loading={exporting}
          disabled={!shown || shown.length === 0}
          onClick={() => void exportXlsx()}
          data-testid="audit-export"
        >
          {t('export')}
        </Button>
      </AuditFilters>
      {!shown || !words ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('loading')}</Text>
        </Group>
      ) : shown.length === 0 ? (
        <Text data-testid="audit-empty">{t('empty')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" data-testid="audit-count" data-count={shown.length}>
            {t('count', { total: formatNumber(shown.length, lang, 0) })}
          </Text>
          <VirtualTable
            striped
            highlightOnHover
            label={t('title')}
            rows={shown}
            columns={columns}
            rowId={(row) => row.id}
            rowTestId="audit-row"
            data-testid="audit-table-view"
            onToggle={toggle}
            detail={(row) => (open.has(row.id) ? <AuditDetail id={row.id} words={words} /> : null)}
          />
        </>
      )}
    </Stack>
  );
}
