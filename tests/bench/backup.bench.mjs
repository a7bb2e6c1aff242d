/* global indexedDB, crypto, TextEncoder -- the page functions below run in the browser. */
/*
 * Backup benchmark (issue 8): the sample district plus 50,000 survey responses (stored in chunks,
 * as an import stores them) → "Back up now" in Settings (the download) → "Restore from file" into an empty app, through the real UI; the two
 * databases are then compared store by store (SHA-256 of every store's rows, in key order).
 * Baselines, measured in the same run and page: JSON.stringify of every row read with raw
 * IndexedDB (backup), and JSON.parse + one raw IndexedDB transaction of puts (restore).
 * Contract: `run({ baseUrl, renderUrl })` → rows { name, value, baseline, unit, goalRatio }. It
 * launches its own Chromium so that its 50,000 rows never reach the other benchmarks' profile.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS, completeWizard } from './browser.mjs';

const N = Number(process.env.BENCH_BACKUP_ROWS ?? 50_000);
const TIMEOUT = 600_000;

/**
 * In the page: adds at least n survey responses with raw IndexedDB, stored as an import stores
 * them (schema v12): clones of the sample's first chunk of imported responses, each with new ids
 * and numbers; returns how many were added. (A sample of typed records only is cloned record by
 * record.)
 */
