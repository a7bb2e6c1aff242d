/// <reference lib="webworker" />
/*
 * The import worker: the one place files are read, for the survey, police and member imports (so
 * a hostile file can never block the page). For the survey it also converts rows AND stores them
 * off the UI thread: it keeps the table and the converted rows, so re-mapping columns does not
 * re-read the file and the rows never travel to the page. Storing opens the app's database here
 * (Dexie works in workers; the page's live queries hear about the commit across contexts). Cancel
 * while reading = the client terminates the worker; Cancel while storing = a 'cancel' message
 * that aborts the one transaction.
 */
import {
  convertRows,
  type ConversionResult,
  type ImportCatalogue,
  type ImportMapping,
  type RawTable,
} from '../../../../shared/domain/study/import/mapper';
import {
  profileColumns,
  type ColumnProfile,
} from '../../../../shared/domain/study/import/questions';
import {
  importResponses,
  ImportAborted,
  storedExternalIds,
  type ImportResult,
} from '../../../db/study/import-responses';
import type { ImportErrorCode } from './read-limits';
import { readSheets, readTable, ReadError, type ReadOptions, type SheetRows } from './read-table';
import { isQuotaError } from '../../../../shared/storage-errors';

/** What the page gets of a conversion: everything but the rows themselves. */
export type ConversionSummary = Omit<ConversionResult, 'rows'> & {
  rowCount: number;
  /** Rows whose `_uuid` / instance id the territory already holds (the store skips them). */
  alreadyImported: number;
};

/** Read options that cross to the worker (progress comes back as messages). */
export type WorkerReadOptions = Omit<ReadOptions, 'onProgress'>;

export type WorkerRequest =
  | { type: 'read'; bytes: ArrayBuffer; options?: WorkerReadOptions; whole?: boolean }
  | { type: 'sheets'; bytes: ArrayBuffer; names?: string[]; options?: WorkerReadOptions }
  | { type: 'convert'; mapping: ImportMapping; catalogue: ImportCatalogue; territoryId?: string }
  | { type: 'store'; studyId: string; fileName: string }
  | { type: 'cancel' };
export type WorkerResponse =
  | { type: 'progress'; done: number; total: number }
  | {
      type: 'read';
      headers: string[];
      preview: RawTable['rows'];
      rowCount: number;
      rows?: RawTable['rows'];
      profiles: ColumnProfile[];
      /** Time the worker spent reading (the bench shows it). */
      ms: number;
    }
  | { type: 'sheets'; sheets: SheetRows[] }
  | { type: 'converted'; result: ConversionSummary; ms: number }
  | { type: 'stored'; result: ImportResult }
  | { type: 'cancelled' }
  | { type: 'error'; code: ImportErrorCode; params?: Record<string, number | string> };

let table: RawTable | null = null;
let converted: ConversionResult | null = null;
let storing: AbortController | null = null;
const post = (message: WorkerResponse) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);
const progress = (done: number, total: number) => post({ type: 'progress', done, total });

async function store(studyId: string, fileName: string): Promise<void> {
  if (!converted) throw new Error('nothing converted');
  storing = new AbortController();
  try {
    const result = await importResponses({
      studyId,
      fileName,
      rows: converted.rows,
      skipped: converted.skipped.length,
      signal: storing.signal,
      onProgress: progress,
    });
    post({ type: 'stored', result });
  } catch (error) {
    if (error instanceof ImportAborted) return post({ type: 'cancelled' });
    console.error('import store', error);
    post({ type: 'error', code: isQuotaError(error) ? 'storageFull' : 'storeFailed' });
  } finally {
    storing = null;
  }
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'read') {
      converted = null;
      table = null;
      const started = performance.now();
      const read = await readTable(new Uint8Array(request.bytes), {
        ...request.options,
        onProgress: progress,
      });
      // A whole table goes to the page (police and member lists, small by their caps).
      if (!request.whole) table = read;
      post({
        type: 'read',
        headers: read.headers,
        preview: read.rows.slice(0, 5),
        rowCount: read.rows.length,
        rows: request.whole ? read.rows : undefined,
        profiles: profileColumns(read),
        ms: performance.now() - started,
      });
    } else if (request.type === 'sheets') {
      const sheets = readSheets(new Uint8Array(request.bytes), request.names, {
        ...request.options,
        onProgress: progress,
      });
      post({ type: 'sheets', sheets });
    } else if (request.type === 'convert' && table) {
      const started = performance.now();
      converted = convertRows(table, request.mapping, request.catalogue);
      const { rows, ...rest } = converted;
      const ids = rows.flatMap((r) => (r.externalId ? [r.externalId] : []));
      const stored =
        request.territoryId && ids.length > 0
          ? (await storedExternalIds(ids, request.territoryId)).size
          : 0;
      post({
        type: 'converted',
        result: { ...rest, rowCount: rows.length, alreadyImported: stored },
        ms: performance.now() - started,
      });
    } else if (request.type === 'store') {
      await store(request.studyId, request.fileName);
    } else if (request.type === 'cancel') {
      if (storing) storing.abort();
      else post({ type: 'cancelled' });
    }
  } catch (error) {
    if (error instanceof ReadError)
      return post({ type: 'error', code: error.code, params: error.params });
    console.error('import worker', error);
    post({ type: 'error', code: 'unreadable' });
  }
};
