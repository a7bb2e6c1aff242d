/*
 * Serves the built renderer (dist/renderer) under app://koopsuz/ (architecture A3). Registered as
 * a standard, secure scheme so IndexedDB, fetch and the CSP behave as on https, and so the data
 * origin never depends on where the app is installed. Every request path is checked before the
 * file system is touched: only files inside the renderer folder are ever read.
 */
import { protocol } from 'electron';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CSP_HEADER } from './csp';
import { APP_HOST, APP_SCHEME } from './origin';

/** Must run before `app` is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false },
    },
  ]);
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name; unknown kinds are served as opaque bytes. */
export function mimeTypeOf(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// The raw path is checked before URL parsing, because the parser silently resolves `..` and
// `%2e%2e` segments and would hide an attempt that should be refused outright.
const RAW_URL = new RegExp(`^${APP_SCHEME}://${APP_HOST}(/[^?#]*)?(?:[?#].*)?$`);

// Windows device names: CON.txt, aux.html and "nul .js" all open the device, not a file.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|(com|lpt)[0-9\u00b9\u00b2\u00b3])$/i;

/**
 * True when a decoded path segment names a file the same way on Windows as it reads: Windows
 * strips trailing dots and spaces (so "index.html." is "index.html", and "..." or " . " climb or
 * stay), opens devices for CON, NUL, COM1, LPT1… with any extension, reads "name:stream" as an
 * alternate data stream of "name", and refuses < > " | ? * and control characters.
 */
export function isPortableSegment(segment: string): boolean {
  if (/^[. ]*$/.test(segment) || /[. ]$/.test(segment)) return false;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\\/:<>"|?*\u0000-\u001f]/.test(segment)) return false;
  const stem = segment.split('.')[0]!.replace(/ +$/, '');
  return !WINDOWS_DEVICE.test(stem);
}

/** The parts of node:path the resolver uses: posix here, win32 on the clerk's PC (and in tests). */
export type PathApi = Pick<typeof path, 'resolve' | 'sep'>;

/**
 * Maps an app:// URL to a file path inside `root`, or null when the URL must be refused: another
 * host, dot segments in any spelling, encoded slashes, backslashes, NUL, drive letters, empty
 * segments (which would make an absolute path), segments Windows reads otherwise (see
 * isPortableSegment) or anything that resolves outside `root`.
 */
export function resolveAppPath(
  root: string,
  requestUrl: string,
  paths: PathApi = path,
): string | null {
  if (/[\\\0]/.test(requestUrl)) return null;
  const match = RAW_URL.exec(requestUrl);
  if (!match) return null;
  const rawPath = match[1] ?? '/';
  const rawSegments = rawPath.split('/').slice(1);
  const segments: string[] = [];
  for (const [index, raw] of rawSegments.entries()) {
    // Only the root itself may end in an empty segment ("app://koopsuz/").
    if (raw === '') {
      if (index === 0 && rawSegments.length === 1) break;
      return null;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (!isPortableSegment(decoded)) return null;
    segments.push(decoded);
  }
  if (segments.length === 0) segments.push('index.html');
  const base = paths.resolve(root);
  const resolved = paths.resolve(base, ...segments);
  if (!resolved.startsWith(base + paths.sep)) return null;
  return resolved;
}

function refuse(status: number): Response {
  return new Response(null, {
    status,
    headers: { 'Content-Security-Policy': CSP_HEADER, 'X-Content-Type-Options': 'nosniff' },
  });
}

/** The minimal part of a fetch Request the handler reads (Electron passes a full Request). */
export type AppRequest = Pick<Request, 'url' | 'method'>;

/** Builds the app:// handler for a renderer folder; exported apart from Electron for tests. */
export function createAppHandler(root: string): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const filePath = resolveAppPath(root, request.url);
    if (filePath === null) return refuse(404);
    try {
      // A symlink inside dist/renderer must not lead outside it either.
      const [realRoot, realFile] = await Promise.all([realpath(root), realpath(filePath)]);
      if (!realFile.startsWith(realRoot + path.sep)) return refuse(404);
      if (!(await stat(realFile)).isFile()) return refuse(404);
      const body = request.method === 'HEAD' ? null : await readFile(realFile);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': mimeTypeOf(realFile),
          'Content-Security-Policy': CSP_HEADER,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        },
      });
    } catch (error) {
      if (isMissingFile(error)) return refuse(404);
      console.error('[protocol] cannot serve', request.url, error);
      return refuse(500);
    }
  };
}

function isMissingFile(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/** Serves `root` under app://koopsuz/; call once the app is ready. */
export function registerAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createAppHandler(root));
}
