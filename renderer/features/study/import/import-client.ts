/* A promise-shaped handle on the import worker, with progress and Cancel. */
import type {
  ConversionResult,
  ImportCatalogue,
  ImportMapping,
  RawTable,
} from '../../../../shared/domain/study/import/mapper';
import type { WorkerRequest, WorkerResponse } from './import.worker';

export interface ReadSummary {
  headers: string[];
  preview: RawTable['rows'];
  rowCount: number;
}

export class ImportCancelled extends Error {}

export class ImportSession {
  private worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  private reject: ((error: Error) => void) | null = null;

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

  /** Converts the rows with a mapping. */
  async convert(mapping: ImportMapping, catalogue: ImportCatalogue): Promise<ConversionResult> {
    return (await this.request({ type: 'convert', mapping, catalogue }, 'converted')).result;
  }

  /** Stops the worker at once; a pending call rejects with ImportCancelled. */
  cancel(): void {
    this.worker.terminate();
    this.reject?.(new ImportCancelled());
  }
}
