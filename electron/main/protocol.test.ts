import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import { CSP_HEADER } from './csp';
import {
  createAppHandler,
  mimeTypeOf,
  registerAppProtocol,
  registerAppScheme,
  resolveAppPath,
} from './protocol';

const base = mkdtempSync(path.join(tmpdir(), 'koopsuz-protocol-'));
const root = path.join(base, 'renderer');
const SECRET = 'top secret outside the renderer';

beforeAll(() => {
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Koopsuz</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'pt-sans.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(path.join(base, 'secret.txt'), SECRET);
  // A sibling whose name starts like the root: a naive prefix check would let it through.
  mkdirSync(path.join(base, 'renderer-evil'));
  writeFileSync(path.join(base, 'renderer-evil', 'x.txt'), SECRET);
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppHandler(root)({ url, method });

const TRAVERSALS = [
  'app://koopsuz/../secret.txt',
  'app://koopsuz/assets/../../secret.txt',
  'app://koopsuz/%2e%2e/secret.txt',
  'app://koopsuz/%2E%2E/secret.txt',
  'app://koopsuz/.%2e/secret.txt',
  'app://koopsuz/assets/..%2f..%2fsecret.txt',
  'app://koopsuz/..%2fsecret.txt',
  'app://koopsuz/..%5csecret.txt',
  'app://koopsuz/assets%2fapp.js',
  'app://koopsuz/%2fetc%2fpasswd',
  'app://koopsuz/..\\secret.txt',
  'app://koopsuz/assets\\app.js',
  'app://koopsuz//etc/passwd',
  `app://koopsuz/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
  'app://koopsuz/C:/Windows/win.ini',
  'app://koopsuz/C%3A%5CWindows%5Cwin.ini',
  'app://koopsuz/index.html%00.png',
  'app://koopsuz/index.html\0',
  'app://koopsuz/./index.html',
  'app://koopsuz/%E0%A4%A',
  'app://koopsuz/../renderer-evil/x.txt',
];

const FOREIGN = [
  'app://evil/index.html',
  'app://koopsuz.evil.example/index.html',
  'app://evil.example/koopsuz/index.html',
  'app://koopsuz:8080/index.html',
  'app://user@koopsuz/index.html',
  'https://koopsuz/index.html',
  'file:///etc/passwd',
  'index.html',
];

describe('resolveAppPath', () => {
  it('maps the root to index.html and paths to files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://koopsuz/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://koopsuz')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://koopsuz/index.html#/plan?x=1')).toBe(
      path.join(root, 'index.html'),
    );
    expect(resolveAppPath(root, 'app://koopsuz/assets/app.js?v=2')).toBe(
      path.join(root, 'assets', 'app.js'),
    );
    expect(resolveAppPath(root, 'app://koopsuz/assets/%D0%BA%D0%B0%D1%80.png')).toBe(
      path.join(root, 'assets', 'кар.png'),
    );
  });

  it.each(TRAVERSALS)('refuses the escape attempt %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it.each(FOREIGN)('refuses the foreign URL %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('app:// handler', () => {
  it('serves index.html for / with the CSP header and an HTML type', async () => {
    const response = await get('app://koopsuz/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Koopsuz</title>');
  });

  it('serves scripts and fonts with their MIME types', async () => {
    const script = await get('app://koopsuz/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const font = await get('app://koopsuz/assets/pt-sans.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(
      new Uint8Array([0x77, 0x4f, 0x46, 0x32]),
    );
  });

  it.each([...TRAVERSALS, ...FOREIGN])('answers 404 without the secret for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    const response = await get('app://koopsuz/assets/link.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('answers 404 for missing files and folders, 405 for writes', async () => {
    expect((await get('app://koopsuz/missing.js')).status).toBe(404);
    expect((await get('app://koopsuz/assets')).status).toBe(404);
    expect((await get('app://koopsuz/index.html', 'POST')).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://koopsuz/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('registration', () => {
  it('registers app as a standard, secure, fetch-capable scheme without CORS', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false },
      },
    ]);
  });

  it('handles the app scheme with a handler serving the given folder', async () => {
    registerAppProtocol(root);
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as [
      string,
      (r: { url: string; method: string }) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    expect((await handler({ url: 'app://koopsuz/index.html', method: 'GET' })).status).toBe(200);
  });

  it('knows the common MIME types', () => {
    expect(mimeTypeOf('a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});

describe('Windows path rules (node:path win32 semantics)', () => {
  const WIN_ROOT =
    'C:\\Users\\clerk\\AppData\\Local\\Programs\\Koopsuz\\resources\\app.asar\\dist\\renderer';
  const resolveWin = (url: string) => resolveAppPath(WIN_ROOT, url, path.win32);

  it('serves ordinary names inside the root', () => {
    expect(resolveWin('app://koopsuz/')).toBe(`${WIN_ROOT}\\index.html`);
    expect(resolveWin('app://koopsuz/assets/index-Bx1.js')).toBe(
      `${WIN_ROOT}\\assets\\index-Bx1.js`,
    );
    expect(resolveWin('app://koopsuz/.well-known/x.json')).toBe(`${WIN_ROOT}\\.well-known\\x.json`);
    expect(resolveWin('app://koopsuz/assets/console.js')).toBe(`${WIN_ROOT}\\assets\\console.js`);
    expect(resolveWin('app://koopsuz/assets/com10.js')).toBe(`${WIN_ROOT}\\assets\\com10.js`);
    expect(resolveWin('app://koopsuz/assets/auxiliary.css')).toBe(
      `${WIN_ROOT}\\assets\\auxiliary.css`,
    );
  });

  it.each([
    // Only dots and spaces: Windows strips them to "." or "..".
    'app://koopsuz/.../secret.txt',
    'app://koopsuz/..%20/secret.txt',
    'app://koopsuz/%20/index.html',
    'app://koopsuz/.%20./secret.txt',
    // Ending in a dot or space: another name for the file without them.
    'app://koopsuz/index.html.',
    'app://koopsuz/index.html%20',
    'app://koopsuz/assets./app.js',
    'app://koopsuz/assets%20/app.js',
    // Devices, any case, any extension, a space before the extension.
    'app://koopsuz/CON',
    'app://koopsuz/con.html',
    'app://koopsuz/assets/NUL.js',
    'app://koopsuz/assets/Aux.tar.gz',
    'app://koopsuz/prn.txt',
    'app://koopsuz/COM1',
    'app://koopsuz/com9.js',
    'app://koopsuz/LPT1.txt',
    'app://koopsuz/lpt9',
    'app://koopsuz/nul%20.txt',
    'app://koopsuz/COM%C2%B9.txt',
    'app://koopsuz/lpt%C2%B3',
    'app://koopsuz/CONIN$',
    'app://koopsuz/conout$.txt',
    // Alternate data streams, and characters Windows refuses in names.
    'app://koopsuz/index.html:secret',
    'app://koopsuz/index.html%3A%3A$DATA',
    'app://koopsuz/a%3Cb.js',
    'app://koopsuz/a%7Cb.js',
    'app://koopsuz/a%22b.js',
    'app://koopsuz/a%2Ab.js',
    'app://koopsuz/a%3Fb.js',
    'app://koopsuz/a%01b.js',
    // A drive-relative name (C:x) would leave the root.
    'app://koopsuz/C%3Ax',
  ])('refuses %s', (url) => {
    expect(resolveWin(url)).toBeNull();
    expect(resolveAppPath(root, url)).toBeNull();
  });
});
