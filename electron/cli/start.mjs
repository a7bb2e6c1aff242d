/*
 * `npm start`: runs the desktop app when the Electron runtime is installed, and otherwise serves
 * the same renderer to a local browser. Offline installs (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as on
 * our build machines) have the electron package but not its binary, and `require('electron')`
 * would try to download it, so the runtime is detected by looking for its files instead.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Fixed, like vite.config.ts's WEB_PORT: the browser's IndexedDB origin includes the port. */
export const WEB_URL = 'http://127.0.0.1:47813/';

/** The Electron executable the electron package would run, or null when it is not installed. */
export function findElectronBinary(projectDir, env = process.env) {
  const packageDir = path.join(projectDir, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  const binary = path.join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

/** What the clerk (or developer) reads when there is no desktop runtime. */
export function missingRuntimeMessage() {
  return [
    'The Electron desktop runtime is not installed here (for example, an offline install with',
    'ELECTRON_SKIP_BINARY_DOWNLOAD=1), so the desktop window cannot open.',
    `The same app is served for a local browser at ${WEB_URL}`,
    'Open that address in Chromium, Chrome or Edge on this computer. Press Ctrl+C to stop.',
  ].join('\n');
}

function runElectron(binary, projectDir) {
  const env = { ...process.env };
  // Left over from a parent process, it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [projectDir], { stdio: 'inherit', env, windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!child.killed) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

async function serveInBrowser(projectDir) {
  if (!existsSync(path.join(projectDir, 'dist', 'renderer', 'index.html'))) {
    console.error('dist/renderer is missing: run `npm run build` first.');
    process.exit(1);
  }
  console.log(missingRuntimeMessage());
  // vite.config.ts gives root, outDir and the fixed 127.0.0.1 port relative to the project.
  process.chdir(projectDir);
  const { preview } = await import('vite');
  const server = await preview({ configFile: path.join(projectDir, 'vite.config.ts') });
  server.printUrls();
  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

export async function main(projectDir) {
  const binary = findElectronBinary(projectDir);
  if (binary) runElectron(binary, projectDir);
  else await serveInBrowser(projectDir);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  main(projectDir).catch((error) => {
    console.error('Could not start Koopsuz:', error);
    process.exit(1);
  });
}
