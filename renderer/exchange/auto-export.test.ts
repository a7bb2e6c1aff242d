import { afterEach, describe, expect, it } from 'vitest';
import { districtOffice } from '../../tests/fixtures/exchange';
import { approvePlan } from '../db/plans';
import { setSetting } from '../db/settings';
import { autoExport } from './auto-export';
import { readExchangePackage } from './read-package';

const APPROVAL = {
  body: 'head' as const,
  position: { ru: 'Глава администрации' },
  name: { ru: 'Жумалиев А.К.' },
  date: '2026-05-12',
  number: '47/1-р',
};

/** The desktop's preload as the renderer sees it: an exchange folder that keeps what is written. */
function fakeDesktop(folder: string | null) {
  const written: { name: string; bytes: Uint8Array }[] = [];
  const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
  (globalThis as { window?: unknown }).window = {
    api: {
      getExchangeFolder: () => ok({ folder, files: [] }),
      writeExchangePackage: ({ name, bytes }: { name: string; bytes: Uint8Array }) => {
        written.push({ name, bytes });
        return ok({ name });
      },
    },
  };
  return written;
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('a package after approval', () => {
  it('is written to the exchange folder when chosen, with the plan as approved', async () => {
    const district = await districtOffice();
    const written = fakeDesktop('\\\\server\\obmen');
    await setSetting('exchangeAutoExport', true);
    const plan = await approvePlan(district.draft.plan.id, APPROVAL);
    const result = await autoExport(plan.territoryId);
    expect(written).toHaveLength(1);
    expect(result).toEqual({ kind: 'written', name: written[0]!.name });
    expect(written[0]!.name).toMatch(/^koopsuz-.*-0001\.koopsuz-exchange$/);
    const pkg = await readExchangePackage(written[0]!.bytes);
    expect(pkg.manifest.territoryId).toBe(district.territory.id);
    const shared = pkg.tables.plans!.find((p) => p.id === district.draft.plan.id);
    expect(shared).toMatchObject({ status: 'approved', approval: { number: '47/1-р' } });
    // Contacts stay at the district (the default options).
    expect(pkg.manifest.options).toEqual({ contacts: false, responses: false, drafts: false });

    // The next approval makes the next package of the series.
    await autoExport(plan.territoryId);
    expect(written.map((w) => w.name.slice(-21))).toEqual([
      '0001.koopsuz-exchange',
      '0002.koopsuz-exchange',
    ]);
  });

  it('writes nothing when not chosen, without a folder, or in the browser', async () => {
    const district = await districtOffice();
    const written = fakeDesktop('C:\\obmen');
    await approvePlan(district.draft.plan.id, APPROVAL);
    expect(await autoExport(district.territory.id)).toEqual({ kind: 'skipped', reason: 'off' });
    await setSetting('exchangeAutoExport', false);
    expect(await autoExport(district.territory.id)).toEqual({ kind: 'skipped', reason: 'off' });
    expect(written).toHaveLength(0);

    await setSetting('exchangeAutoExport', true);
    const none = fakeDesktop(null);
    expect(await autoExport(district.territory.id)).toEqual({
      kind: 'skipped',
      reason: 'no-folder',
    });
    expect(none).toHaveLength(0);
    delete (globalThis as { window?: unknown }).window;
    expect(await autoExport(district.territory.id)).toEqual({
      kind: 'skipped',
      reason: 'no-folder',
    });
    // Nothing was packed: the ledger of shared records was never started.
    expect(await district.db.exchangeLedgers.count()).toBe(0);
  });

  it('says so when the folder refuses the file, and the approval stands', async () => {
    const district = await districtOffice();
    fakeDesktop('C:\\obmen');
    const api = (globalThis as { window: { api: Record<string, unknown> } }).window.api;
    api.writeExchangePackage = () => Promise.resolve({ ok: false, error: 'EACCES' });
    await setSetting('exchangeAutoExport', true);
    await approvePlan(district.draft.plan.id, APPROVAL);
    expect(await autoExport(district.territory.id)).toEqual({ kind: 'failed' });
    expect((await district.db.plans.get(district.draft.plan.id))?.status).toBe('approved');
  });
});
