import { Loader, Table } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { describeAuditChanges, type AuditWords } from '../../../shared/audit/describe';
import { getDb } from '../../db/database';
import { DataTable } from '../../components/DataTable';

/** One entry's before/after as a table of fields in the clerk's words (read when it is opened). */
export function AuditDetail({ id, words }: { id: string; words: AuditWords }) {
  const { t } = useTranslation('audit');
  const entry = useLiveQuery(() => getDb().audit.get(id), [id]);
  if (!entry) return <Loader size="xs" />;
  const lines = describeAuditChanges(entry.table, entry.recordId, entry.before, entry.after, words);
  return (
    <DataTable
      withTableBorder
      fz="xs"
      data-testid="audit-changes"
      head={[t('field'), t('before'), t('after')]}
    >
      {lines.map((line, i) => (
        // Labels may repeat (two lists of one record): the position is the identity.
        <Table.Tr key={i}>
          <Table.Td>{line.field}</Table.Td>
          <Table.Td c="red.8">{line.before ?? ''}</Table.Td>
          <Table.Td c="teal.8">{line.after ?? ''}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
