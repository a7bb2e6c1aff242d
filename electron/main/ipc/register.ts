/*
 * The one way a main-process handler is registered (architecture A8): the sender must be a frame
 * of app://koopsuz and the input must parse with the channel's zod schema before the handler
 * runs. Handlers never throw across IPC; the renderer always gets { ok, value } or { ok, error }.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import {
  channels,
  type ChannelName,
  type ChannelOutputs,
  type IpcErrorCode,
  type IpcResult,
} from '../../../shared/ipc';
import { isTrustedSender } from '../security';

/** Thrown by a handler for an expected failure the renderer explains to the clerk. */
export class IpcError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    options?: { cause?: unknown },
  ) {
    super(code, options);
    this.name = 'IpcError';
  }
}

export type ChannelValue<C extends ChannelName> = z.output<(typeof channels)[C]['input']>;
export type Handler<C extends ChannelName> = (
  input: ChannelValue<C>,
  event: IpcMainInvokeEvent,
) => ChannelOutputs[C] | Promise<ChannelOutputs[C]>;

/** Registers `fn` for `channel` behind the sender check and input validation. */
export function handle<C extends ChannelName>(channel: C, fn: Handler<C>): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => invokeChecked(channel, fn, event, args));
}

/** The checks and error mapping of `handle`, apart from ipcMain so tests can call it directly. */
export async function invokeChecked<C extends ChannelName>(
  channel: C,
  fn: Handler<C>,
  event: IpcMainInvokeEvent,
  args: readonly unknown[],
): Promise<IpcResult<ChannelOutputs[C]>> {
  const senderUrl = event.senderFrame?.url;
  if (!isTrustedSender(event.senderFrame)) {
    console.error(`[ipc] ${channel}: refused sender`, senderUrl ?? '(no frame)');
    return { ok: false, error: 'forbidden-sender' };
  }
  // Every channel takes at most one argument; more means a caller that is not the preload.
  let parsed: { success: boolean; data?: unknown; error?: { issues: unknown } } | undefined;
  try {
    parsed = args.length <= 1 ? channels[channel].input.safeParse(args[0]) : undefined;
  } catch {
    // A hostile object (a getter that throws, a crafted prototype) is invalid input, not a crash.
    parsed = undefined;
  }
  if (!parsed?.success) {
    console.error(
      `[ipc] ${channel}: invalid input`,
      parsed?.error?.issues ?? 'too many arguments or a hostile object',
    );
    return { ok: false, error: 'invalid-input' };
  }
  try {
    const value = await fn(parsed.data as ChannelValue<C>, event);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof IpcError) {
      console.error(`[ipc] ${channel}: ${error.code}`, error.cause ?? '');
      return { ok: false, error: error.code };
    }
    console.error(`[ipc] ${channel}: handler failed (programming error)`, error);
    return { ok: false, error: 'internal' };
  }
}
