/*
 * The preload: exposes `window.api`, one named function per channel declared in
 * shared/ipc-channels.ts, each bound to its fixed channel (architecture A8). Neither ipcRenderer
 * nor a generic invoke ever reaches the page, so a script in the renderer cannot call a channel
 * that is not declared. The declaration is zod-free: importing shared/ipc.ts here would bundle zod
 * (~700 kB) into every page load (bundle.test.ts builds it and checks).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopApi } from '../../shared/ipc';
import { CHANNELS, CHANNEL_NAMES } from '../../shared/ipc-channels';

function boundTo(channel: string, takes: 'none' | 'one'): (input?: unknown) => Promise<unknown> {
  // A channel that takes nothing sends nothing, whatever the page passes.
  return takes === 'none'
    ? () => ipcRenderer.invoke(channel)
    : (input) => ipcRenderer.invoke(channel, input);
}

export const api = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => {
    const { method, takes } = CHANNELS[channel];
    return [method, boundTo(channel, takes)];
  }),
) as unknown as DesktopApi;

contextBridge.exposeInMainWorld('api', Object.freeze(api));
