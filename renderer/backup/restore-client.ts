/* A promise-shaped handle on the restore worker: check, then restore, with progress and Cancel. */
import type { BackupHeader } from '../../shared/backup/format';
import { BackupError } from '../../shared/backup/format';
import type { RestoreSummary, SaveSafety } from './restore';
import type { RestorePhase, RestoreRequest, RestoreResponse } from './restore.worker';

export type { RestorePhase };
export type RestoreProgress = (phase: RestorePhase, done: number, total: number) => void;

/** What the page knows of a checked backup; its rows stay in the worker. */
export interface CheckedBackup {
  header: BackupHeader;
  summary: RestoreSummary;
}

/** The session was closed (Cancel) before it finished. */
export class RestoreCancelled extends Error {}

export class RestoreSession {
  private worker = new Worker(new URL('./restore.worker.ts', import.meta.url), { type: 'module' });
  private reject: ((error: Error) => void) | null = null;

  private run<T extends RestoreResponse['type']>(
    message: RestoreRequest,
    expect: T,
    onProgress: RestoreProgress | undefined,
    onSafety?: (bytes: Uint8Array<ArrayBuffer>, name: string) => void,
    transfer: Transferable[] = [],
  ): Promise<Extract<RestoreResponse, { type: T }>> {
    return new Promise((resolve, reject) => {
      this.reject = reject;
      this.worker.onmessage = (event: MessageEvent<RestoreResponse>) => {
        const data = event.data;
        if (data.type === 'progress') onProgress?.(data.phase, data.done, data.total);
        else if (data.type === 'safety') onSafety?.(new Uint8Array(data.bytes), data.name);
        else if (data.type === 'error') {
          reject(data.error ? new BackupError(data.error.code, data.error.detail) : new Error());
        } else if (data.type === expect) resolve(data as Extract<RestoreResponse, { type: T }>);
      };
      this.worker.onerror = (event) => {
        console.error('[backup] restore worker failed', event.message);
        reject(new Error('restore worker failed'));
      };
      this.worker.postMessage(message, transfer);
    });
  }

  /** Reads and checks the file in the worker; rejects with BackupError for a refusal. */
  async check(bytes: ArrayBuffer, onProgress?: RestoreProgress): Promise<CheckedBackup> {
    const { header, summary } = await this.run(
      { type: 'check', bytes },
      'checked',
      onProgress,
      undefined,
      [bytes],
    );
    return { header, summary };
  }

  /** Restores everything (territoryId null) or one territory, after the safety backup is saved. */
  async restore(
    territoryId: string | null,
    saveSafety: SaveSafety,
    onProgress?: RestoreProgress,
  ): Promise<void> {
    const onSafety = (bytes: Uint8Array<ArrayBuffer>, name: string) => {
      saveSafety(bytes, name).then(
        () => this.worker.postMessage({ type: 'safety-saved' } satisfies RestoreRequest),
        (error: unknown) => {
          console.error('[backup] safety backup not saved', error);
          this.worker.postMessage({ type: 'safety-failed' } satisfies RestoreRequest);
        },
      );
    };
    await this.run({ type: 'restore', territoryId }, 'restored', onProgress, onSafety);
  }

  /** Stops the worker: a check in progress ends, nothing was written. */
  close(): void {
    this.worker.terminate();
    this.reject?.(new RestoreCancelled());
    this.reject = null;
  }
}
