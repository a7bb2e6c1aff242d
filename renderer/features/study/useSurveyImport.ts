/*
 * The survey import's flow, from the file picked to the batch stored: reads the file in the
 * import worker, proposes and remembers the column mapping (and the study's XLSForm), converts
 * and stores the rows. The Import tab renders its steps.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isQuotaError } from '../../../shared/storage-errors';
import {
  hasAnswerColumns,
  sourceKey,
  type ImportCatalogue,
  type ImportMapping,
} from '../../../shared/domain/study/import/mapper';
import {
  blockingWarnings,
  proposeMapping,
  type ImportProposal,
} from '../../../shared/domain/study/import/propose';
import type { XlsForm } from '../../../shared/domain/study/import/xlsform';
import type { Study } from '../../../shared/schemas/study';
import { useTerritory } from '../../app/territory-context';
import { useProblems } from '../../db/hooks';
import type { ImportResult } from '../../db/study/import-responses';
import { getImportMapping, rememberImportMapping } from '../../db/study/mappings';
import {
  ImportCancelled,
  ImportSession,
  type ConversionSummary,
  type ReadSummary,
} from './import/import-client';
import { MAX_IMPORT_BYTES } from './import/read-limits';
import { refusalText } from './import/read-refusal';
import { usePlaces } from './useStudyData';

type Step =
  | { kind: 'pick' }
  | { kind: 'reading'; progress: number }
  | {
      kind: 'mapping';
      summary: ReadSummary;
      mapping: ImportMapping;
      result: ConversionSummary | null;
      proposal: ImportProposal | null;
    }
  | { kind: 'saving'; progress: number }
  | {
      kind: 'done';
      result: ConversionSummary;
      stored: ImportResult;
      headers: string[];
      ignored: string[];
    };

/** Where the study's XLSForm is remembered (the import-mapping store, no schema change). */
const formKey = (studyId: string) => `xlsform:${studyId}`;

/** The state and actions of one study's survey import. */
export function useSurveyImport(study: Study) {
  const { t, i18n } = useTranslation('study');
  const territory = useTerritory();
  const problems = useProblems();
  const places = usePlaces(territory.id);
  const [step, setStepNow] = useState<Step>({ kind: 'pick' });
  // The mapping table and the report are large renders: as transitions React renders them in
  // slices, so the UI thread is never blocked for long (issue 5: ≤ 100 ms).
  const setStep = (next: Step) => startTransition(() => setStepNow(next));
  const [error, setError] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const session = useRef<ImportSession | null>(null);
  const [form, setForm] = useState<XlsForm | null>(null);
  const [anyway, setAnyway] = useState(false);
  const catalogue: ImportCatalogue = {
    problems: (problems ?? []).map((p) => ({ code: p.code, title: p.title })),
    places: (places ?? []).map((p) => ({ id: p.id, code: p.code, name: p.name })),
  };

  useEffect(() => {
    void getImportMapping(territory.id, formKey(study.id)).then((saved) => {
      if (saved && typeof saved === 'object') setForm(saved as XlsForm);
    });
  }, [territory.id, study.id]);

  const reset = () => {
    session.current?.cancel();
    session.current = null;
    setStep({ kind: 'pick' });
  };

  const convert = async (
    summary: ReadSummary,
    mapping: ImportMapping,
    proposal: ImportProposal | null,
    against: ImportCatalogue = catalogue,
  ) => {
    setStep({ kind: 'mapping', summary, mapping, result: null, proposal });
    if (!hasAnswerColumns(mapping.columns)) return setError(t('import.refuse.noColumns'));
    setError(null);
    const result = await session.current!.convert(mapping, against, territory.id);
    setStep({ kind: 'mapping', summary, mapping, result, proposal });
  };

  const propose = (summary: ReadSummary, against: ImportCatalogue, withForm = form) =>
    proposeMapping(summary.headers, summary.profiles, against, withForm ?? undefined);

  const attachForm = async (next: XlsForm | null) => {
    setForm(next);
    await rememberImportMapping(territory.id, formKey(study.id), next);
    if (step.kind === 'mapping') {
      const proposal = propose(step.summary, catalogue, next);
      await convert(step.summary, proposal.mapping, proposal);
    }
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
      const proposal = propose(summary, catalogue);
      const mapping =
        remembered && remembered.columns.length === summary.headers.length
          ? remembered
          : proposal.mapping;
      setAnyway(false);
      await convert(summary, mapping, proposal);
    } catch (e) {
      if (e instanceof ImportCancelled) return;
      setStep({ kind: 'pick' });
      setError(refusalText(t, e, 'study:import.refuse', i18n.language));
    }
  };

  // The worker validates, builds and stores the rows (they never come to the page); Cancel rolls
  // its one transaction back and returns to the mapping with nothing stored.
  const store = async (
    summary: ReadSummary,
    mapping: ImportMapping,
    result: ConversionSummary,
    proposal: ImportProposal | null,
  ) => {
    setStep({ kind: 'saving', progress: 0 });
    try {
      await rememberImportMapping(territory.id, sourceKey(summary.headers), mapping);
      const stored = await session.current!.store(study.id, fileName, (progress) =>
        setStep({ kind: 'saving', progress }),
      );
      session.current?.dispose();
      session.current = null;
      const ignored = summary.headers.filter((_, i) => mapping.columns[i]?.field === 'ignore');
      setStep({ kind: 'done', result, stored, headers: summary.headers, ignored });
    } catch (e) {
      if (e instanceof ImportCancelled)
        return setStep({ kind: 'mapping', summary, mapping, result, proposal });
      console.error('import failed', e);
      const full = isQuotaError(e) || (e as Error).message === 'storageFull';
      setError(t(full ? 'import.refuse.storageFull' : 'import.refuse.storeFailed'));
      setStep({ kind: 'mapping', summary, mapping, result, proposal });
    }
  };

  const warnings =
    step.kind === 'mapping'
      ? blockingWarnings(step.mapping.columns, step.proposal?.consentLike ?? [])
      : [];

  return {
    territoryId: territory.id,
    problems,
    places,
    step,
    error,
    fileName,
    session,
    form,
    anyway,
    setAnyway,
    catalogue,
    warnings,
    reset,
    convert,
    propose,
    attachForm,
    pick,
    store,
  };
}
