import type { DesktopApi } from '../../shared/ipc';
import { browserPlatform } from './browser';
import { electronPlatform } from './electron';
import type { Platform } from './types';

export type { Platform, FileFilter } from './types';
export { PlatformError } from './electron';

declare global {
  interface Window {
    api?: DesktopApi;
  }
}

let chosen: Platform | null = null;

/** The platform chosen at start-up: Electron when the preload exposed window.api, else the browser. */
export function platform(): Platform {
  chosen ??= window.api ? electronPlatform(window.api) : browserPlatform();
  return chosen;
}
