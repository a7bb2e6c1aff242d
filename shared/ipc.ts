/*
 * The IPC contract: every channel between the renderer and the main process, its input and its
 * result (architecture A8). Names, preload methods and docs are declared in ipc-channels.ts (no
 * zod, so the preload can import them); this file keys each name's input schema and result type.
 * The preload derives one named function per channel from the declaration; the main process
 * registers each handler through one wrapper that checks the sender and parses the input with
 * these schemas.
 */
import { z } from 'zod';
import { CHANNELS, type ChannelName, type MethodOf } from './ipc-channels';
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

/**
 * The name of a backup in the app's backups folder (what the main process itself writes):
 * koopsuz-auto-2026-11-05-143000-123-000042.koopsuz (milliseconds and write counter), or the older
 * koopsuz-auto-2026-11-05-143000.koopsuz that users still have.
 */
export const backupFileNameSchema = z
  .string()
  .regex(/^koopsuz(-auto|-safety)?-\d{4}-\d{2}-\d{2}-\d{6}(-\d{3}-\d{6,9})?\.koopsuz$/);

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

/** A package's bare file name in the exchange folder (what exchangeFileName makes, and copies). */
export const exchangePackageNameSchema = z
  .string()
  .max(160)
  .regex(/^koopsuz-[\p{L}\p{N}_-]{1,120}\.koopsuz-exchange$/u);

export const exchangeFolderStatusSchema = z.object({
  /** The folder the clerk chose; null before one is chosen. */
  folder: z.string().nullable(),
  files: z.array(z.object({ name: z.string(), size: z.number(), modifiedAt: z.string() })),
});
export type ExchangeFolderStatus = z.infer<typeof exchangeFolderStatusSchema>;

/** A result type carried by the contract: no value at run time, only the type. */
declare const resultType: unique symbol;
export interface Returns<T> {
  readonly [resultType]?: T;
}
const returns = <T>(): Returns<T> => ({});

/**
 * Each channel's input schema and result type, keyed by the names declared (with their preload
 * method and doc) in shared/ipc-channels.ts; `satisfies` makes a missing or extra name a compile
 * error. A new channel is one entry there, one here, and its handler.
 */
export const channels = {
  'app:get-info': { input: z.undefined(), output: returns<AppInfo>() },
  'app:set-language': {
    input: z.object({ language: z.enum(LANGUAGES) }),
    output: returns<null>(),
  },
  'app:open-data-folder': { input: z.undefined(), output: returns<null>() },
  'files:save-bytes': {
    input: z.object({
      suggestedName,
      bytes: z
        .instanceof(Uint8Array)
        .refine((b) => b.byteLength <= 512 * 1024 * 1024, { error: 'too large' }),
      filters: z.array(fileFilter).max(5),
    }),
    output: returns<SaveResult>(),
  },
  'print:print-document': {
    input: z.object({ orientation: z.enum(PAGE_ORIENTATIONS) }),
    output: returns<{ printed: boolean }>(),
  },
  'print:save-pdf': { input: z.object({ suggestedName }), output: returns<SaveResult>() },
  'backup:await-request': {
    input: z.undefined(),
    output: returns<{ requestId: string } | null>(),
  },
  'backup:deliver': {
    input: z.union([
      z.strictObject({ requestId: z.uuid(), bytes: backupBytes }),
      z.strictObject({ requestId: z.uuid(), error: z.string().max(200) }),
    ]),
    output: returns<null>(),
  },
  'backup:write-safety': {
    input: z.strictObject({ bytes: backupBytes }),
    output: returns<{ name: string; path: string }>(),
  },
  'backup:get-status': { input: z.undefined(), output: returns<BackupStatus>() },
  'backup:read': {
    input: z.strictObject({ name: backupFileNameSchema }),
    output: returns<Uint8Array>(),
  },
  'backup:open-folder': { input: z.undefined(), output: returns<null>() },
  'exchange:get-folder': { input: z.undefined(), output: returns<ExchangeFolderStatus>() },
  'exchange:choose-folder': {
    input: z.undefined(),
    output: returns<ExchangeFolderStatus | null>(),
  },
  'exchange:write-package': {
    input: z.strictObject({
      name: exchangePackageNameSchema,
      bytes: z
        .instanceof(Uint8Array)
        .refine((b) => b.byteLength > 0 && b.byteLength <= 100 * 1024 * 1024, {
          error: 'bad size',
        }),
    }),
    output: returns<{ name: string }>(),
  },
  'exchange:read-package': {
    input: z.strictObject({ name: exchangePackageNameSchema }),
    output: returns<Uint8Array>(),
  },
} as const satisfies {
  [C in ChannelName]: { input: z.ZodType; output: Returns<unknown> };
};

export { CHANNELS, CHANNEL_NAMES, type ChannelName } from './ipc-channels';
export type ChannelInput<C extends ChannelName> = z.input<(typeof channels)[C]['input']>;
/** What a channel returns on success. */
export type ChannelOutput<C extends ChannelName> =
  (typeof channels)[C]['output'] extends Returns<infer T> ? T : never;
/** What each channel returns on success. */
export type ChannelOutputs = { [C in ChannelName]: ChannelOutput<C> };

/** Every handler answers with this shape; errors are codes the renderer translates. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

type ApiFunction<C extends ChannelName> = (typeof CHANNELS)[C]['takes'] extends 'none'
  ? () => Promise<IpcResult<ChannelOutput<C>>>
  : (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;

/** The one object the preload exposes as `window.api`: one function per declared channel. */
export type DesktopApi = { [C in ChannelName as MethodOf<C>]: ApiFunction<C> };

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
