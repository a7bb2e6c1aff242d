import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BackupBroker,
  dailyBackupDue,
  installAutoBackup,
  QUIT_TIMEOUT_MS,
  runAutoBackup,
} from './auto-backup';
import { readBackupStatus } from './backup-store';
import { backupBytes, gzipText } from '../test-support/backup-bytes';

const root = mkdtempSync(path.join(tmpdir(), 'koopsuz-auto-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let GZ: Uint8Array;
beforeAll(async () => {
  GZ = await backupBytes();
});

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(root, 'case-'));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

/** The renderer side: waits for a request and answers it. */
async function answerOnce(
  broker: BackupBroker,
  answer: (id: string) => Parameters<BackupBroker['deliver']>[0],
) {
  const request = await broker.awaitRequest();
  if (request) broker.deliver(answer(request.requestId));
}

describe('automatic backup', () => {
  it('asks the renderer, writes the file into the backups folder and records the time', async () => {
    const broker = new BackupBroker();
    void answerOnce(broker, (requestId) => ({ requestId, bytes: GZ }));
    expect(await runAutoBackup(broker, folder, 1000, () => new Date(2026, 10, 5, 14, 30, 0))).toBe(
      true,
    );
    expect(readdirSync(folder).sort()).toEqual([
      'koopsuz-auto-2026-11-05-143000-000-000001.koopsuz',
      'status.json',
    ]);
    expect(
      new Uint8Array(
        readFileSync(path.join(folder, 'koopsuz-auto-2026-11-05-143000-000-000001.koopsuz')),
      ),
    ).toEqual(GZ);
    expect((await readBackupStatus(folder)).lastAutoAt).toBe(
      new Date(2026, 10, 5, 14, 30, 0).toISOString(),
    );
  });

  it('a renderer that does not answer in time: no file, the failure is recorded for the next start', async () => {
    const broker = new BackupBroker();
    expect(await runAutoBackup(broker, folder, 20)).toBe(false);
    const status = await readBackupStatus(folder);
    expect(status.files).toEqual([]);
    expect(status.lastFailure?.reason).toBe('timeout');
  });

  it('a renderer that fails or sends something else: nothing written, failure recorded', async () => {
    const broker = new BackupBroker();
    void answerOnce(broker, (requestId) => ({ requestId, error: 'quota' }));
    expect(await runAutoBackup(broker, folder, 1000)).toBe(false);
    void answerOnce(broker, (requestId) => ({ requestId, bytes: new TextEncoder().encode('{}') }));
    expect(await runAutoBackup(broker, folder, 1000)).toBe(false);
    // gzip, but not a Koopsuz backup: another program's JSON, or a header without the magic.
    const notOurs = await gzipText('{"magic":"other"}\n{}');
    void answerOnce(broker, (requestId) => ({ requestId, bytes: notOurs }));
    expect(await runAutoBackup(broker, folder, 1000)).toBe(false);
    const status = await readBackupStatus(folder);
    expect(status.files).toEqual([]);
    expect(status.lastFailure?.reason).toBe('not a backup file');
  });

  it('a success clears the reported failure', async () => {
    const broker = new BackupBroker();
    await runAutoBackup(broker, folder, 10);
    void answerOnce(broker, (requestId) => ({ requestId, bytes: GZ }));
    await runAutoBackup(broker, folder, 1000);
    expect((await readBackupStatus(folder)).lastFailure).toBeUndefined();
  });

  it('ignores deliveries for unknown requests and supersedes an older waiting page', async () => {
    const broker = new BackupBroker();
    broker.deliver({ requestId: crypto.randomUUID(), bytes: GZ });
    const first = broker.awaitRequest();
    const second = broker.awaitRequest();
    expect(await first).toBeNull();
    const bytes = broker.requestBytes(1000);
    const request = await second;
    broker.deliver({ requestId: request!.requestId, bytes: GZ });
    expect(await bytes).toEqual(GZ);
  });

  it("a page that is gone fails its waiting request at once, recorded as the renderer's", async () => {
    const broker = new BackupBroker();
    const run = runAutoBackup(broker, folder, 60_000);
    await broker.awaitRequest();
    broker.pageGone('renderer-gone: crashed');
    expect(await run).toBe(false);
    expect((await readBackupStatus(folder)).lastFailure?.reason).toBe('renderer-gone: crashed');
  });

  it('is due once a day', () => {
    const now = new Date('2026-11-05T12:00:00Z');
    expect(dailyBackupDue(undefined, now)).toBe(true);
    expect(dailyBackupDue('2026-11-05T01:00:00Z', now)).toBe(false);
    expect(dailyBackupDue('2026-11-04T11:59:00Z', now)).toBe(true);
    expect(dailyBackupDue('2027-01-01T00:00:00Z', now)).toBe(true);
  });
});

describe('backup on close', () => {
  function fakeApp(userData: string) {
    const app = Object.assign(new EventEmitter(), { getPath: () => userData });
    return app;
  }
  function fakeWindow() {
    return Object.assign(new EventEmitter(), {
      destroyed: false,
      isDestroyed() {
        return this.destroyed;
      },
      close: vi.fn(),
    });
  }

  it('holds the close until the backup is written, then closes', async () => {
    const app = fakeApp(folder);
    const broker = new BackupBroker();
    const stop = installAutoBackup(app as never, broker);
    const window = fakeWindow();
    app.emit('browser-window-created', {}, window);
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.close).not.toHaveBeenCalled();
    await answerOnce(broker, (requestId) => ({ requestId, bytes: GZ }));
    await vi.waitFor(() => expect(window.close).toHaveBeenCalled());
    expect(
      readdirSync(path.join(folder, 'backups')).some((n) => n.startsWith('koopsuz-auto-')),
    ).toBe(true);
    // The second close (the one the backup triggered) goes through.
    const again = { preventDefault: vi.fn() };
    window.emit('close', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    stop();
  });

  it('a renderer that never answers does not keep the window open beyond the limit', async () => {
    vi.useFakeTimers();
    try {
      const app = fakeApp(folder);
      const stop = installAutoBackup(app as never, new BackupBroker());
      const window = fakeWindow();
      app.emit('browser-window-created', {}, window);
      window.emit('close', { preventDefault: vi.fn() });
      await vi.advanceTimersByTimeAsync(QUIT_TIMEOUT_MS + 10);
      vi.useRealTimers();
      await vi.waitFor(() => expect(window.close).toHaveBeenCalled());
      expect((await readBackupStatus(path.join(folder, 'backups'))).lastFailure?.reason).toBe(
        'timeout',
      );
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
