/*
 * Automatic backups (issue 8). The data lives in the renderer's IndexedDB, so the main process asks
 * the renderer for the bytes: the renderer keeps one `backup:await-request` call open, the broker
 * answers it with a request id, and the renderer delivers the file with `backup:deliver`. Every
 * request has a time limit. A backup is made when the window closes and at most once a day while
 * the app runs; a failed or slow one never holds the window open beyond the limit and is recorded
 * so that Settings reports it at the next start.
 */
import type { App, BrowserWindow } from 'electron';
import { randomUUID } from 'node:crypto';
import { readBackupHeader } from './backup-header';
import { backupsFolder, readBackupStatus, recordOutcome, writeBackupFile } from './backup-store';

type Waiter = (request: { requestId: string } | null) => void;
interface Pending {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

/** Pairs the main process's backup requests with the renderer's deliveries. */
export class BackupBroker {
  private waiter: Waiter | null = null;
  private readonly queue: string[] = [];
  private readonly pending = new Map<string, Pending>();
  private gone: string | null = null;

  /** The renderer waits here; a newer wait supersedes an older one (a reloaded page). */
  awaitRequest(): Promise<{ requestId: string } | null> {
    this.gone = null;
    this.waiter?.(null);
    this.waiter = null;
    const queued = this.queue.shift();
    if (queued) return Promise.resolve({ requestId: queued });
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }

  /** The renderer answers a request; unknown or late answers are ignored. */
  deliver(
    input: { requestId: string; bytes: Uint8Array } | { requestId: string; error: string },
  ): void {
    const pending = this.pending.get(input.requestId);
    if (!pending) return;
    this.pending.delete(input.requestId);
    if ('bytes' in input) pending.resolve(input.bytes);
    else pending.reject(new Error(`renderer: ${input.error}`));
  }

  /**
   * The page is gone (crashed, killed, reloaded on purpose): fails every request waiting for it,
   * and every new one until a page waits again, instead of waiting out their time limits.
   */
  pageGone(reason: string): void {
    this.gone = reason;
    this.waiter?.(null);
    this.waiter = null;
    const pending = [...this.pending.values()];
    this.pending.clear();
    this.queue.length = 0;
    for (const request of pending) request.reject(new Error(reason));
  }

  /** Asks the renderer for a backup; rejects after `timeoutMs`. */
  requestBytes(timeoutMs: number): Promise<Uint8Array> {
    if (this.gone !== null) return Promise.reject(new Error(this.gone));
    const requestId = randomUUID();
    return new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        const index = this.queue.indexOf(requestId);
        if (index >= 0) this.queue.splice(index, 1);
        reject(new Error('timeout'));
      }, timeoutMs);
      const settle = {
        resolve: (bytes: Uint8Array) => {
          clearTimeout(timer);
          resolve(bytes);
        },
        reject: (error: Error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.pending.set(requestId, settle);
      if (this.waiter) {
        const waiter = this.waiter;
        this.waiter = null;
        waiter({ requestId });
      } else {
        this.queue.push(requestId);
      }
    });
  }
}

/** One automatic backup: ask, check it is a backup, write, rotate, record. Never throws. */
export async function runAutoBackup(
  broker: BackupBroker,
  folder: string,
  timeoutMs: number,
  now: () => Date = () => new Date(),
): Promise<boolean> {
  try {
    const bytes = await broker.requestBytes(timeoutMs);
    if (!(await readBackupHeader(bytes))) throw new Error('not a backup file');
    await writeBackupFile(folder, bytes, 'auto', { now: now() });
    await recordOutcome(folder, { ok: true, at: now() });
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error('[backup] automatic backup failed:', reason);
    await recordOutcome(folder, { ok: false, at: now(), reason }).catch(() => undefined);
    return false;
  }
}

export const QUIT_TIMEOUT_MS = 15_000;
export const DAILY_TIMEOUT_MS = 120_000;
const DAY_MS = 24 * 60 * 60 * 1000;
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** True when the last automatic backup is older than a day (or there is none). */
export function dailyBackupDue(lastAutoAt: string | undefined, now: Date): boolean {
  if (!lastAutoAt) return true;
  const last = Date.parse(lastAutoAt);
  return Number.isNaN(last) || now.getTime() - last >= DAY_MS || last > now.getTime();
}

/**
 * Backs up when a window closes (holding the close for at most QUIT_TIMEOUT_MS) and once a day
 * while running. Returns a function that stops the daily timer.
 */
export function installAutoBackup(app: App, broker: BackupBroker): () => void {
  const folder = backupsFolder(app.getPath('userData'));
  const backedUp = new WeakSet<BrowserWindow>();
  let running: Promise<boolean> | null = null;
  const run = (timeoutMs: number) => {
    running ??= runAutoBackup(broker, folder, timeoutMs).finally(() => {
      running = null;
    });
    return running;
  };

  app.on('browser-window-created', (_event, window) => {
    window.on('close', (event) => {
      if (backedUp.has(window)) return;
      backedUp.add(window);
      event.preventDefault();
      void run(QUIT_TIMEOUT_MS).finally(() => {
        if (!window.isDestroyed()) window.close();
      });
    });
  });

  const check = async () => {
    const status = await readBackupStatus(folder);
    if (dailyBackupDue(status.lastAutoAt, new Date())) await run(DAILY_TIMEOUT_MS);
  };
  const timer = setInterval(() => void check(), CHECK_EVERY_MS);
  timer.unref?.();
  return () => clearInterval(timer);
}
