import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents } from 'electron';

vi.mock('electron', () => ({}));

import { hardenSession, hardenWebContents, installSecurity, isTrustedSender } from './security';

// Every refusal is logged on purpose; keep the test output readable.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

type Listener = (...args: unknown[]) => unknown;

function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: Listener | undefined;
  const contents = {
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    }),
    setWindowOpenHandler: vi.fn((handler: Listener) => {
      windowOpenHandler = handler;
    }),
  };
  const emit = (name: string, event: object, ...args: unknown[]) => {
    for (const listener of listeners.get(name) ?? []) listener(event, ...args);
  };
  const openWindow = (url: string) => windowOpenHandler?.({ url });
  return { contents: contents as unknown as WebContents, emit, openWindow, listeners };
}

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('isTrustedSender', () => {
  it.each(['app://koopsuz/index.html', 'app://koopsuz/', 'app://koopsuz/index.html#/budget'])(
    'trusts %s',
    (url) => expect(isTrustedSender({ url })).toBe(true),
  );

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:47813/',
    'file:///C:/Users/clerk/index.html',
    'app://evil/index.html',
    'app://koopsuz.evil.example/',
    'app://koopsuz:1/index.html',
    'app://x@koopsuz/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    '',
    'not a url',
  ])('does not trust %s', (url) => expect(isTrustedSender({ url })).toBe(false));

  it('does not trust a missing frame', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'])(
    'blocks %s to a foreign URL and allows the app origin',
    (name) => {
      const page = fakeWebContents();
      hardenWebContents(page.contents);
      const foreign = navigation('https://evil.example/phish');
      page.emit(name, foreign);
      expect(foreign.preventDefault).toHaveBeenCalled();
      const local = navigation('file:///etc/passwd');
      page.emit(name, local);
      expect(local.preventDefault).toHaveBeenCalled();
      const own = navigation('app://koopsuz/index.html');
      page.emit(name, own);
      expect(own.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('reads the target from the legacy URL argument when the event has none', () => {
    const page = fakeWebContents();
    hardenWebContents(page.contents);
    const event = { preventDefault: vi.fn() };
    page.emit('will-navigate', event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window, even one for the app itself', () => {
    const page = fakeWebContents();
    hardenWebContents(page.contents);
    expect(page.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(page.openWindow('app://koopsuz/index.html')).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const page = fakeWebContents();
    hardenWebContents(page.contents);
    const event = { preventDefault: vi.fn() };
    page.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    return {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
  }

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'])(
    'denies the %s permission request',
    (permission) => {
      const session = fakeSession();
      hardenSession(session as unknown as Session);
      const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as Listener;
      const callback = vi.fn();
      handler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('answers every permission check with false', () => {
    const session = fakeSession();
    hardenSession(session as unknown as Session);
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as Listener;
    expect(check(null, 'media', 'app://koopsuz', {})).toBe(false);
  });

  it('cancels requests to the network', () => {
    const session = fakeSession();
    hardenSession(session as unknown as Session);
    const [filter, listener] = session.webRequest.onBeforeRequest.mock.calls[0] as [
      { urls: string[] },
      Listener,
    ];
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    const callback = vi.fn();
    listener({ url: 'https://tracker.example/x' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});

describe('installSecurity', () => {
  it('hardens every webContents the app creates', () => {
    const on = vi.fn();
    installSecurity({ on } as unknown as App);
    const [name, listener] = on.mock.calls[0] as [string, Listener];
    expect(name).toBe('web-contents-created');
    const page = fakeWebContents();
    listener({}, page.contents);
    expect(page.contents.setWindowOpenHandler).toHaveBeenCalled();
    const event = navigation('https://evil.example/');
    page.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
