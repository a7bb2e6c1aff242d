import {
  Alert,
  Button,
  FileButton,
  Group,
  Progress,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnTarget } from '../../../shared/domain/study/import/fields';
import {
  autoMap,
  hasAnswerColumns,
  sourceKey,
  type ConversionResult,
  type ImportCatalogue,
  type ImportMapping,
} from '../../../shared/domain/study/import/mapper';
import { formatDate } from '../../../shared/format';
import type { Study } from '../../../shared/schemas/study';
import { useTerritory } from '../../app/territory-context';
import { ConfirmButton } from '../../components/ConfirmButton';
import { getImportMapping, rememberImportMapping } from '../../db/study/mappings';
import { importResponses, undoImport, type ImportResult } from '../../db/study/responses';
import { ImportCancelled, ImportSession, type ReadSummary } from './import/import-client';
import { MAX_IMPORT_BYTES } from './import/read-table';
import { ImportReport } from './ImportReport';
import { ImportValueMapping } from './ImportValueMapping';
import { targetOptions } from './import-targets';
import { useImportBatches, usePlaces, useProblems } from './useStudyData';

type Step =
  | { kind: 'pick' }
  | { kind: 'reading'; progress: number }
  | {
      kind: 'mapping';
      summary: ReadSummary;
      mapping: ImportMapping;
      result: ConversionResult | null;
    }
  | { kind: 'saving' }
  | { kind: 'done'; result: ConversionResult; stored: ImportResult };

const encode = (t: ColumnTarget) =>
  t.field === 'problemOption' || t.field === 'concern' ? `${t.field}:${t.code}` : t.field;
const decode = (v: string): ColumnTarget => {
  const [field, code] = v.split(':');
  return field === 'problemOption' || field === 'concern'
    ? { field, code: code! }
    : ({ field } as ColumnTarget);
};

