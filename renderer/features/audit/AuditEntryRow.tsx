import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditChanges, auditRecordLabel } from '../../../shared/audit/changes';
import type { AuditEntry } from '../../../shared/schemas/audit';
import { pickText } from '../../../shared/schemas/localized-text';
import { formatInstant } from '../backup/backup-text';
import { useLanguage } from '../../app/useLanguage';
import { DataTable } from '../../components/DataTable';

/** One entry: when, who, what; its before/after as a field table on demand. */
export function AuditEntryRow({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('audit');
  const lang = useLanguage();
  const [open, setOpen] = useState(false);
  const label =
    auditRecordLabel(entry.after ?? entry.before, (text) => pickText(text, lang).text) ??
    entry.recordId;
  const changes = open ? auditChanges(entry.before, entry.after) : [];
  const color = entry.action === 'delete' ? 'red' : entry.action === 'create' ? 'teal' : undefined;
  return (
    <>
      <Table.Tr data-testid="audit-row">
        <Table.Td>{formatInstant(entry.at)}</Table.Td>
        <Table.Td>{entry.user || t('noUser')}</Table.Td>
        <Table.Td>
          <Text size="sm" c={color}>
            {t(`actions.${entry.action}`)}
          </Text>
        </Table.Td>
        <Table.Td>{t(`tables.${entry.table}`, { defaultValue: entry.table })}</Table.Td>
        <Table.Td>{label}</Table.Td>
        <Table.Td>
          <Button size="compact-xs" variant="subtle" onClick={() => setOpen((v) => !v)}>
            {open ? t('hide') : t('details')}
          </Button>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr>
          <Table.Td colSpan={6}>
            <DataTable
              withTableBorder
              fz="xs"
              data-testid="audit-changes"
              head={[t('field'), t('before'), t('after')]}
            >
              {changes.map((change) => (
                <Table.Tr key={change.path}>
                  <Table.Td>{change.path || t('value')}</Table.Td>
                  <Table.Td c="red.8">{change.before ?? ''}</Table.Td>
                  <Table.Td c="teal.8">{change.after ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
