/*
 * The IPC contract: every channel between the renderer and the main process, its input and its
 * result, in one typed map (architecture A8). The preload exposes one named function per channel;
 * the main process registers each handler through one wrapper that checks the sender and parses
 * the input with these schemas.
 */
import { z } from 'zod';
import { LANGUAGES } from './languages';

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
});

/** A file name suggested to the save dialog: a bare name, no folders. */
const suggestedName = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  .refine((name) => !/[\\/:*?"<>|\u0000-\u001f]/.test(name) && name !== '.' && name !== '..', {
    error: 'not a bare file name',
  });

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  electron: z.string(),
  chrome: z.string(),
  platform: z.string(),
  dataFolder: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const saveResultSchema = z.object({ saved: z.boolean(), path: z.string().optional() });
export type SaveResult = z.infer<typeof saveResultSchema>;

export const PAGE_ORIENTATIONS = ['portrait', 'landscape'] as const;

/** The name of a backup in the app's backups folder (what the main process itself writes). */
export const backupFileNameSchema = z
  .string()
  .regex(/^koopsuz(-auto|-safety)?-\d{4}-\d{2}-\d{2}-\d{6}\.koopsuz$/);

const backupBytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength > 0 && b.byteLength <= 1024 * 1024 * 1024, { error: 'bad size' });

export const backupStatusSchema = z.object({
  /** The backups folder inside the data folder. */
  folder: z.string(),
  /** Backups in the folder, newest first. */
  files: z.array(z.object({ name: z.string(), size: z.number(), modifiedAt: z.string() })),
  /** When the last automatic backup was written. */
  lastAutoAt: z.string().optional(),
  /** The last automatic backup that failed (reported at the next start), if none succeeded since. */
  lastFailure: z.object({ at: z.string(), reason: z.string() }).optional(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

/** Channel names with their input schemas. Names are `domain:verb-noun`. */
export const channels = {
  /** Name, version and runtime versions of the app, and its data folder. */
  'app:get-info': { input: z.undefined() },
  /** Tells the main process the UI language, so menus and dialogs follow it. */
  'app:set-language': { input: z.object({ language: z.enum(LANGUAGES) }) },
  /** Opens the app's data folder in the system file manager. */
  'app:open-data-folder': { input: z.undefined() },
  /** Asks where to save, then writes the bytes there (the only way files leave the renderer). */
  'files:save-bytes': {
    input: z.object({
      suggestedName,
      bytes: z
        .instanceof(Uint8Array)
        .refine((b) => b.byteLength <= 512 * 1024 * 1024, { error: 'too large' }),
      filters: z.array(fileFilter).max(5),
    }),
  },
  /** Prints the current window's document through the system print dialog. */
  'print:print-document': { input: z.object({ orientation: z.enum(PAGE_ORIENTATIONS) }) },
  /** Renders the current document to PDF (its own @page size) and saves it where the clerk picks. */
  'print:save-pdf': { input: z.object({ suggestedName }) },
  /** Waits until the main process wants a backup (on quit, once a day); null when superseded. */
  'backup:await-request': { input: z.undefined() },
  /** Answers a backup request with the file's bytes, or with the reason it could not be made. */
  'backup:deliver': {
    input: z.union([
      z.strictObject({ requestId: z.uuid(), bytes: backupBytes }),
      z.strictObject({ requestId: z.uuid(), error: z.string().max(200) }),
    ]),
  },
  /** Writes the safety backup made before a restore into the backups folder. */
  'backup:write-safety': { input: z.strictObject({ bytes: backupBytes }) },
  /** The backups folder, its files and how the last automatic backup went. */
  'backup:get-status': { input: z.undefined() },
  /** Reads one backup of the backups folder (for Restore from list). */
  'backup:read': { input: z.strictObject({ name: backupFileNameSchema }) },
  /** Opens the backups folder in the system file manager. */
  'backup:open-folder': { input: z.undefined() },
} as const;

export type ChannelName = keyof typeof channels;
export type ChannelInput<C extends ChannelName> = z.input<(typeof channels)[C]['input']>;

/** What each channel returns on success. */
export interface ChannelOutputs {
  'app:get-info': AppInfo;
  'app:set-language': null;
  'app:open-data-folder': null;
  'files:save-bytes': SaveResult;
  'print:print-document': { printed: boolean };
  'print:save-pdf': SaveResult;
  'backup:await-request': { requestId: string } | null;
  'backup:deliver': null;
  'backup:write-safety': { name: string; path: string };
  'backup:get-status': BackupStatus;
  'backup:read': Uint8Array;
  'backup:open-folder': null;
}

/** Every handler answers with this shape; errors are codes the renderer translates. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The preload's method names, one per channel. */
export const apiMethods = {
  getAppInfo: 'app:get-info',
  setLanguage: 'app:set-language',
  openDataFolder: 'app:open-data-folder',
  saveBytes: 'files:save-bytes',
  printDocument: 'print:print-document',
  savePdf: 'print:save-pdf',
  awaitBackupRequest: 'backup:await-request',
  deliverBackup: 'backup:deliver',
  writeSafetyBackup: 'backup:write-safety',
  getBackupStatus: 'backup:get-status',
  readBackup: 'backup:read',
  openBackupFolder: 'backup:open-folder',
} as const satisfies Record<string, ChannelName>;

type Methods = typeof apiMethods;
/** The one object the preload exposes as `window.api`. */
export type DesktopApi = {
  [M in keyof Methods]: ChannelInput<Methods[M]> extends undefined
    ? () => Promise<IpcResult<ChannelOutputs[Methods[M]]>>
    : (input: ChannelInput<Methods[M]>) => Promise<IpcResult<ChannelOutputs[Methods[M]]>>;
};

/**
 * Error codes a handler can answer with; the renderer shows each in the clerk's language.
 * forbidden-sender and invalid-input mean a programming error, write-failed and open-failed
 * something on the PC (full disk, read-only folder, file open in another program).
 */
export const IPC_ERRORS = [
  'forbidden-sender',
  'invalid-input',
  'internal',
  'write-failed',
  'open-failed',
  'print-failed',
  'read-failed',
] as const;
export type IpcErrorCode = (typeof IPC_ERRORS)[number];
