/*
 * The page's handle on the import worker, with progress and Cancel: the one way the survey,
 * police and member imports read a file (the page thread never parses one).
 */
import type {
  ImportCatalogue,
  ImportMapping,
  RawTable,
} from '../../../../shared/domain/study/import/mapper';
import type { ColumnProfile } from '../../../../shared/domain/study/import/questions';
import type { ImportResult } from '../../../db/study/import-responses';
import type {
  ConversionSummary,
  WorkerReadOptions,
  WorkerRequest,
  WorkerResponse,
} from './import.worker';
import { READ_LIMITS, ReadError, tooLarge, type ReadProfile } from './read-limits';
import type { SheetRows } from './read-xlsx';

export type { ConversionSummary, SheetRows };
/** Refusals reject with ReadError (its `message` is the code). */
export { ReadError };

export interface ReadSummary {
  headers: string[];
  preview: RawTable['rows'];
  rowCount: number;
  profiles: ColumnProfile[];
}

export class ImportCancelled extends Error {}

/**
 * Puts a phase of the import on the page's performance timeline (`koopsuz:import-read`, …), as
 * long as the worker spent on it: the bench reads them, nothing else does.
 */
function notePhase(phase: string, ms: number | undefined): void {
  if (ms === undefined || typeof performance.measure !== 'function') return;
  const end = performance.now();
  performance.measure(`koopsuz:import-${phase}`, { start: Math.max(0, end - ms), end });
}

export class ImportSession {
  private worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  private reject: ((error: Error) => void) | null = null;
  private storing = false;

  private request<T extends WorkerResponse['type']>(
    message: WorkerRequest,
    expect: T,
    onProgress?: (share: number) => void,
    transfer: Transferable[] = [],
  ): Promise<Extract<WorkerResponse, { type: T }>> {
    return new Promise((resolve, reject) => {
      this.reject = reject;
      this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const data = event.data;
        if (data.type === 'progress') onProgress?.(data.total ? data.done / data.total : 0);
        else if (data.type === 'error') reject(new ReadError(data.code, data.params));
        else if (data.type === 'cancelled') reject(new ImportCancelled());
        else if (data.type === expect) resolve(data as Extract<WorkerResponse, { type: T }>);
      };
      this.worker.onerror = () => reject(new ReadError('unreadable'));
      this.worker.postMessage(message, transfer);
    });
  }

  /** Reads the file in the worker, which keeps the table; rejects with ReadError for a refusal. */
  async read(
    bytes: ArrayBuffer,
    onProgress?: (share: number) => void,
    options?: WorkerReadOptions,
  ): Promise<ReadSummary> {
    const read = await this.request({ type: 'read', bytes, options }, 'read', onProgress, [bytes]);
    notePhase('read', read.ms);
    return read;
  }

  /** Reads the file in the worker and brings the whole table to the page. */
  async readWhole(
    bytes: ArrayBuffer,
    onProgress?: (share: number) => void,
    options?: WorkerReadOptions,
  ): Promise<RawTable> {
    const read = await this.request(
      { type: 'read', bytes, options, whole: true },
      'read',
      onProgress,
      [bytes],
    );
    return { headers: read.headers, rows: read.rows ?? [] };
  }

  /** Reads the named worksheets of an XLSX (all when `names` is absent) in the worker. */
  async readSheets(
    bytes: ArrayBuffer,
    names?: string[],
    onProgress?: (share: number) => void,
    options?: WorkerReadOptions,
  ): Promise<SheetRows[]> {
    const message: WorkerRequest = { type: 'sheets', bytes, names, options };
    return (await this.request(message, 'sheets', onProgress, [bytes])).sheets;
  }

  /** Converts the rows with a mapping; the rows stay in the worker, the page gets the report. */
  async convert(
    mapping: ImportMapping,
    catalogue: ImportCatalogue,
    territoryId?: string,
  ): Promise<ConversionSummary> {
    const converted = await this.request(
      { type: 'convert', mapping, catalogue, territoryId },
      'converted',
    );
    notePhase('map', converted.ms);
    return converted.result;
  }

  /**
   * Stores the last converted rows as one batch, in the worker, all or nothing. Rejects with
   * ImportCancelled when Cancel rolled the transaction back.
   */
  async store(
    studyId: string,
    fileName: string,
    onProgress?: (share: number) => void,
  ): Promise<ImportResult> {
    this.storing = true;
    try {
      const { result } = await this.request(
        { type: 'store', studyId, fileName },
        'stored',
        onProgress,
      );
      notePhase('check', result.ms?.checking);
      notePhase('store', result.ms?.storing);
      return result;
    } finally {
      this.storing = false;
    }
  }

  /**
   * Cancel. While storing, the worker aborts its transaction and answers (the pending store
   * rejects with ImportCancelled once nothing is stored); otherwise the worker stops at once.
   */
  cancel(): void {
    if (this.storing) {
      this.worker.postMessage({ type: 'cancel' } satisfies WorkerRequest);
      return;
    }
    this.worker.terminate();
    this.reject?.(new ImportCancelled());
  }

  /** Ends the worker (after a finished or cancelled import). */
  dispose(): void {
    this.worker.terminate();
  }
}

export interface ReadFileOptions {
  profile: ReadProfile;
  dates?: 'serial' | 'iso';
  onProgress?: (share: number) => void;
  /** Aborting stops the worker; the read rejects with ImportCancelled. */
  signal?: AbortSignal;
}

/** Runs one read in a fresh worker: the size checked first, the worker ended afterwards. */
async function once<T>(
  file: File,
  options: ReadFileOptions,
  run: (session: ImportSession, bytes: ArrayBuffer, read: WorkerReadOptions) => Promise<T>,
): Promise<T> {
  const limits = READ_LIMITS[options.profile];
  if (file.size > limits.maxBytes) throw tooLarge(limits);
  if (options.signal?.aborted) throw new ImportCancelled();
  const session = new ImportSession();
  const cancel = () => session.cancel();
  options.signal?.addEventListener('abort', cancel);
  try {
    const bytes = await file.arrayBuffer();
    return await run(session, bytes, {
      profile: options.profile,
      fileName: file.name,
      dates: options.dates,
    });
  } finally {
    options.signal?.removeEventListener('abort', cancel);
    session.dispose();
  }
}

/** Reads a whole table in the import worker (police statistics, member lists). */
export function readTableFile(file: File, options: ReadFileOptions): Promise<RawTable> {
  return once(file, options, (session, bytes, read) =>
    session.readWhole(bytes, options.onProgress, read),
  );
}

/** Reads worksheets of an XLSX by name in the import worker (e.g. a form's `survey` and `choices`). */
export function readWorkbookSheets(
  file: File,
  names: string[] | undefined,
  options: ReadFileOptions,
): Promise<SheetRows[]> {
  return once(file, options, (session, bytes, read) =>
    session.readSheets(bytes, names, options.onProgress, read),
  );
}
