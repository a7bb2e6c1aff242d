/*
 * The exchange folder (issue 19): a folder the clerk chose in a dialog — a network share, or one
 * that Syncthing keeps in step between offices. Outgoing packages are written into it durably
 * (claimed name, fsync, rename), and packages appearing in it are listed for import. Only files
 * named like packages are seen (Syncthing's temporary `.syncthing.*.tmp` files and anything else
 * are not), never through a link, and none above the size cap. The chosen folder is kept by the
 * main process in the data folder, so the page can never point it elsewhere.
 */
import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exchangePackageNameSchema, type ExchangeFolderStatus } from '../../shared/ipc';
import { createFileDurably } from './durable-write';

/** A package larger than this is not offered (the renderer's reader has the same cap). */
export const EXCHANGE_FILE_CAP = 100 * 1024 * 1024;
const SETTING_FILE = 'exchange-folder.json';

/** The folder the clerk chose, or null (none yet, or the note is unreadable). */
export async function chosenExchangeFolder(userDataDir: string): Promise<string | null> {
  try {
    const note = JSON.parse(await readFile(path.join(userDataDir, SETTING_FILE), 'utf8')) as {
      folder?: unknown;
    };
    return typeof note.folder === 'string' && path.isAbsolute(note.folder) ? note.folder : null;
  } catch {
    return null;
  }
}

/** Remembers the folder the clerk chose in the dialog. */
export async function rememberExchangeFolder(userDataDir: string, folder: string): Promise<void> {
  if (!path.isAbsolute(folder)) throw new Error(`not an absolute folder: ${folder}`);
  await mkdir(userDataDir, { recursive: true });
  await writeFile(path.join(userDataDir, SETTING_FILE), JSON.stringify({ folder }));
}

/** The path of a package name inside the folder; refuses any name that is not a bare package name. */
function packagePath(folder: string, name: string): string {
  if (!exchangePackageNameSchema.safeParse(name).success) throw new Error(`bad name: ${name}`);
  return path.join(folder, name);
}

/** The packages in the folder, newest first (by modification time), with their sizes. */
export async function listExchangeFolder(folder: string): Promise<ExchangeFolderStatus['files']> {
  const files: ExchangeFolderStatus['files'] = [];
  for (const name of await readdir(folder)) {
    if (!exchangePackageNameSchema.safeParse(name).success) continue;
    const info = await lstat(path.join(folder, name)).catch(() => null);
    if (!info?.isFile() || info.size === 0 || info.size > EXCHANGE_FILE_CAP) continue;
    files.push({ name, size: info.size, modifiedAt: info.mtime.toISOString() });
  }
  return files.sort((a, b) => (a.modifiedAt < b.modifiedAt ? 1 : -1));
}

/** Reads one package of the folder: a regular file, not a link, within the cap. */
export async function readExchangeFile(folder: string, name: string): Promise<Uint8Array> {
  const file = packagePath(folder, name);
  const info = await lstat(file);
  if (!info.isFile()) throw new Error(`not a file: ${name}`);
  if (info.size > EXCHANGE_FILE_CAP) throw new Error(`too large: ${name}`);
  return new Uint8Array(await readFile(file));
}

/**
 * Writes an outgoing package into the folder, never over another file: a taken name gets a
 * counter (`…-0003-2.koopsuz-exchange`). Returns the name written.
 */
export async function writeExchangeFile(
  folder: string,
  name: string,
  bytes: Uint8Array,
): Promise<string> {
  packagePath(folder, name);
  const dot = name.indexOf('.');
  for (let n = 1; n <= 100; n += 1) {
    const candidate = n === 1 ? name : `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
    try {
      await createFileDurably(folder, candidate, bytes);
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`no free name for ${name}`);
}
