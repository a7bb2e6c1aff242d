/* Helpers for tests that drive IPC handlers through a mocked ipcMain. */
import type { IpcMainInvokeEvent } from 'electron';
import type { Mock } from 'vitest';

export const TRUSTED_URL = 'app://koopsuz/index.html#/plan';

/** An invoke event from a frame at `url` (null: the frame is gone). */
export function invokeEvent(url: string | null, sender: object = {}): IpcMainInvokeEvent {
  return {
    senderFrame: url === null ? null : { url },
    sender,
  } as unknown as IpcMainInvokeEvent;
}

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Calls the listener registered for `channel` on a mocked ipcMain.handle, like Electron would. */
export async function invoke(
  handleMock: Mock,
  channel: string,
  event: IpcMainInvokeEvent,
  ...args: unknown[]
): Promise<unknown> {
  const call = handleMock.mock.calls.find(([name]) => name === channel);
  if (!call) throw new Error(`no handler registered for ${channel}`);
  return (call[1] as Listener)(event, ...args);
}
