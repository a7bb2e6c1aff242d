import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format';
import { ConfirmButton } from '../../components/ConfirmButton';
import { undoImport } from '../../db/study/import-batches';
import { useImportBatches } from './useStudyData';

/** The study's import batches, each undoable as one. */
export function ImportBatches({ studyId }: { studyId: string }) {
  const { t } = useTranslation('study');
  const batches = useImportBatches(studyId);
  return (
    <>
      <Title order={5}>{t('import.batches')}</Title>
      <Table data-testid="import-batches">
        <Table.Tbody>
          {(batches ?? []).map((b) => (
            <Table.Tr key={b.id} opacity={b.undone ? 0.5 : 1}>
              <Table.Td>{formatDate(b.at.slice(0, 10))}</Table.Td>
              <Table.Td>{b.fileName}</Table.Td>
              <Table.Td>
                {t('import.batchLine', { imported: b.imported, skipped: b.skipped })}
              </Table.Td>
              <Table.Td>
                {b.undone ? (
                  t('import.undone')
                ) : (
                  <ConfirmButton
                    size="compact-xs"
                    variant="default"
                    color="red"
                    question={t('import.undoConfirm', { count: b.imported })}
                    onConfirm={async () => void (await undoImport(b.id))}
                    testId="import-undo"
                  >
                    {t('import.undo')}
                  </ConfirmButton>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
