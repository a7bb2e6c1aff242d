/*
 * Change log benchmark (issue 18 goal 3), against baselines measured in the same page and run:
 * 100,000 audit entries seeded straight into IndexedDB, then
 *  - opening the change log (click → the first rows drawn) vs reading the same entries with a raw
 *    IndexedDB getAll and drawing one screenful of them in a bare table (reported, no goal);
 *  - a filter typed into the record field (input event → matching rows drawn, next frame) vs
 *    filtering the same rows with Array.filter and drawing one screenful (goal ≤ 1.5×).
 * Contract: `run({ renderUrl, context })` → rows { name, value, baseline, unit, goalRatio }.
 */
/* global crypto, document, Event, HTMLInputElement, indexedDB, MutationObserver, requestAnimationFrame, window -- page.evaluate runs in the browser */

const ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? 100_000);
const RUNS = Number(process.env.BENCH_AUDIT_RUNS ?? 7);
const FILTERS = ['участник 12345', 'участник 7', 'участник 99', 'участник 4242'];
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Writes `count` entries about members of the current territory, one a minute back in time. */
async function seed(page, count) {
  await page.evaluate(async (count) => {
    const db = await new Promise((done, fail) => {
      const open = indexedDB.open('koopsuz');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const read = db.transaction('settings').objectStore('settings').get('currentTerritoryId');
    const territoryId = await new Promise(
      (done) => (read.onsuccess = () => done(read.result.value)),
    );
    const users = ['Айгүл Садыкова', 'Бакыт Осмонов', 'Нина Петрова'];
    const start = Date.now() - 60_000;
    for (let from = 1; from <= count; from += 10_000) {
      const tx = db.transaction('audit', 'readwrite');
      const store = tx.objectStore('audit');
      for (let n = from; n < from + 10_000 && n <= count; n += 1) {
        store.put({
          id: crypto.randomUUID(),
          at: new Date(start - n * 60_000).toISOString(),
          user: users[n % 3],
          table: 'members',
          recordId: crypto.randomUUID(),
          action: n % 5 === 0 ? 'update' : 'create',
          territoryId,
          ...(n % 5 === 0 ? { before: { fullName: { ru: `Участник ${n}` }, active: false } } : {}),
          after: { fullName: { ru: `Участник ${n}` }, active: true, position: { ru: 'Инспектор' } },
        });
      }
      await new Promise((done) => (tx.oncomplete = done));
    }
  }, count);
}

/** In the page: the same rows by raw IndexedDB, and a bare table drawn from a filter of them. */
function installBaseline(page) {
  return page.evaluate(() => {
    window.__auditBaseline = {
      async read() {
        const started = performance.now();
        const db = await new Promise((done) => {
          const open = indexedDB.open('koopsuz');
          open.onsuccess = () => done(open.result);
        });
        const all = db.transaction('audit').objectStore('audit').index('at').getAll();
        const entries = await new Promise((done) => (all.onsuccess = () => done(all.result)));
        entries.reverse();
        this.rows = entries.map((e) => {
          const record = e.after?.fullName?.ru ?? '';
          return { id: e.id, at: e.at, user: e.user, record, recordKey: record.toLowerCase() };
        });
        this.draw(this.rows);
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        return performance.now() - started;
      },
      draw(rows) {
        let table = document.getElementById('bench-bare');
        if (!table) {
          table = document.createElement('table');
          table.id = 'bench-bare';
          document.body.append(table);
        }
        table.innerHTML = rows
          .slice(0, 25)
          .map((r) => `<tr><td>${r.at}</td><td>${r.user}</td><td>${r.record}</td></tr>`)
          .join('');
      },
      async filter(text) {
        const started = performance.now();
        const key = text.toLowerCase();
        const shown = this.rows.filter((r) => r.recordKey.includes(key));
        this.draw(shown);
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        return performance.now() - started;
      },
    };
  });
}

/** Types `text` into the change log's record filter; ms until the new count is drawn. */
function appFilter(page, text) {
  return page.evaluate(async (text) => {
    const input = document.querySelector('[data-testid="audit-text"]');
    const count = () => document.querySelector('[data-testid="audit-count"]')?.dataset.count;
    const before = count();
    const started = performance.now();
    const changed = new Promise((done) => {
      const observer = new MutationObserver(() => {
        if (count() !== before) {
          observer.disconnect();
          done();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await changed;
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return performance.now() - started;
  }, text);
}

export async function run({ renderUrl, context }) {
  const page = await context.newPage();
  await page.goto(renderUrl);
  await page.getByTestId('nav-audit').waitFor();
  await seed(page, ENTRIES);
  await installBaseline(page);

  // Opening: from the click to the first rows, alternating with the baseline's read + draw.
  const opened = [];
  const read = [];
  for (let i = 0; i < 3; i += 1) {
    await page.getByTestId('nav-home').click();
    const started = Date.now();
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-row').first().waitFor({ timeout: 120_000 });
    opened.push(Date.now() - started);
    read.push(await page.evaluate(() => window.__auditBaseline.read()));
  }
  const shownAll = Number(await page.getByTestId('audit-count').getAttribute('data-count'));

  const app = [];
  const bare = [];
  for (let i = 0; i < RUNS; i += 1) {
    for (const text of FILTERS) {
      app.push(await appFilter(page, text));
      bare.push(await page.evaluate((t) => window.__auditBaseline.filter(t), text));
    }
  }
  const matches = await page.evaluate(
    (filters) =>
      filters.map((t) => window.__auditBaseline.rows.filter((r) => r.recordKey.includes(t)).length),
    FILTERS,
  );
  await page.close();
  const n = ENTRIES.toLocaleString('en');
  console.log(
    `  ${shownAll} rows listed; filters ${FILTERS.map((f, i) => `«${f}» → ${matches[i]}`).join(', ')}`,
  );
  return [
    {
      name: `Change log of ${n}: open (click → rows)`,
      value: median(opened),
      baseline: median(read),
      unit: 'ms',
      goalRatio: null,
    },
    {
      name: `Change log of ${n}: a filter answered and drawn`,
      value: median(app),
      baseline: median(bare),
      unit: 'ms',
      goalRatio: 1.5,
    },
  ];
}
