/*
 * The shell's locks (architecture A8): the window shows only the app's own pages, opens no other
 * windows, gets no device or browser permissions and loads nothing from the network. Each lock is
 * a listener on Electron objects, so tests drive the same functions with fakes.
 */
import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './origin';

/** True when an IPC message or navigation comes from a frame showing the app's own origin. */
export function isTrustedSender(frame: { url: string } | null | undefined): boolean {
  return isAppUrl(frame?.url);
}

type PreventableEvent = { preventDefault(): void; url?: string };

/** Applies every per-page lock to one webContents. */
export function hardenWebContents(contents: WebContents): void {
  const denyForeign = (event: PreventableEvent, url?: string): void => {
    // Newer Electron puts the target on the event; older listeners get it as an argument.
    const target = event.url ?? url;
    if (!isAppUrl(target)) {
      event.preventDefault();
      console.warn('[security] navigation blocked:', target);
    }
  };
  // Subframes are left to the CSP (frame-src falls back to 'self') and the network block below:
  // vetoing their navigations too would also break harmless about:blank frames.
  contents.on('will-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  contents.setWindowOpenHandler(({ url }) => {
    console.warn('[security] window.open blocked:', url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

// Requests that could leave the machine; the app needs none of them (architecture A8).
const REMOTE_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/** Denies every permission and every remote request for a session. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn('[security] permission denied:', permission);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: REMOTE_URLS }, (details, callback) => {
    console.warn('[security] remote request blocked:', details.url);
    callback({ cancel: true });
  });
}

/** Hardens every webContents the app ever creates, including ones created later. */
export function installSecurity(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
