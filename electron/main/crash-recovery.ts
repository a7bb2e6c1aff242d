/*
 * When the page breaks (issue 14). If the renderer process crashes or is killed
 * ('render-process-gone'), the clerk is told in their language and the app opens again in the
 * window; if it hangs ('unresponsive'), they choose between waiting (a long import may be running)
 * and opening it again. Either way the event goes into <userData>/logs/shell-events.log, and a
 * backup asked of the broken page fails at once (recorded, told at the next start) instead of
 * holding the window for its whole time limit. At start-up, an automatic backup that failed since
 * the last notice is said plainly.
 */
import type { BrowserWindow, Dialog } from 'electron';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { backupFailureKind, FAILURE_TEXT_KEYS, RENDERER_GONE } from '../../shared/backup/failure';
import { formatDate, localDate } from '../../shared/format';
import type { BackupBroker } from './auto-backup';
import { failureToReport, markFailureReported } from './backup-store';
import { replaceFileDurably } from './durable-write';
import { backupLabels, currentLanguage, fill, menuLabels } from './i18n';

export const EVENTS_FILE = path.join('logs', 'shell-events.log');
const EVENTS_KEPT = 200;

export interface RecoveryDeps {
  dialog: Pick<Dialog, 'showMessageBox'>;
  broker: Pick<BackupBroker, 'pageGone'>;
  userDataDir: string;
  quit(): void;
  now?: () => Date;
}

// Events arrive in bursts (unresponsive, then gone): one write at a time so none is lost.
let logging: Promise<void> = Promise.resolve();

/** Appends one event (a JSON line) to the shell's log, keeping the last `keep`. Never throws. */
export function recordShellEvent(
  userDataDir: string,
  event: Record<string, string | number>,
  now: Date = new Date(),
  keep = EVENTS_KEPT,
): Promise<void> {
  const file = path.join(userDataDir, EVENTS_FILE);
  const line = JSON.stringify({ at: now.toISOString(), ...event });
  logging = logging.then(async () => {
    try {
      const earlier = await readFile(file, 'utf8').catch(() => '');
      const lines = [...earlier.split('\n').filter(Boolean), line].slice(-keep);
      await mkdir(path.dirname(file), { recursive: true });
      const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
      await replaceFileDurably(path.dirname(file), path.basename(file), bytes);
    } catch (error) {
      console.error('[shell] cannot record', event, error);
    }
  });
  return logging;
}

/** Watches the window's page; see the header. */
export function installCrashRecovery(window: BrowserWindow, deps: RecoveryDeps): void {
  const contents = window.webContents;
  const record = (event: Record<string, string | number>) =>
    void recordShellEvent(deps.userDataDir, event, deps.now?.());
  let closing = false;
  // Set while a hung page is ended on purpose to reopen it: its end needs no second notice.
  let replacing = false;
  let hangNotice: AbortController | null = null;
  window.on('close', () => {
    closing = true;
  });

  contents.on('render-process-gone', (_event, details) => {
    record({ event: 'render-process-gone', reason: details.reason, exitCode: details.exitCode });
    deps.broker.pageGone(`${RENDERER_GONE}: ${details.reason}`);
    hangNotice?.abort();
    if (replacing) {
      replacing = false;
      return;
    }
    if (closing || details.reason === 'clean-exit' || window.isDestroyed()) return;
    const labels = menuLabels(currentLanguage());
    void deps.dialog
      .showMessageBox(window, {
        type: 'error',
        title: labels.crashTitle,
        message: labels.crashMessage,
        detail: labels.crashDetail,
        buttons: [labels.reopenButton, labels.quitButton],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      })
      .then(({ response }) => {
        if (window.isDestroyed()) return;
        if (response === 1) deps.quit();
        else contents.reload();
      });
  });

  window.on('unresponsive', () => {
    record({ event: 'unresponsive' });
    if (closing || hangNotice) return;
    const notice = new AbortController();
    hangNotice = notice;
    const labels = menuLabels(currentLanguage());
    void deps.dialog
      .showMessageBox(window, {
        type: 'warning',
        title: labels.unresponsiveTitle,
        message: labels.unresponsiveMessage,
        buttons: [labels.waitButton, labels.reopenButton],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
        // The page answering again closes the question (as if Wait was chosen).
        signal: notice.signal,
      })
      .then(({ response }) => {
        hangNotice = null;
        if (response !== 1 || notice.signal.aborted || window.isDestroyed()) return;
        record({ event: 'reopened-unresponsive' });
        replacing = true;
        deps.broker.pageGone(`${RENDERER_GONE}: unresponsive`);
        contents.forcefullyCrashRenderer();
        contents.reload();
      });
  });

  window.on('responsive', () => {
    record({ event: 'responsive' });
    hangNotice?.abort();
  });
}

/** An ISO instant as dd.mm.yyyy hh:mm in local time. */
function localDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${formatDate(localDate(at))} ${at.toTimeString().slice(0, 5)}`;
}

/**
 * Tells the clerk, once, that an automatic backup failed (on the last close, typically) and what
 * to do; Settings → Backups keeps showing it until a backup succeeds.
 */
export async function reportBackupFailure(
  window: BrowserWindow,
  backupsFolder: string,
  dialog: Pick<Dialog, 'showMessageBox'>,
): Promise<boolean> {
  const failure = await failureToReport(backupsFolder);
  if (!failure || window.isDestroyed()) return false;
  const language = currentLanguage();
  const texts = backupLabels(language);
  const labels = menuLabels(language);
  await dialog.showMessageBox(window, {
    type: 'warning',
    title: labels.backupFailedTitle,
    message: fill(texts.autoFailed, {
      when: localDateTime(failure.at),
      reason: texts[FAILURE_TEXT_KEYS[backupFailureKind(failure.reason)]],
    }),
    buttons: [labels.ok],
    noLink: true,
  });
  await markFailureReported(backupsFolder, failure.at);
  return true;
}
