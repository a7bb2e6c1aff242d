/*
 * Remembers the main window's size, place and maximized state in userData/window-state.json.
 * The file is read defensively (it may be hand-edited, truncated or from a PC with another monitor
 * layout) and the window is always brought back onto a display that exists now.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Rectangle, Screen } from 'electron';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_SIZE = { width: 1024, height: 640 } as const;
export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;

const coordinate = z.number().int().min(-100_000).max(100_000);
const windowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: z.number().int().min(MIN_SIZE.width).max(100_000),
  height: z.number().int().min(MIN_SIZE.height).max(100_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** The saved state, or null when there is none or it is not valid. */
export async function readWindowState(userDataDir: string): Promise<WindowState | null> {
  try {
    const text = await readFile(path.join(userDataDir, WINDOW_STATE_FILE), 'utf8');
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * Fits a saved state to the displays present now: no state gives the default size centred on the
 * primary display; a saved rectangle is shrunk to and moved inside the work area of the display it
 * overlaps most (or the nearest one when the monitor it was on is gone).
 */
export function fitToScreen(
  state: WindowState | null,
  screen: Pick<Screen, 'getDisplayMatching' | 'getPrimaryDisplay'>,
): Required<WindowState> {
  const area: Rectangle =
    state?.x !== undefined && state.y !== undefined
      ? screen.getDisplayMatching({
          x: state.x,
          y: state.y,
          width: state.width,
          height: state.height,
        }).workArea
      : screen.getPrimaryDisplay().workArea;
  const width = Math.max(Math.min(state?.width ?? DEFAULT_SIZE.width, area.width), MIN_SIZE.width);
  const height = Math.max(
    Math.min(state?.height ?? DEFAULT_SIZE.height, area.height),
    MIN_SIZE.height,
  );
  const centredX = area.x + Math.round((area.width - width) / 2);
  const centredY = area.y + Math.round((area.height - height) / 2);
  return {
    x: clamp(state?.x ?? centredX, area.x, area.x + area.width - width),
    y: clamp(state?.y ?? centredY, area.y, area.y + area.height - height),
    width,
    height,
    maximized: state?.maximized ?? false,
  };
}

/**
 * Saves synchronously: it runs in the window's close event, after which the app may quit before
 * an asynchronous write would finish.
 */
export function writeWindowStateSync(userDataDir: string, state: WindowState): void {
  mkdirSync(userDataDir, { recursive: true });
  const target = path.join(userDataDir, WINDOW_STATE_FILE);
  writeFileSync(`${target}.tmp`, JSON.stringify(state), 'utf8');
  renameSync(`${target}.tmp`, target);
}

type TrackedWindow = {
  once(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
};

/** Saves the window's normal (unmaximized) bounds and maximized flag when it closes. */
export function trackWindowState(window: TrackedWindow, userDataDir: string): void {
  window.once('close', () => {
    const bounds = window.getNormalBounds();
    try {
      writeWindowStateSync(userDataDir, { ...bounds, maximized: window.isMaximized() });
    } catch (error) {
      // Losing the window position is harmless; closing must still succeed.
      console.error('[window] cannot save window state', error);
    }
  });
}
