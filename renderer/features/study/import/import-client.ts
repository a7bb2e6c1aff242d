/* A promise-shaped handle on the import worker, with progress and Cancel. */
import type {
  ImportCatalogue,
  ImportMapping,
  RawTable,
} from '../../../../shared/domain/study/import/mapper';
import type { ImportResult } from '../../../db/study/import-responses';
import type { ConversionSummary, WorkerRequest, WorkerResponse } from './import.worker';

export type { ConversionSummary };

export interface ReadSummary {
  headers: string[];
  preview: RawTable['rows'];
  rowCount: number;
}

export class ImportCancelled extends Error {}

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
        else if (data.type === 'error') reject(new Error(data.code));
        else if (data.type === 'cancelled') reject(new ImportCancelled());
        else if (data.type === expect) resolve(data as Extract<WorkerResponse, { type: T }>);
      };
      this.worker.onerror = () => reject(new Error('unreadable'));
      this.worker.postMessage(message, transfer);
    });
  }

  /** Reads the file in the worker; rejects with Error(code) for a refusal. */
  read(bytes: ArrayBuffer, onProgress?: (share: number) => void): Promise<ReadSummary> {
    return this.request({ type: 'read', bytes }, 'read', onProgress, [bytes]);
  }

  /** Converts the rows with a mapping; the rows stay in the worker, the page gets the report. */
  async convert(mapping: ImportMapping, catalogue: ImportCatalogue): Promise<ConversionSummary> {
    return (await this.request({ type: 'convert', mapping, catalogue }, 'converted')).result;
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
      return (await this.request({ type: 'store', studyId, fileName }, 'stored', onProgress))
        .result;
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
