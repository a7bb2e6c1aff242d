/// <reference lib="webworker" />
/*
 * The restore worker (issue 14): unpacking, parsing and checking a backup, and the write itself,
 * run here so a backup of hundreds of thousands of records never freezes the page. The checked
 * rows stay in the worker; the page gets only the dialog's figures. The safety backup is made
 * here and handed to the page to save (a download or the desktop's data folder) before the
 * write starts. Cancel while checking = the page terminates the worker.
 */
import type { BackupHeader } from '../../shared/backup/format';
import { BackupError } from '../../shared/backup/format';
import {
  prepareRestore,
  restoreAll,
  restoreTerritory,
  type PreparedRestore,
  type RestoreSummary,
} from './restore';

export type RestorePhase = 'unpack' | 'check' | 'write';

export type RestoreRequest =
  | { type: 'check'; bytes: ArrayBuffer }
  | { type: 'restore'; territoryId: string | null }
  | { type: 'safety-saved' }
  | { type: 'safety-failed' };

/** An error as it crosses to the page: a BackupError's code and detail, or nothing known. */
export type WorkerError = { code: BackupError['code']; detail: BackupError['detail'] } | null;

export type RestoreResponse =
  | { type: 'progress'; phase: RestorePhase; done: number; total: number }
  | { type: 'checked'; header: BackupHeader; summary: RestoreSummary }
  | { type: 'safety'; bytes: ArrayBuffer; name: string }
  | { type: 'restored' }
  | { type: 'error'; error: WorkerError };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: RestoreResponse, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);
/** At most four progress messages a second (and always the first and the last of a phase). */
let lastProgress = { phase: '', at: 0 };
function progress(phase: RestorePhase, done: number, total: number): void {
  const now = performance.now();
  if (phase === lastProgress.phase && now - lastProgress.at < 250 && done < total) return;
  lastProgress = { phase, at: now };
  post({ type: 'progress', phase, done, total });
}

let prepared: PreparedRestore | null = null;
let safetyReply: ((saved: boolean) => void) | null = null;

/** Hands the safety backup to the page and waits until it is saved. */
function saveSafety(bytes: Uint8Array<ArrayBuffer>, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    safetyReply = (saved) => (saved ? resolve() : reject(new Error('safety not saved')));
    const copy = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    const buffer = copy ? bytes.buffer : bytes.slice().buffer;
    post({ type: 'safety', bytes: buffer, name }, [buffer]);
  });
}

function fail(error: unknown): void {
  if (error instanceof BackupError) {
    if (error.cause) console.error('[backup] worker', error.code, error.cause);
    post({ type: 'error', error: { code: error.code, detail: error.detail } });
  } else {
    console.error('[backup] worker', error);
    post({ type: 'error', error: null });
  }
}

scope.onmessage = async (event: MessageEvent<RestoreRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'check') {
      prepared = await prepareRestore(new Uint8Array(request.bytes), { onProgress: progress });
      post({ type: 'checked', header: prepared.header, summary: prepared.summary });
    } else if (request.type === 'restore') {
      if (!prepared) throw new Error('nothing checked');
      const onProgress = (done: number, total: number) => progress('write', done, total);
      if (request.territoryId) {
        await restoreTerritory(prepared, request.territoryId, saveSafety, undefined, onProgress);
      } else {
        await restoreAll(prepared, saveSafety, undefined, onProgress);
      }
      post({ type: 'restored' });
    } else {
      safetyReply?.(request.type === 'safety-saved');
      safetyReply = null;
    }
  } catch (error) {
    fail(error);
  }
};