async function addResponses(n) {
  const db = await new Promise((ok, fail) => {
    const request = indexedDB.open('koopsuz');
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  const tx = db.transaction(['responseChunks', 'surveyResponses'], 'readwrite');
  const firstOf = (store) =>
    new Promise((ok) => {
      const r = tx.objectStore(store).getAll(null, 1);
      r.onsuccess = () => ok(r.result[0]);
    });
  const chunk = await firstOf('responseChunks');
  const record = chunk ? undefined : await firstOf('surveyResponses');
  if (!chunk && !record) throw new Error('the sample has no survey response to clone');
  let added = 0;
  if (chunk) {
    const size = chunk.ids.length;
    for (let k = 0; added < n; k += 1) {
      tx.objectStore('responseChunks').put({
        ...chunk,
        id: crypto.randomUUID(),
        firstNumber: 100_000 + k * size,
        ids: chunk.ids.map(() => crypto.randomUUID()),
      });
      added += size;
    }
  } else {
    for (; added < n; added += 1)
      tx.objectStore('surveyResponses').put({
        ...record,
        id: crypto.randomUUID(),
        number: 100_000 + added,
      });
  }
  await new Promise((ok, fail) => {
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
  });
  db.close();
  return added;
}

/** In the page: per store, SHA-256 of its rows in key order, canonical JSON (and the row count). */
async function digest() {
  const db = await new Promise((ok) => {
    const request = indexedDB.open('koopsuz');
    request.onsuccess = () => ok(request.result);
  });
  const out = {};
  for (const name of [...db.objectStoreNames].sort()) {
    const rows = await new Promise((ok) => {
      const r = db.transaction(name).objectStore(name).getAll();
      r.onsuccess = () => ok(r.result);
    });
    // Keys sorted at every level: a restored record is the schema's parsed output, whose key
    // order may differ from the writer's (same record, other order).
    const canonical = (value) =>
      Array.isArray(value)
        ? value.map(canonical)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.keys(value)
                .sort()
                .map((k) => [k, canonical(value[k])]),
            )
          : value;
    const bytes = new TextEncoder().encode(JSON.stringify(canonical(rows)));
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    out[name] =
      `${rows.length}:${Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  }
  db.close();
  return out;
}

/** In the page: the baseline — read everything raw, stringify; parse, put into a scratch database. */
async function baseline() {
  const open = (name, upgrade) =>
    new Promise((ok, fail) => {
      const request = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
      if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
  const done = (tx) => new Promise((ok) => (tx.oncomplete = ok));
  const t0 = performance.now();
  const db = await open('koopsuz');
  const names = [...db.objectStoreNames];
  const keyPaths = {};
  const tables = {};
  const tx = db.transaction(names);
  for (const name of names) {
    const store = tx.objectStore(name);
    keyPaths[name] = store.keyPath;
    store.getAll().onsuccess = (e) => (tables[name] = e.target.result);
  }
  await done(tx);
  const text = JSON.stringify({ tables });
  const backupMs = performance.now() - t0;
  db.close();

  const t1 = performance.now();
  const parsed = JSON.parse(text);
  const scratch = await open(`bench-baseline-${crypto.randomUUID()}`, (d) => {
    for (const name of names) d.createObjectStore(name, { keyPath: keyPaths[name] });
  });
  const write = scratch.transaction(names, 'readwrite');
  for (const name of names) {
    const store = write.objectStore(name);
    for (const row of parsed.tables[name]) store.put(row);
  }
  await done(write);
  const restoreMs = performance.now() - t1;
  scratch.close();
  return { backupMs, restoreMs, bytes: new TextEncoder().encode(text).length };
}

export async function run({ renderUrl, baseUrl }) {
  const url = renderUrl ?? `${baseUrl}renderer/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const options = {
      viewport: { width: 1280, height: 800 },
      locale: 'ru-RU',
      acceptDownloads: true,
    };
    const source = await (await browser.newContext(options)).newPage();
    source.setDefaultTimeout(TIMEOUT);
    await completeWizard(source, url, 'Первомайский район');
    await source.getByTestId('nav-settings').click();
    await source.getByTestId('sample-load').click();
    await source.getByTestId('sample-badge').waitFor();
    const responses = await source.evaluate(addResponses, N);
    await source.reload();
    await source.getByTestId('nav-settings').click();
    const base = await source.evaluate(baseline);
    // Before the backup: making one records its time (a setting and its audit entry).
    const before = await source.evaluate(digest);

    const t0 = Date.now();
    const [download] = await Promise.all([
      source.waitForEvent('download', { timeout: TIMEOUT }),
      source.getByTestId('backup-now').click(),
    ]);
    const file = join(
      mkdtempSync(join(tmpdir(), 'koopsuz-bench-backup-')),
      download.suggestedFilename(),
    );
    await download.saveAs(file);
    const backupMs = Date.now() - t0;

    const target = await (await browser.newContext(options)).newPage();
    target.setDefaultTimeout(TIMEOUT);
    await completeWizard(target, url, 'Первомайский район');
    await target.getByTestId('nav-settings').click();
    const t1 = Date.now();
    await target.locator('input[type=file][accept^=".koopsuz,"]').setInputFiles(file);
    await target.getByTestId('restore-dialog').waitFor({ timeout: TIMEOUT });
    const checkedMs = Date.now() - t1;
    await Promise.all([
      target.waitForEvent('download', { timeout: TIMEOUT }),
      target.getByTestId('restore-confirm').click(),
    ]);
    await target.getByText('Данные восстановлены из резервной копии').waitFor({ timeout: TIMEOUT });
    const restoreMs = Date.now() - t1;
    const after = await target.evaluate(digest);
    const differing = Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
    if (differing.length) throw new Error(`restored data differs in: ${differing.join(', ')}`);

    return [
      {
        name: `Backup: sample + ${responses} responses → file (UI)`,
        value: backupMs,
        baseline: base.backupMs,
        unit: 'ms',
        goalRatio: 4,
      },
      {
        name: 'Backup file size (gzip) vs plain JSON',
        value: statSync(file).size / 1024,
        baseline: base.bytes / 1024,
        unit: 'kB',
        goalRatio: 0.5,
      },
      {
        name: 'Restore: check the file (checksum, every record)',
        value: checkedMs,
        baseline: base.restoreMs,
        unit: 'ms',
        goalRatio: null,
      },
      {
        name: 'Restore: file → identical database (UI, safety copy)',
        value: restoreMs,
        baseline: base.restoreMs,
        unit: 'ms',
        goalRatio: 6,
      },
    ];
  } finally {
    await browser.close();
  }
}
