/*
 * The parts of Electron that the file and print handlers use, as spies, and a pass-through spy on
 * `writeFile` that proves refused requests never reach the file system. A test file wires them:
 *   vi.mock('electron', async () => (await import('../../test-support/electron-mock')).electron);
 *   vi.mock('node:fs/promises', (original) => fsPromisesWithSpy(original));
 */
import { vi } from 'vitest';

export const electron = {
  ipcMain: { handle: vi.fn() },
  app: { getPath: vi.fn(() => '/home/clerk/Documents') },
  dialog: { showSaveDialog: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn(() => ({ id: 1 })) },
};

export const fsSpy = { writeFile: vi.fn() };

export async function fsPromisesWithSpy(
  importOriginal: () => Promise<typeof import('node:fs/promises')>,
): Promise<typeof import('node:fs/promises')> {
  const actual = await importOriginal();
  fsSpy.writeFile.mockImplementation(actual.writeFile);
  return { ...actual, writeFile: fsSpy.writeFile as unknown as typeof actual.writeFile };
}
