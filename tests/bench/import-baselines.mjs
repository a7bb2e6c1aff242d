/*
 * The study import's two baselines and its memory figures (issue 18, goal 1):
 * - LibreOffice converting the same file to CSV headless, its own start included, in a fresh
 *   profile (what a clerk would otherwise do: open the export in the spreadsheet program);
 * - the floor: the app's own XLSX reader (bundled from its source) reading the file in a plain
 *   page, plus raw IndexedDB puts of the very records the import stored (its chunks), one per chunk;
 * - peak JS heap of the page and of the import worker while importing (DevTools protocol), beside
 *   the size of the decompressed sheet XML.
 */
// Functions passed to page.evaluate run in the browser.
/* global window, indexedDB, atob */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { unzipSync } from 'fflate';

/** Milliseconds LibreOffice takes to start and convert `file` to CSV, in a fresh profile. */
export function libreOfficeMs(file) {
  const dir = mkdtempSync(join(tmpdir(), 'koopsuz-lo-'));
  const start = performance.now();
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'csv',
      '--outdir',
      join(dir, 'out'),
      file,
    ],
    { stdio: 'ignore', timeout: 600_000 },
  );
  return performance.now() - start;
}

/** Bytes of the worksheets' and shared strings' XML once inflated. */
export function sheetXmlBytes(file) {
  const parts = unzipSync(new Uint8Array(readFileSync(file)), {
    filter: (f) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(f.name),
  });
  return Object.values(parts).reduce((sum, bytes) => sum + bytes.length, 0);
}

/** The app's table reader as a browser script that sets `window.__koopsuzReadTable`. */
async function readerScript(root) {
  const out = await build({
    stdin: {
      contents: `import { readTable } from './renderer/features/study/import/read-table';
        window.__koopsuzReadTable = readTable;`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0].text;
}

/**
 * The floor, in a plain page of the app's origin: the app's reader over the file, then the
 * study's stored chunks (read beforehand, untimed) put into a fresh database in one transaction.
 */
export async function floorMs({ context, baseUrl, root, file }) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}bench-baseline/`);
  await page.addScriptTag({ content: await readerScript(root) });
  const b64 = readFileSync(file).toString('base64');
  const result = await page.evaluate(async (data) => {
    const request = (r) =>
      new Promise((done, fail) => {
        r.onsuccess = () => done(r.result);
        r.onerror = () => fail(r.error);
      });
    const app = await request(indexedDB.open('koopsuz'));
    const chunks = await request(
      app.transaction('responseChunks').objectStore('responseChunks').getAll(),
    );
    app.close();
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const start = performance.now();
    const table = await window.__koopsuzReadTable(bytes, { profile: 'survey', fileName: 'x.xlsx' });
    const read = performance.now() - start;
    const open = indexedDB.open(`bench-floor-${Date.now()}`, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('chunks', { keyPath: 'id' });
    const db = await request(open);
    await new Promise((done, fail) => {
      const tx = db.transaction('chunks', 'readwrite');
      const store = tx.objectStore('chunks');
      for (const chunk of chunks) store.put(chunk);
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
    return {
      read,
      total: performance.now() - start,
      rows: table.rows.length,
      chunks: chunks.length,
    };
  }, b64);
  await page.close();
  return result;
}

/**
 * Samples the JS heap of `page` and of its dedicated workers every 100 ms through the DevTools
 * protocol until `stop()`, which gives the peaks in bytes (worker: null when none was seen).
 */
export async function heapSampler(context, page) {
  const cdp = await context.newCDPSession(page);
  const workers = new Set();
  const pending = new Map();
  let next = 1;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') workers.add(sessionId);
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => workers.delete(sessionId));
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message);
    pending.get(reply.id)?.(reply.result);
    pending.delete(reply.id);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const workerHeap = (sessionId) =>
    new Promise((done) => {
      const id = next++;
      pending.set(id, (result) => done(result?.usedSize ?? 0));
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
        })
        .catch(() => done(0));
      setTimeout(() => done(0), 2000);
    });
  const peaks = { page: 0, worker: null };
  let running = true;
  const loop = (async () => {
    while (running) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }));
      peaks.page = Math.max(peaks.page, usedSize);
      for (const sessionId of workers) {
        const used = await workerHeap(sessionId);
        peaks.worker = Math.max(peaks.worker ?? 0, used);
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await cdp.detach().catch(() => undefined);
      return peaks;
    },
  };
}

/**
 * Traces the tasks of `page`'s main thread (Chromium's 'toplevel' category: each task's wall and
 * thread-CPU time) until `stop()`, which gives the longest task by wall time and by CPU time and
 * the thread's CPU in all. On a shared machine a task's wall time includes the time its thread
 * waited for a core; its CPU time is what the app itself spent.
 */
export async function mainThreadTracer(context, page) {
  const browser = context.browser();
  const dir = mkdtempSync(join(tmpdir(), 'koopsuz-trace-'));
  const path = join(dir, 'trace.json');
  await browser.startTracing(page, { path, categories: ['toplevel'] });
  return {
    async stop() {
      await browser.stopTracing();
      const trace = JSON.parse(readFileSync(path, 'utf8'));
      const events = trace.traceEvents ?? trace;
      const started = events.find((e) => e.name === 'TracingStartedInBrowser');
      const pid = started?.args?.data?.frames?.find((f) => f.isOutermostMainFrame)?.processId;
      const main = new Set(
        events
          .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
          .filter((e) => pid === undefined || e.pid === pid)
          .map((e) => `${e.pid}:${e.tid}`),
      );
      const tasks = events
        .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask')
        .filter((e) => main.has(`${e.pid}:${e.tid}`))
        .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
      // Only outermost tasks (a nested run loop shows a task inside a task).
      const outer = [];
      for (const task of tasks) {
        const last = outer[outer.length - 1];
        if (last && task.ts < last.ts + last.dur && task.pid === last.pid && task.tid === last.tid)
          continue;
        outer.push(task);
      }
      const ms = (us) => (us ?? 0) / 1000;
      const byWall = outer.reduce((a, b) => (b.dur > (a?.dur ?? -1) ? b : a), null);
      const byCpu = outer.reduce((a, b) => ((b.tdur ?? 0) > (a?.tdur ?? -1) ? b : a), null);
      return {
        tasks: outer.length,
        longestWall: { wall: ms(byWall?.dur), cpu: ms(byWall?.tdur) },
        longestCpu: { wall: ms(byCpu?.dur), cpu: ms(byCpu?.tdur) },
        over50Wall: outer.filter((t) => t.dur > 50_000).length,
        over50Cpu: outer.filter((t) => (t.tdur ?? 0) > 50_000).length,
        cpu: ms(outer.reduce((sum, t) => sum + (t.tdur ?? 0), 0)),
      };
    },
  };
}
