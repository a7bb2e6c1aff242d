/// <reference lib="webworker" />
/*
 * The import worker: reads the file and converts rows off the UI thread. It keeps the table, so
 * re-mapping columns does not re-read the file. Cancel = the client terminates the worker.
 */
import {
  convertRows,
  type ImportCatalogue,
  type ImportMapping,
  type RawTable,
} from '../../../../shared/domain/study/import/mapper';
import { readTable, ReadError } from './read-table';

export type WorkerRequest =
  | { type: 'read'; bytes: ArrayBuffer }
  | { type: 'convert'; mapping: ImportMapping; catalogue: ImportCatalogue };
export type WorkerResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'read'; headers: string[]; preview: RawTable['rows']; rowCount: number }
  | { type: 'converted'; result: ReturnType<typeof convertRows> }
  | { type: 'error'; code: string };

let table: RawTable | null = null;
const post = (message: WorkerResponse) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'read') {
      table = await readTable(new Uint8Array(request.bytes), (done, total) =>
        post({ type: 'progress', done, total }),
      );
      post({
        type: 'read',
        headers: table.headers,
        preview: table.rows.slice(0, 5),
        rowCount: table.rows.length,
      });
    } else if (table) {
      post({ type: 'converted', result: convertRows(table, request.mapping, request.catalogue) });
    }
  } catch (error) {
    post({ type: 'error', code: error instanceof ReadError ? error.code : 'unreadable' });
    if (!(error instanceof ReadError)) console.error('import worker', error);
  }
};
