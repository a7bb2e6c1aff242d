/*
 * Contract, preload and handlers agree: every channel declared in shared/ipc-channels.ts has an
 * input schema and result in shared/ipc.ts, exactly one preload method, and exactly one handler
 * registered by registerIpcHandlers (what the main process wires) — and nothing else exists.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })) },
  app: { getPath: vi.fn(() => '/nowhere') },
  shell: { openPath: vi.fn() },
  BrowserWindow: { fromWebContents: vi.fn() },
  dialog: {},
}));
vi.mock('electron', () => electron);

import { channels } from '../../../shared/ipc';
import { CHANNELS, CHANNEL_NAMES } from '../../../shared/ipc-channels';
import { BackupBroker } from '../auto-backup';
import { registerIpcHandlers } from './index';

let exposed: Record<string, unknown>;
beforeAll(async () => {
  await import('../../preload/index');
  exposed = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as Record<string, unknown>;
});

describe('IPC contract', () => {
  it('names every channel domain:verb-noun with a one-line doc', () => {
    for (const name of CHANNEL_NAMES) {
      expect(name).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
      const { doc } = CHANNELS[name];
      expect(doc.length, name).toBeGreaterThan(10);
      expect(doc, name).not.toContain('\n');
    }
  });

  it('has an input schema for exactly the declared channels', () => {
    expect(Object.keys(channels).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it.each(CHANNEL_NAMES)('%s: "takes" agrees with its schema', (name) => {
    const takesNothing = channels[name].input.safeParse(undefined).success;
    expect(CHANNELS[name].takes).toBe(takesNothing ? 'none' : 'one');
  });

  it('gives every channel its own preload method, and the preload exposes no other', () => {
    const methods = CHANNEL_NAMES.map((name) => CHANNELS[name].method);
    expect(new Set(methods).size).toBe(methods.length);
    expect(Object.keys(exposed).sort()).toEqual([...methods].sort());
  });

  it('registers exactly one handler per declared channel, and none other', () => {
    electron.ipcMain.handle.mockReset();
    registerIpcHandlers({
      changeLanguage: async () => undefined,
      backupBroker: new BackupBroker(),
    });
    const registered = electron.ipcMain.handle.mock.calls.map(([name]) => name as string);
    expect(registered.length).toBe(new Set(registered).size);
    expect(registered.sort()).toEqual([...CHANNEL_NAMES].sort());
  });
});
