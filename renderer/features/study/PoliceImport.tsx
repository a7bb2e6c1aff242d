import { Alert, Button, FileButton, Group, List, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueProblem } from '../../../shared/domain/study/catalogue';
import type { RawTable } from '../../../shared/domain/study/import/mapper';
import { sourceKey } from '../../../shared/domain/study/import/mapper';
import {
  autoMapPolice,
  convertPoliceRows,
  type PoliceConversion,
  type PoliceMapping,
} from '../../../shared/domain/study/import/police';
import type { Language } from '../../../shared/languages';
import { getImportMapping, rememberImportMapping } from '../../db/study/mappings';
import { importPoliceCounts } from '../../db/study/police';
import { readTableFile } from './import/import-client';
import { refusalText } from './import/read-refusal';
import { ValueMappingEditor } from './ValueMappingEditor';
import { DataTable } from '../../components/DataTable';
import { catalogueName, problemName } from '../../../shared/domain/study/catalogue';

const PREVIEW = 12;
const COLUMNS = ['period', 'problem', 'count'] as const;

type Step =
  | { kind: 'pick' }
  | { kind: 'mapping'; table: RawTable; mapping: PoliceMapping }
  | { kind: 'done'; stored: number };

/** Police statistics from XLSX/CSV: pick the file, map columns and categories, preview, import all or nothing. */
export function PoliceImport({
  territoryId,
  problems,
}: {
  territoryId: string;
  problems: CatalogueProblem[];
}) {
  const { t, i18n } = useTranslation('study');
  const lang = i18n.language as Language;
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameOf = (code: string) => problemName(problems, code, lang);
  const conversion: PoliceConversion | null =
    step.kind === 'mapping' &&
    step.mapping.period !== null &&
    step.mapping.problem !== null &&
    step.mapping.count !== null
      ? convertPoliceRows(step.table, step.mapping, problems)
      : null;
  const storageKey = (table: RawTable) => `police:${sourceKey(table.headers)}`;

  const pick = async (file: File | null) => {
    if (!file) return;
    setError(null);
    setBusy(true);
    try {
      const table = await readTableFile(file, { profile: 'police' });
      const remembered = (await getImportMapping(territoryId, storageKey(table))) as
        PoliceMapping | undefined;
      const mapping = remembered ?? autoMapPolice(table.headers);
      setStep({ kind: 'mapping', table, mapping });
      if (mapping.period === null || mapping.problem === null || mapping.count === null)
        setError(t('policeImport.noColumns'));
    } catch (e) {
      setError(refusalText(t, e, 'study:import.refuse', i18n.language));
    } finally {
      setBusy(false);
    }
  };

  const store = async (table: RawTable, mapping: PoliceMapping, result: PoliceConversion) => {
    setBusy(true);
    try {
      await importPoliceCounts(territoryId, result.rows);
      await rememberImportMapping(territoryId, storageKey(table), mapping);
      setStep({ kind: 'done', stored: result.rows.length });
    } catch (e) {
      console.error('police import failed', e);
      setError(t('import.refuse.storeFailed'));
    } finally {
      setBusy(false);
    }
  };

  if (step.kind === 'pick' || step.kind === 'done')
    return (
      <Stack gap="xs" data-testid="police-import">
        {error && (
          <Alert color="red" data-testid="police-import-error">
            {error}
          </Alert>
        )}
        {step.kind === 'done' && (
          <Alert color="teal" data-testid="police-import-done">
            {t('policeImport.done', { count: step.stored })}
          </Alert>
        )}
        <Group>
          <FileButton onChange={(f) => void pick(f)} accept=".xlsx,.csv,text/csv">
            {(props) => (
              <Button {...props} variant="default" loading={busy} data-testid="police-import-pick">
                {t('policeImport.pick')}
              </Button>
            )}
          </FileButton>
          <Text size="sm" c="dimmed">
            {t('policeImport.intro')}
          </Text>
        </Group>
      </Stack>
    );

  const { table, mapping } = step;
  const columnOptions = table.headers.map((h, i) => ({
    value: String(i),
    label: h || `#${i + 1}`,
  }));
  const setMapping = (next: PoliceMapping) => {
    setError(null);
    setStep({ ...step, mapping: next });
  };
  const lines = conversion
    ? [
        ...conversion.issues.map((i) => ({
          row: i.rowNumber,
          text: t(`policeImport.issue.${i.reason}`, { row: i.rowNumber, value: i.value }),
        })),
        ...conversion.summed.map((s) => ({
          row: s.rows[0]!,
          text: t('policeImport.summed', {
            rows: s.rows.join(', '),
            period: s.period,
            problem: nameOf(s.problemCode),
          }),
        })),
      ].sort((a, b) => a.row - b.row)
    : [];
  const problemOptions = problems
    .filter((p) => !p.retired)
    .map((p) => ({ value: p.code, label: catalogueName(p, lang) }));

  return (
    <Stack gap="sm" data-testid="police-import">
      <Text fw={700}>{t('policeImport.mappingTitle', { count: table.rows.length })}</Text>
      <Group>
        {COLUMNS.map((field) => (
          <Select
            key={field}
            label={t(`policeImport.columns.${field}`)}
            w={240}
            allowDeselect={false}
            value={mapping[field] === null ? null : String(mapping[field])}
            data={columnOptions}
            onChange={(v) => v !== null && setMapping({ ...mapping, [field]: Number(v) })}
            data-testid={`police-col-${field}`}
          />
        ))}
      </Group>
      {error && (
        <Alert color="red" data-testid="police-import-error">
          {error}
        </Alert>
      )}
      {conversion && (
        <>
          <ValueMappingEditor
            testId="police-values"
            values={mapping.values}
            entries={[...conversion.unknown, ...conversion.mapped]
              .sort((a, b) => a.rows[0]! - b.rows[0]!)
              .map((u) => ({
                key: u.key,
                value: u.value,
                rows: u.rows,
                options: problemOptions,
              }))}
            onChange={(key, option) => {
              // Built as entries, so a category like `__proto__` is a key like any other.
              const rest = Object.entries(mapping.values).filter(([k]) => k !== key);
              const values = Object.fromEntries(
                option === undefined ? rest : [...rest, [key, option]],
              );
              setMapping({ ...mapping, values });
            }}
          />
          <Text size="sm" data-testid="police-import-summary">
            {t('policeImport.willImport', {
              count: conversion.rows.length,
              skipped:
                conversion.issues.length +
                conversion.unknown.reduce((n, u) => n + u.rows.length, 0) +
                conversion.ignored,
            })}
          </Text>
          <DataTable
            withTableBorder
            data-testid="police-import-preview"
            head={[t('complaints.period'), t('police.problem'), t('complaints.count')]}
          >
            {conversion.rows.slice(0, PREVIEW).map((r) => (
              <Table.Tr key={`${r.period}-${r.problemCode}`}>
                <Table.Td>{r.period}</Table.Td>
                <Table.Td>{nameOf(r.problemCode)}</Table.Td>
                <Table.Td>{r.count}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
          {conversion.rows.length > PREVIEW && (
            <Text size="sm" c="dimmed">
              {t('import.more', { count: conversion.rows.length - PREVIEW })}
            </Text>
          )}
          {lines.length > 0 && (
            <List size="sm" data-testid="police-import-lines">
              {lines.map((line, i) => (
                <List.Item key={i}>{line.text}</List.Item>
              ))}
            </List>
          )}
        </>
      )}
      <Text size="sm" c="dimmed">
        {t('policeImport.replaces')}
      </Text>
      <Group>
        <Button
          disabled={!conversion || conversion.rows.length === 0}
          loading={busy}
          onClick={() => conversion && void store(table, mapping, conversion)}
          data-testid="police-import-confirm"
        >
          {t('policeImport.confirm', { count: conversion?.rows.length ?? 0 })}
        </Button>
        <Button variant="default" onClick={() => setStep({ kind: 'pick' })}>
          {t('common:cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
