import { describe, expect, it } from 'vitest';
import { decideImport, planMerge, type ImportState } from './merge';
import { compareVersions, formatFingerprint, manifestSchema, type Manifest } from './format';

const T = '11111111-1111-4111-8111-111111111111';
const CITY = '22222222-2222-4222-8222-222222222222';
const KEY = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

const manifest = (over: Partial<Manifest> = {}): Manifest =>
  manifestSchema.parse({
    magic: 'koopsuz-exchange',
    format: 1,
    packageId: '33333333-3333-4333-8333-333333333333',
    territoryId: T,
    territoryName: { ru: 'Ленинский район' },
    sequence: 3,
    createdAt: '2026-12-01T10:00:00.000Z',
    app: { version: '0.1.0', schema: 9 },
    options: { contacts: false, responses: false, drafts: false },
    publicKey: `${'A'.repeat(43)}=`,
    parts: [],
    ...over,
  });

const state = (over: Partial<ImportState> = {}): ImportState => ({
  workspaceId: CITY,
  workspaceImported: false,
  appVersion: '0.1.0',
  schemaVersion: 9,
  fingerprint: KEY,
  trusted: [],
  territory: { kind: 'absent' },
  seenPackage: false,
  ...over,
});

describe('decideImport', () => {
  it('asks to trust the key of a first package, and applies it once the key is trusted', () => {
    expect(decideImport(manifest(), state())).toEqual({ kind: 'ask-trust' });
    expect(decideImport(manifest(), state({ trusted: [KEY] }))).toEqual({ kind: 'apply' });
  });

  it('applies a later package of the same key without asking', () => {
    const known = state({ territory: { kind: 'imported', fingerprint: KEY, sequence: 2 } });
    expect(decideImport(manifest({ sequence: 3 }), known)).toEqual({ kind: 'apply' });
  });

  it('refuses the same package twice', () => {
    const known = state({
      territory: { kind: 'imported', fingerprint: KEY, sequence: 3 },
      seenPackage: true,
    });
    expect(decideImport(manifest(), known)).toEqual({ kind: 'refuse', code: 'alreadyImported' });
  });

  it('refuses a package older than (or as old as) the one already imported', () => {
    const known = state({ territory: { kind: 'imported', fingerprint: KEY, sequence: 5 } });
    expect(decideImport(manifest({ sequence: 4 }), known).kind).toBe('refuse');
    expect(decideImport(manifest({ sequence: 5 }), known)).toEqual({
      kind: 'refuse',
      code: 'older',
    });
  });

  it('refuses a territory already owned by another key, even a trusted one', () => {
    const known = state({
      trusted: [KEY, OTHER],
      fingerprint: OTHER,
      territory: { kind: 'imported', fingerprint: KEY, sequence: 1 },
    });
    expect(decideImport(manifest({ sequence: 9 }), known)).toEqual({
      kind: 'refuse',
      code: 'foreignKey',
    });
  });

  it('refuses packages of the workspace itself or of a territory it keeps as its own', () => {
    expect(decideImport(manifest({ territoryId: CITY }), state())).toEqual({
      kind: 'refuse',
      code: 'ownTerritory',
    });
    expect(decideImport(manifest(), state({ territory: { kind: 'own' } }))).toEqual({
      kind: 'refuse',
      code: 'ownTerritory',
    });
  });

  it('refuses an imported territory as workspace', () => {
    expect(decideImport(manifest(), state({ workspaceImported: true }))).toEqual({
      kind: 'refuse',
      code: 'readOnlyWorkspace',
    });
  });

  it('refuses packages of a newer format, schema or app version', () => {
    const newer = { kind: 'refuse', code: 'newerVersion' };
    expect(decideImport(manifest({ format: 2 }), state())).toEqual(newer);
    expect(decideImport(manifest({ app: { version: '0.1.0', schema: 10 } }), state())).toEqual(
      newer,
    );
    expect(decideImport(manifest({ app: { version: '0.2.0', schema: 9 } }), state())).toEqual(
      newer,
    );
    expect(decideImport(manifest({ app: { version: '0.0.9', schema: 8 } }), state())).toEqual({
      kind: 'ask-trust',
    });
  });
});

describe('planMerge', () => {
  const plan = (id: string, title: string) => ({ id, territoryId: T, title: { ru: title } });

  it('stores new and changed records and leaves equal ones alone', () => {
    const merge = planMerge(
      { plans: [plan('p1', 'Один'), plan('p2', 'Два (новое)'), plan('p3', 'Три')] },
      [],
      { plans: [{ title: { ru: 'Один' }, territoryId: T, id: 'p1' }, plan('p2', 'Два')] },
    );
    expect(merge.put.plans?.map((r) => r.id)).toEqual(['p2', 'p3']);
    expect(merge.remove).toEqual({});
    expect(merge.changed).toBe(2);
  });

  it('is idempotent: merging a package into its own result changes nothing', () => {
    const incoming = { plans: [plan('p1', 'Один')], studyCubes: [{ studyId: 's1', count: 4 }] };
    const first = planMerge(incoming, [{ table: 'plans', id: 'p9' }], {});
    const after = { plans: first.put.plans!, studyCubes: first.put.studyCubes! };
    expect(planMerge(incoming, [{ table: 'plans', id: 'p9' }], after)).toEqual({
      put: {},
      remove: {},
      changed: 0,
    });
  });

  it('removes tombstoned records the workspace has, and never stores a tombstoned one', () => {
    const merge = planMerge(
      { plans: [plan('p1', 'Один'), plan('p2', 'Два')] },
      [
        { table: 'plans', id: 'p2' },
        { table: 'plans', id: 'p3' },
        { table: 'studyCubes', id: 's1' },
      ],
      { plans: [plan('p3', 'Три')], studyCubes: [{ studyId: 's1', count: 1 }] },
    );
    expect(merge.put.plans?.map((r) => r.id)).toEqual(['p1']);
    expect(merge.remove).toEqual({ plans: ['p3'], studyCubes: ['s1'] });
  });

  it('keeps records the package leaves out without a tombstone', () => {
    const merge = planMerge({ plans: [] }, [], { plans: [plan('p1', 'Один')] });
    expect(merge.changed).toBe(0);
  });

  it('adds missing global records but never replaces or removes the workspace’s own', () => {
    const merge = planMerge(
      {
        funders: [
          { id: 'f1', name: 'UNDP (district)' },
          { id: 'f2', name: 'USAID' },
        ],
      },
      [{ table: 'funders', id: 'f1' }],
      { funders: [{ id: 'f1', name: 'UNDP' }] },
    );
    expect(merge.put).toEqual({ funders: [{ id: 'f2', name: 'USAID' }] });
    expect(merge.remove).toEqual({});
  });
});

describe('format helpers', () => {
  it('compares versions by number, not text', () => {
    expect(compareVersions('1.10.0', '1.9.2')).toBe(1);
    expect(compareVersions('0.1.0', '0.1.0-dev')).toBe(0);
    expect(compareVersions('0.1', '0.1.1')).toBe(-1);
  });

  it('writes a fingerprint in eight groups of four', () => {
    expect(formatFingerprint('0123456789abcdef'.repeat(4))).toBe(
      '0123 4567 89AB CDEF 0123 4567 89AB CDEF',
    );
  });
});
