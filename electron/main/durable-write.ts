/*
 * Writing a file that survives a power cut and never replaces another: the name is claimed with
 * `wx` (fails if it exists), the bytes go to a temporary file that is flushed to disk (fsync), the
 * temporary file is renamed over the claimed empty one, and the folder itself is flushed so the
 * rename is on disk too. A crash leaves either nothing, an empty claimed file, or the whole file.
 */
import { randomUUID } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Flushes a folder's entries to disk. Windows cannot open a folder as a file; NTFS journals them. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
  } catch (error) {
    if (process.platform === 'win32') return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (network shares, FAT) refuse fsync on a folder: nothing more can be done.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EPERM' && code !== 'EISDIR') throw error;
  } finally {
    await handle.close();
  }
}

/** Writes a new file and flushes it; on failure removes it (but never a file it did not create). */
async function writeAndSync(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(file).catch(() => undefined);
    throw error;
  }
  await handle.close();
}

/**
 * Creates `name` in `folder` with `bytes`, durably. Throws an error with code EEXIST, having
 * changed nothing, when the name is taken.
 */
export async function createFileDurably(
  folder: string,
  name: string,
  bytes: Uint8Array,
): Promise<string> {
  const target = path.join(folder, name);
  const temporary = path.join(folder, `${name}.part`);
  await (await open(target, 'wx')).close();
  let written = false;
  try {
    await writeAndSync(temporary, bytes);
    written = true;
    await rename(temporary, target);
  } catch (error) {
    // Only what this call created is removed: the claimed name, and its own temporary file.
    if (written) await unlink(temporary).catch(() => undefined);
    await unlink(target).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
  return target;
}

/** Replaces `name` in `folder` with `bytes` in one step (temporary file, fsync, rename, fsync folder). */
export async function replaceFileDurably(
  folder: string,
  name: string,
  bytes: Uint8Array,
): Promise<void> {
  const temporary = path.join(folder, `${name}.${randomUUID()}.tmp`);
  await writeAndSync(temporary, bytes);
  await rename(temporary, path.join(folder, name));
  await syncFolder(folder);
}
