import { describe, expect, it } from 'vitest';
import { at, cityOffice, districtOffice, dump } from '../../tests/fixtures/exchange';
import { ExchangeError } from '../../shared/exchange/format';
import { deletePlan } from '../db/plans';
import { setPoliceCount } from '../db/study/police';
import { updateMember } from '../db/working-group';
import { ImportedRecordError } from '../db/repository';
import { importPackage } from './import';
import { readExchangePackage } from './read-package';
import { createExchangePackage } from './write-package';

const DEFAULT = { contacts: false, responses: false, drafts: false };

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExchangeError);
  return (error as ExchangeError).code;
}

describe('exchange between a district and the city', () => {
  it('asks to trust a first package, then holds the district’s records, read-only and marked', async () => {
    const district = await districtOffice();
    const made = await createExchangePackage(district.territory.id, DEFAULT);
    const ownPlans = await district.db.plans
      .where('territoryId')
      .equals(district.territory.id)
      .toArray();
    const lines = await district.db.budgetLines
      .where('planId')
      .equals(district.approved.plan.id)
      .toArray();

    const city = await cityOffice();
    const pkg = await readExchangePackage(made.bytes);
    const before = await dump(city.db);
    expect(await refusal(importPackage(pkg, city.workspace.id))).toBe('notTrusted');
    expect(await dump(city.db)).toEqual(before);

    const result = await importPackage(pkg, city.workspace.id, { trust: true });
    expect(result.trusted).toBe(true);
    const plans = await city.db.plans.where('territoryId').equals(district.territory.id).toArray();
    // The approved plan travels; the draft does not (drafts were not ticked).
    expect(plans.map((p) => p.id)).toEqual(
      ownPlans.filter((p) => p.status !== 'draft').map((p) => p.id),
    );
    const cityLines = await city.db.budgetLines
      .where('planId')
      .equals(district.approved.plan.id)
      .toArray();
    const sum = (rows: typeof lines) =>
      rows.reduce((n, l) => n + l.shares.localBudget + l.shares.donors, 0);
    expect(sum(cityLines)).toBe(sum(lines));
    expect(cityLines.length).toBe(3);
    // Contacts stay at the district unless ticked.
    const member = await city.db.members.get(district.member.id);
    expect(member?.fullName).toBe('Асанова Айгуль');
    expect(member?.phone).toBeUndefined();
    expect(member?.email).toBeUndefined();
    expect(
      await city.db.policeStats.where('territoryId').equals(district.territory.id).count(),
    ).toBe(1);
    // Funders referred to by the budget came along.
    expect(await city.db.funders.get(district.approved.funders.unodc)).toBeDefined();

    const origin = await city.db.exchangeOrigins.get(district.territory.id);
    expect(origin).toMatchObject({ workspaceId: city.workspace.id, sequence: 1 });
    expect(origin?.fingerprint).toBe(pkg.fingerprint);
    const entries = await city.db.audit.where('recordId').equals(made.manifest.packageId).toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ table: 'exchangePackages', territoryId: city.workspace.id });
    expect(await city.db.trustedKeys.count()).toBe(1);

    // Read-only: the repository refuses edits of imported records, and nothing changes.
    await expect(
      setPoliceCount(district.territory.id, '2025-Q1', 'fraud', 1),
    ).rejects.toBeInstanceOf(ImportedRecordError);
    await expect(
      updateMember(district.member.id, { ...member!, fullName: 'Кто-то' } as never),
    ).rejects.toBeInstanceOf(ImportedRecordError);
    const stats = await city.db.policeStats
      .where('territoryId')
      .equals(district.territory.id)
      .toArray();
    expect(stats.map((s) => s.count)).toEqual([140]);
  });

  it('importing the same package twice changes nothing; a later one updates; an older one is refused', async () => {
    const district = await districtOffice();
    const first = await createExchangePackage(district.territory.id, { ...DEFAULT, drafts: true });
    await updateMember(district.member.id, {
      fullName: 'Асанова Айгуль Бекова',
      position: { ru: 'Старший участковый' },
      organisation: { ru: 'УВД Ленинского района' },
      orgType: 'police',
    });
    await deletePlan(district.draft.plan.id);
    const second = await createExchangePackage(district.territory.id, DEFAULT);
    expect(second.manifest.sequence).toBe(2);

    const city = await cityOffice();
    await importPackage(await readExchangePackage(first.bytes), city.workspace.id, { trust: true });
    expect(await city.db.plans.get(district.draft.plan.id)).toBeDefined();
    const afterFirst = await dump(city.db);
    expect(
      await refusal(importPackage(await readExchangePackage(first.bytes), city.workspace.id)),
    ).toBe('alreadyImported');
    expect(await dump(city.db)).toEqual(afterFirst);

    const result = await importPackage(await readExchangePackage(second.bytes), city.workspace.id);
    expect(result).toMatchObject({ trusted: false });
    expect(result.changed).toBeGreaterThan(1);
    // The deleted draft travelled as tombstones: it and its budget lines are gone.
    expect(await city.db.plans.get(district.draft.plan.id)).toBeUndefined();
    expect(await city.db.budgetLines.where('planId').equals(district.draft.plan.id).count()).toBe(
      0,
    );
    expect((await city.db.members.get(district.member.id))?.fullName).toBe('Асанова Айгуль Бекова');
    expect(await city.db.plans.get(district.approved.plan.id)).toBeDefined();

    const afterSecond = await dump(city.db);
    // The first package again is older than the one imported: refused, nothing changes.
    await city.db.exchangePackages.delete(first.manifest.packageId);
    const withoutLog = await dump(city.db);
    expect(
      await refusal(importPackage(await readExchangePackage(first.bytes), city.workspace.id)),
    ).toBe('older');
    expect(await dump(city.db)).toEqual(withoutLog);
    expect(afterSecond.exchangePackages).toHaveLength(2);
    expect(await city.db.audit.where('table').equals('exchangePackages').count()).toBe(2);
  });

  it('carries contacts, drafts and questionnaires only when ticked', async () => {
    const district = await districtOffice();
    const made = await createExchangePackage(district.territory.id, {
      contacts: true,
      responses: true,
      drafts: true,
    });
    expect(made.manifest.options).toEqual({ contacts: true, responses: true, drafts: true });
    const pkg = await readExchangePackage(made.bytes);
    expect(pkg.tables.members?.[0]).toMatchObject({ phone: '+996 555 123 456' });
    expect(pkg.tables.plans).toHaveLength(2);
  });

  it('a territory the city keeps as its own is never overwritten', async () => {
    const district = await districtOffice();
    const made = await createExchangePackage(district.territory.id, DEFAULT);
    const pkg = await readExchangePackage(made.bytes);
    const city = await cityOffice();
    // The district's own database, as workspace of its own package: refused.
    at(district.db);
    const before = await dump(district.db);
    expect(await refusal(importPackage(pkg, city.workspace.id, { trust: true }))).toBe(
      'ownTerritory',
    );
    expect(await dump(district.db)).toEqual(before);
  });
});
