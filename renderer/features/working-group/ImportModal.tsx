import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  Loader,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildImport,
  guessMapping,
  IMPORT_FIELDS,
  MAX_IMPORT_ROWS,
  type ColumnMapping,
} from '../../../shared/domain/member-import';
import { isLanguage } from '../../../shared/languages';
import { pickText } from '../../../shared/schemas/localized-text';
import { errorText } from '../../app/errors';
import { importMembers } from '../../db/working-group';
import { refusalText } from '../study/import/read-refusal';
import { readMemberFile } from './read-table';

const FIELD_LABEL = {
  fullName: 'members.fullName',
  position: 'members.position',
  organisation: 'members.organisation',
  orgType: 'members.orgType',
  phone: 'members.phone',
  email: 'members.email',
  memberFrom: 'members.memberFrom',
} as const;

/** Import members from XLSX/CSV: column mapping, preview, skipped rows with numbers, then all or nothing. */
export function ImportModal({ groupId, onClose }: { groupId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('workingGroup');
  const lang = isLanguage(i18n.language) ? i18n.language : 'ru';
  const [table, setTable] = useState<string[][] | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [busy, setBusy] = useState(false);

  const result = useMemo(
    () => (table ? buildImport(table, mapping, lang) : null),
    [table, mapping, lang],
  );
  const headers = table?.[0] ?? [];
  const columns = headers.map((h, i) => ({ value: String(i), label: h.trim() || `#${i + 1}` }));

  const choose = async (file: File | null) => {
    setTable(null);
    setFileError(null);
    if (!file) return;
    setReading(true);
    try {
      const read = await readMemberFile(file);
      setMapping(guessMapping(read[0] ?? []));
      setTable(read);
    } catch (error) {
      setFileError(refusalText(t, error, 'workingGroup:import', lang));
    } finally {
      setReading(false);
    }
  };

  const save = async () => {
    if (!result?.ok) return;
    setBusy(true);
    try {
      const count = await importMembers(groupId, result.preview.rows);
      notifications.show({ color: 'teal', message: t('import.done', { count }) });
      onClose();
    } catch (error) {
      setFileError(
        t('import.failed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setBusy(false);
    }
  };

  const refusal =
    result && !result.ok ? t(`import.${result.refusal}`, { max: MAX_IMPORT_ROWS }) : null;
  const preview = result?.ok ? result.preview : null;

  return (
    <Modal opened onClose={onClose} title={t('import.title')} size="xl">
      <Stack>
        <FileInput
          label={t('import.chooseFile')}
          description={t('import.fileHint')}
          accept=".xlsx,.csv"
          onChange={(file) => void choose(file)}
          data-testid="import-file"
          clearable
        />
        {reading && (
          <Group>
            <Loader size="sm" />
            <Text>{t('import.reading')}</Text>
          </Group>
        )}
        {fileError && (
          <Alert color="red" data-testid="import-error">
            {fileError}
          </Alert>
        )}
        {table && table.length > 0 && !fileError && (
          <>
            <Text fw={700}>{t('import.mapping')}</Text>
            <SimpleGrid cols={4}>
              {IMPORT_FIELDS.map((field) => (
                <Select
                  key={field}
                  label={t(FIELD_LABEL[field])}
                  placeholder={t('import.notMapped')}
                  clearable
                  data={columns}
                  value={mapping[field] === undefined ? null : String(mapping[field])}
                  onChange={(value) =>
                    setMapping((m) => ({
                      ...m,
                      [field]: value === null ? undefined : Number(value),
                    }))
                  }
                  data-testid={`import-map-${field}`}
                />
              ))}
            </SimpleGrid>
          </>
        )}
        {refusal && !fileError && (
          <Alert color="red" data-testid="import-error">
            {refusal}
          </Alert>
        )}
        {preview && (
          <>
            <Text fw={700} data-testid="import-will-add">
              {t('import.willAdd', { count: preview.rows.length })}
            </Text>
            <Table withTableBorder fz="sm">
              <Table.Tbody>
                {preview.rows.slice(0, 8).map((row) => (
                  <Table.Tr key={row.rowNumber}>
                    <Table.Td>{t('import.row', { row: row.rowNumber })}</Table.Td>
                    <Table.Td>{row.input.fullName}</Table.Td>
                    <Table.Td>{pickText(row.input.organisation, lang).text}</Table.Td>
                    <Table.Td>{t(`orgTypes.${row.input.orgType}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {preview.skipped.length > 0 && (
              <Alert
                color="orange"
                title={t('import.skipped', { count: preview.skipped.length })}
                data-testid="import-skipped"
              >
                <List size="sm">
                  {preview.skipped.slice(0, 50).map((row) => (
                    <List.Item key={row.rowNumber}>
                      {`${t('import.row', { row: row.rowNumber })}: ${row.reasons.map((r) => errorText(t, r)).join('; ')}`}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {preview.rows.length === 0 && <Text c="red">{t('import.nothingValid')}</Text>}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button
            disabled={!preview || preview.rows.length === 0 || Boolean(fileError)}
            loading={busy}
            onClick={() => void save()}
            data-testid="import-confirm"
          >
            {t('import.confirm', { count: preview?.rows.length ?? 0 })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