/** Import from KoBoToolbox/ODK/XLSX/CSV: pick → mapping → preview → report; batches can be undone. */
export function ImportTab({ study }: { study: Study }) {
  const { t, i18n } = useTranslation('study');
  const territory = useTerritory();
  const problems = useProblems();
  const places = usePlaces(territory.id);
  const batches = useImportBatches(study.id);
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [error, setError] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const session = useRef<ImportSession | null>(null);
  const catalogue: ImportCatalogue = {
    problems: (problems ?? []).map((p) => ({ code: p.code, title: p.title })),
    places: (places ?? []).map((p) => ({ id: p.id, code: p.code, name: p.name })),
  };

  const reset = () => {
    session.current?.cancel();
    session.current = null;
    setStep({ kind: 'pick' });
  };

  const convert = async (summary: ReadSummary, mapping: ImportMapping) => {
    setStep({ kind: 'mapping', summary, mapping, result: null });
    if (!hasAnswerColumns(mapping.columns)) return setError(t('import.refuse.noColumns'));
    setError(null);
    const result = await session.current!.convert(mapping, catalogue);
    setStep({ kind: 'mapping', summary, mapping, result });
  };

  const pick = async (file: File | null) => {
    if (!file) return;
    setError(null);
    setFileName(file.name);
    if (file.size > MAX_IMPORT_BYTES)
      return setError(t('import.refuse.tooLarge', { mb: Math.round(MAX_IMPORT_BYTES / 1048576) }));
    session.current?.cancel();
    const current = (session.current = new ImportSession());
    setStep({ kind: 'reading', progress: 0 });
    try {
      const summary = await current.read(await file.arrayBuffer(), (progress) =>
        setStep({ kind: 'reading', progress }),
      );
      const remembered = (await getImportMapping(territory.id, sourceKey(summary.headers))) as
        ImportMapping | undefined;
      const mapping =
        remembered && remembered.columns.length === summary.headers.length
          ? remembered
          : { columns: autoMap(summary.headers, catalogue), values: {} };
      await convert(summary, mapping);
    } catch (e) {
      if (e instanceof ImportCancelled) return;
      setStep({ kind: 'pick' });
      setError(
        t(`import.refuse.${(e as Error).message}`, { defaultValue: t('import.refuse.unreadable') }),
      );
    }
  };

  const store = async (summary: ReadSummary, mapping: ImportMapping, result: ConversionResult) => {
    setStep({ kind: 'saving' });
    try {
      await rememberImportMapping(territory.id, sourceKey(summary.headers), mapping);
      const stored = await importResponses({
        studyId: study.id,
        fileName,
        rows: result.rows,
        skipped: result.skipped.length,
      });
      setStep({ kind: 'done', result, stored });
    } catch (e) {
      console.error('import failed', e);
      setError(t('import.refuse.storeFailed'));
      setStep({ kind: 'mapping', summary, mapping, result });
    }
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('import.intro')}
      </Text>
      {error && (
        <Alert color="red" data-testid="import-error">
          {error}
        </Alert>
      )}
      {step.kind === 'pick' && (
        <FileButton
          onChange={(f) => void pick(f)}
          accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        >
          {(props) => (
            <Button {...props} w={260} data-testid="import-pick">
              {t('import.pick')}
            </Button>
          )}
        </FileButton>
      )}
      {(step.kind === 'reading' || step.kind === 'saving') && (
        <Group>
          <Progress
            value={step.kind === 'reading' ? step.progress * 100 : 100}
            animated
            w={400}
            data-testid="import-progress"
          />
          <Text size="sm">{t(step.kind === 'reading' ? 'import.reading' : 'import.saving')}</Text>
          {step.kind === 'reading' && (
            <Button variant="default" onClick={reset} data-testid="import-cancel">
              {t('common:cancel')}
            </Button>
          )}
        </Group>
      )}
      {step.kind === 'mapping' && (
        <Stack>
          <Title order={5}>
            {t('import.mappingTitle', { count: step.summary.rowCount, file: fileName })}
          </Title>
          <ScrollArea h={280}>
            <Table data-testid="import-mapping">
              <Table.Tbody>
                {step.summary.headers.map((header, col) => (
                  <Table.Tr key={col}>
                    <Table.Td>{header}</Table.Td>
                    <Table.Td c="dimmed">
                      {step.summary.preview
                        .map((r) => r[col] ?? '')
                        .filter((v) => v !== '')
                        .slice(0, 3)
                        .join(' · ')}
                    </Table.Td>
                    <Table.Td w={300}>
                      <Select
                        size="xs"
                        allowDeselect={false}
                        searchable
                        value={encode(step.mapping.columns[col] ?? { field: 'ignore' })}
                        data={targetOptions(t, problems ?? [], i18n.language)}
                        onChange={(v) => {
                          if (!v) return;
                          const columns = [...step.mapping.columns];
                          columns[col] = decode(v);
                          void convert(step.summary, { ...step.mapping, columns });
                        }}
                        data-testid={`import-col-${col}`}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          {step.result && (
            <ImportValueMapping
              result={step.result}
              mapping={step.mapping}
              problems={problems ?? []}
              places={places ?? []}
              onChange={(values) => void convert(step.summary, { ...step.mapping, values })}
            />
          )}
          {step.result && <ImportReport result={step.result} />}
          <Group>
            <Button
              disabled={!step.result || step.result.rows.length === 0 || Boolean(error)}
              onClick={() => step.result && void store(step.summary, step.mapping, step.result)}
              data-testid="import-confirm"
            >
              {t('import.confirm', { count: step.result?.rows.length ?? 0 })}
            </Button>
            <Button variant="default" onClick={reset}>
              {t('common:cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      {step.kind === 'done' && (
        <Stack>
          <ImportReport
            result={step.result}
            imported={step.stored.imported}
            alreadyImported={step.stored.alreadyImported}
          />
          <Button variant="default" w={260} onClick={reset}>
            {t('import.another')}
          </Button>
        </Stack>
      )}
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
    </Stack>
  );
}
