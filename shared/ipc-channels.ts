/*
 * Every IPC channel, declared once: its name (`domain:verb-noun`), the preload method that calls
 * it, whether it takes an argument, and what it is for. Zod-free on purpose: the preload imports
 * this value, and the preload bundle must not carry zod into every page load. The input schema and
 * the result type of each channel are keyed by the same names in shared/ipc.ts, which the
 * compiler holds to exactly these names (architecture A8).
 */

export interface ChannelDeclaration {
  /** The name of the preload's function on `window.api`. */
  readonly method: string;
  /** 'none': the function sends no argument whatever the page passes; 'one': it sends one. */
  readonly takes: 'none' | 'one';
  /** One line: what the channel does. */
  readonly doc: string;
}

export const CHANNELS = {
  'app:get-info': {
    method: 'getAppInfo',
    takes: 'none',
    doc: 'Name, version and runtime versions of the app, and its data folder.',
  },
  'app:set-language': {
    method: 'setLanguage',
    takes: 'one',
    doc: 'Tells the main process the UI language, so menus and dialogs follow it.',
  },
  'app:open-data-folder': {
    method: 'openDataFolder',
    takes: 'none',
    doc: "Opens the app's data folder in the system file manager.",
  },
  'files:save-bytes': {
    method: 'saveBytes',
    takes: 'one',
    doc: 'Asks where to save, then writes the bytes there (the only way files leave the renderer).',
  },
  'print:print-document': {
    method: 'printDocument',
    takes: 'one',
    doc: "Prints the current window's document through the system print dialog.",
  },
  'print:save-pdf': {
    method: 'savePdf',
    takes: 'one',
    doc: 'Renders the current document to PDF (its own @page size) and saves it where the clerk picks.',
  },
  'backup:await-request': {
    method: 'awaitBackupRequest',
    takes: 'none',
    doc: 'Waits until the main process wants a backup (on quit, once a day); null when superseded.',
  },
  'backup:deliver': {
    method: 'deliverBackup',
    takes: 'one',
    doc: "Answers a backup request with the file's bytes, or with the reason it could not be made.",
  },
  'backup:write-safety': {
    method: 'writeSafetyBackup',
    takes: 'one',
    doc: 'Writes the safety backup made before a restore into the backups folder.',
  },
  'backup:get-status': {
    method: 'getBackupStatus',
    takes: 'none',
    doc: 'The backups folder, its files and how the last automatic backup went.',
  },
  'backup:read': {
    method: 'readBackup',
    takes: 'one',
    doc: 'Reads one backup of the backups folder (for Restore from list).',
  },
  'backup:open-folder': {
    method: 'openBackupFolder',
    takes: 'none',
    doc: 'Opens the backups folder in the system file manager.',
  },
  'exchange:get-folder': {
    method: 'getExchangeFolder',
    takes: 'none',
    doc: 'The exchange folder the clerk chose (or none) and the packages in it, newest first.',
  },
  'exchange:choose-folder': {
    method: 'chooseExchangeFolder',
    takes: 'none',
    doc: 'Asks for the exchange folder in a dialog and remembers it; null when cancelled.',
  },
  'exchange:write-package': {
    method: 'writeExchangePackage',
    takes: 'one',
    doc: 'Writes an outgoing exchange package into the exchange folder.',
  },
  'exchange:read-package': {
    method: 'readExchangePackage',
    takes: 'one',
    doc: 'Reads one package of the exchange folder, for import.',
  },
} as const satisfies Record<`${string}:${string}`, ChannelDeclaration>;

export type ChannelName = keyof typeof CHANNELS;
/** The preload method of a channel. */
export type MethodOf<C extends ChannelName> = (typeof CHANNELS)[C]['method'];

/** The channel names, in declaration order. */
export const CHANNEL_NAMES = Object.keys(CHANNELS) as ChannelName[];
