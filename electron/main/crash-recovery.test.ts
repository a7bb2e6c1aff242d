import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupBroker, runAutoBackup } from './auto-backup';
import { backupsFolder, readBackupStatus, recordOutcome } from './backup-store';
import {
  EVENTS_FILE,
  installCrashRecovery,
  recordShellEvent,
  reportBackupFailure,
} from './crash-recovery';
import { setCurrentLanguage } from './i18n';

const root = mkdtempSync(path.join(tmpdir(), 'koopsuz-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Answer {
  options: { message: string; buttons: string[]; signal?: AbortSignal; detail?: string };
  answer(response: number): void;
}

/** Electron's pieces, faked: a window and its page, and a dialog the test answers. */
function setUp() {
  const userDataDir = mkdtempSync(path.join(root, 'user-'));
  const contents = Object.assign(new EventEmitter(), {
    reload: vi.fn(),
    forcefullyCrashRenderer: vi.fn(() => {
      contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 1 });
    }),
  });
  const window = Object.assign(new EventEmitter(), {
    webContents: contents,
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
  });
  const asked: Answer[] = [];
  const dialog = {
    showMessageBox: vi.fn(
      (_parent: unknown, options: Answer['options']) =>
        new Promise<{ response: number }>((resolve) => {
          const answer = (response: number) => resolve({ response });
          options.signal?.addEventListener('abort', () => answer(0));
          asked.push({ options, answer });
        }),
    ),
  };
  const broker = new BackupBroker();
  const quit = vi.fn();
  installCrashRecovery(window as never, { dialog: dialog as never, broker, userDataDir, quit });
  const events = () =>
    readFileSync(path.join(userDataDir, EVENTS_FILE), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { userDataDir, contents, window, dialog, asked, broker, quit, events };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Lets pending handlers run, then checks the page was neither ended nor reloaded. */
async function expectPageLeftAlone(contents: ReturnType<typeof setUp>['contents']) {
  await settle();
  expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  expect(contents.reload).not.toHaveBeenCalled();
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  setCurrentLanguage('ky');
});
afterEach(() => setCurrentLanguage('ru'));

describe('the page crashes', () => {
  it('tells the clerk in their language, records the event, then opens the app again', async () => {
    const { contents, asked, events } = setUp();
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: -1073741819 });
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]!.options.message).toBe(
      'Koopsuz терезеси иштебей калды. Аны кайра ачууга болот.',
    );
    expect(asked[0]!.options.buttons).toEqual(['Кайра ачуу', 'Программаны жабуу']);
    expect(contents.reload).not.toHaveBeenCalled();
    asked[0]!.answer(0);
    await vi.waitFor(() => expect(contents.reload).toHaveBeenCalledOnce());
    await vi.waitFor(() =>
      expect(events()).toEqual([
        expect.objectContaining({
          event: 'render-process-gone',
          reason: 'crashed',
          exitCode: -1073741819,
        }),
      ]),
    );
  });

  it('the clerk may close the app instead', async () => {
    const { contents, asked, quit } = setUp();
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    asked[0]!.answer(1);
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    expect(contents.reload).not.toHaveBeenCalled();
  });

  it('a backup asked of the crashed page fails at once, recorded for the next start', async () => {
    const { contents, userDataDir, broker } = setUp();
    const folder = backupsFolder(userDataDir);
    // The page is waiting for requests, as the app's page always is.
    const waiting = broker.awaitRequest();
    const quitBackup = runAutoBackup(broker, folder, 60 * 60 * 1000);
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(await quitBackup).toBe(false);
    expect(await waiting).toEqual({ requestId: expect.any(String) });
    expect((await readBackupStatus(folder)).lastFailure?.reason).toBe('renderer-gone: crashed');
    // Until a page waits again, a new request does not wait for a page that is not there.
    expect(await runAutoBackup(broker, folder, 60 * 60 * 1000)).toBe(false);
  });

  it('says nothing and reopens nothing when the window is closing', async () => {
    const { contents, window, dialog } = setUp();
    window.emit('close', { preventDefault: vi.fn() });
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    await expectPageLeftAlone(contents);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });
});

describe('the page hangs', () => {
  it('asks to wait or reopen; reopening ends the hung page and loads the app again, one notice only', async () => {
    const { contents, window, asked, events } = setUp();
    window.emit('unresponsive');
    window.emit('unresponsive');
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]!.options.buttons).toEqual(['Күтүү', 'Кайра ачуу']);
    asked[0]!.answer(1);
    await vi.waitFor(() => expect(contents.reload).toHaveBeenCalledOnce());
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    expect(contents.forcefullyCrashRenderer.mock.invocationCallOrder[0]).toBeLessThan(
      contents.reload.mock.invocationCallOrder[0]!,
    );
    await settle();
    expect(asked).toHaveLength(1);
    await vi.waitFor(() =>
      expect(events().map((e) => e.event)).toEqual(
        expect.arrayContaining(['unresponsive', 'reopened-unresponsive', 'render-process-gone']),
      ),
    );
  });

  it('a page that answers again closes the question and is left alone', async () => {
    const { contents, window, asked } = setUp();
    window.emit('unresponsive');
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    window.emit('responsive');
    expect(asked[0]!.options.signal?.aborted).toBe(true);
    await expectPageLeftAlone(contents);
  });
});

describe('at the next start', () => {
  it('says plainly, once, that the backup on closing failed, and why', async () => {
    const { userDataDir, window, dialog, asked } = setUp();
    const folder = backupsFolder(userDataDir);
    /** A failure recorded at `at`, then the start-up report, answered; resolves to its message. */
    const failAndReport = async (at: Date, reason: string) => {
      await recordOutcome(folder, { ok: false, at, reason });
      const shown = reportBackupFailure(window as never, folder, dialog as never);
      await vi.waitFor(() => expect(asked.length).toBeGreaterThan(0));
      const { options, answer } = asked.pop()!;
      answer(0);
      expect(await shown).toBe(true);
      return options.message;
    };
    expect(await failAndReport(new Date(2026, 10, 25, 18, 5), 'renderer-gone: crashed')).toBe(
      '25.11.2026 18:05 автоматтык көчүрмө ишке ашкан жок (программанын терезеси иштебей калды). Көчүрмөнү кол менен жасап, дисктеги бош орунду текшериңиз.',
    );
    expect(await reportBackupFailure(window as never, folder, dialog as never)).toBe(false);
    // Settings still shows it until a backup succeeds.
    expect((await readBackupStatus(folder)).lastFailure?.reason).toBe('renderer-gone: crashed');
    expect(await failAndReport(new Date(2026, 10, 26, 18, 5), 'timeout')).toContain(
      'программа көчүрмөнү даярдап үлгүргөн жок',
    );
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(2);
  });

  it('says nothing when the last backup succeeded', async () => {
    const { userDataDir, window, dialog } = setUp();
    const folder = backupsFolder(userDataDir);
    await recordOutcome(folder, { ok: false, at: new Date(2026, 10, 25), reason: 'timeout' });
    await recordOutcome(folder, { ok: true, at: new Date(2026, 10, 26) });
    expect(await reportBackupFailure(window as never, folder, dialog as never)).toBe(false);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });
});

describe('the shell log', () => {
  it('keeps the last events, none lost when they come at once', async () => {
    const userDataDir = mkdtempSync(path.join(root, 'log-'));
    await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        recordShellEvent(userDataDir, { event: 'e', n }, new Date(), 5),
      ),
    );
    const lines = readFileSync(path.join(userDataDir, EVENTS_FILE), 'utf8').trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { n: number }).n)).toEqual([3, 4, 5, 6, 7]);
  });
});
