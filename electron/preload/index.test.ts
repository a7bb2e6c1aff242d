import { beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })) },
}));
vi.mock('electron', () => electron);

import { CHANNELS, CHANNEL_NAMES } from '../../shared/ipc-channels';

const apiMethods = Object.fromEntries(CHANNEL_NAMES.map((name) => [CHANNELS[name].method, name]));

let exposed: Record<string, unknown>;
beforeAll(async () => {
  await import('./index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, never];
  expect(name).toBe('api');
  exposed = api;
});

describe('preload window.api', () => {
  it('has exactly one function per channel of the contract', () => {
    expect(Object.keys(exposed).sort()).toEqual(Object.keys(apiMethods).sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(exposed)).toBe(true);
  });

  it('exposes no ipcRenderer and no generic invoke or send', () => {
    for (const name of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync', 'call']) {
      expect(exposed).not.toHaveProperty(name);
    }
    expect(Object.values(exposed)).not.toContain(electron.ipcRenderer.invoke);
  });

  it.each(Object.entries(apiMethods))('%s invokes only %s', async (method, channel) => {
    electron.ipcRenderer.invoke.mockClear();
    const input = { marker: method };
    await (exposed[method] as (input?: unknown) => Promise<unknown>)(input);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    const args = electron.ipcRenderer.invoke.mock.calls[0] as unknown[];
    expect(args[0]).toBe(channel);
  });

  it.each(CHANNEL_NAMES)('%s: sends its argument only if it takes one', async (name) => {
    electron.ipcRenderer.invoke.mockClear();
    const { method, takes } = CHANNELS[name];
    await (exposed[method] as (x: unknown) => Promise<unknown>)('C:\\Windows');
    if (takes === 'none') expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(name);
    else expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(name, 'C:\\Windows');
  });
});
