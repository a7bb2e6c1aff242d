import {
  Alert,
  Button,
  FileButton,
  Group,
  Progress,
  NativeSelect,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { startTransition, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnTarget } from '../../../shared/domain/study/import/fields';
import {
  autoMap,
  hasAnswerColumns,
  sourceKey,
  type ImportCatalogue,
  type ImportMapping,
} from '../../../shared/domain/study/import/mapper';
import { formatDate } from '../../../shared/format';
import type { Study } from '../../../shared/schemas/study';
import { useTerritory } from '../../app/territory-context';
import { ConfirmButton } from '../../components/ConfirmButton';
import { getImportMapping, rememberImportMapping } from '../../db/study/mappings';
import { undoImport } from '../../db/study/import-batches';
import type { ImportResult } from '../../db/study/import-responses';
import {
  ImportCancelled,
  ImportSession,
  type ConversionSummary,
  type ReadSummary,
} from './import/import-client';
import { MAX_IMPORT_BYTES } from './import/read-limits';
import { refusalText } from './import/read-refusal';
import { ImportReport } from './ImportReport';
import { ImportValueMapping } from './ImportValueMapping';
import { targetOptions } from './import-targets';
import { useProblems } from '../../db/hooks';
import { useImportBatches, usePlaces } from './useStudyData';

type Step =
  | { kind: 'pick' }
  | { kind: 'reading'; progress: number }
  | {
      kind: 'mapping';
      summary: ReadSummary;
      mapping: ImportMapping;
      result: ConversionSummary | null;
    }
  | { kind: 'saving'; progress: number }
  | { kind: 'done'; result: ConversionSummary; stored: ImportResult };

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
  const [step, setStepNow] = useState<Step>({ kind: 'pick' });
  // The mapping table and the report are large renders: as transitions React renders them in
  // slices, so the UI thread is never blocked for long (issue 5: ≤ 100 ms).
  const setStep = (next: Step) => startTransition(() => setStepNow(next));
  const [error, setError] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const session = useRef<ImportSession | null>(null);
  const catalogue: ImportCatalogue = {
    problems: (problems ?? []).map((p) => ({ code: p.code, title: p.title })),
    places: (places ?? []).map((p) => ({ id: p.id, code: p.code, name: p.name })),
  };

  const options = targetOptions(t, problems ?? [], i18n.language);

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
      const summary = await current.read(
        await file.arrayBuffer(),
        (progress) => setStep({ kind: 'reading', progress }),
        { profile: 'survey', fileName: file.name },
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
      setError(refusalText(t, e, 'study:import.refuse', i18n.language));
    }
  };

  // The worker validates, builds and stores the rows (they never come to the page); Cancel rolls
  // its one transaction back and returns to the mapping with nothing stored.
  const store = async (summary: ReadSummary, mapping: ImportMapping, result: ConversionSummary) => {
    setStep({ kind: 'saving', progress: 0 });
    try {
      await rememberImportMapping(territory.id, sourceKey(summary.headers), mapping);
      const stored = await session.current!.store(study.id, fileName, (progress) =>
        setStep({ kind: 'saving', progress }),
      );
      session.current?.dispose();
      session.current = null;
      setStep({ kind: 'done', result, stored });
    } catch (e) {
      if (e instanceof ImportCancelled)
        return setStep({ kind: 'mapping', summary, mapping, result });
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
          <Progress value={step.progress * 100} animated w={400} data-testid="import-progress" />
          <Text size="sm">{t(step.kind === 'reading' ? 'import.reading' : 'import.saving')}</Text>
          <Button
            variant="default"
            onClick={step.kind === 'reading' ? reset : () => session.current?.cancel()}
            data-testid="import-cancel"
          >
            {t('common:cancel')}
          </Button>
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
                      {/* A native select: one per column, cheap to mount (16 floating Mantine
                          selects blocked the UI thread for ~400 ms); type-ahead works. */}
                      <NativeSelect
                        size="xs"
                        aria-label={header}
                        value={encode(step.mapping.columns[col] ?? { field: 'ignore' })}
                        data={options}
                        onChange={(event) => {
                          const v = event.currentTarget.value;
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
              disabled={!step.result || step.result.rowCount === 0 || Boolean(error)}
              onClick={() => step.result && void store(step.summary, step.mapping, step.result)}
              data-testid="import-confirm"
            >
              {t('import.confirm', { count: step.result?.rowCount ?? 0 })}
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
