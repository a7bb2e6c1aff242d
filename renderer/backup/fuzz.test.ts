/*
 * 1,000 randomly mutated backup files (fixed seed: a failure names its case and replays): every one
 * is either refused with a BackupError whose reason the clerk is shown, or — when the mutation
 * did not change the content (a gzip header's time stamp) — accepted with exactly the original
 * data. Nothing ever crashes and nothing is written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_ERRORS, BackupError } from '../../shared/backup/format';
import { seedTwoTerritories, snapshot } from '../../tests/fixtures/backup';
import { freshDatabase } from '../../tests/fixtures/db';
import { prng, type Prng } from '../../tests/fixtures/prng';
import type { KoopsuzDatabase } from '../db/database';
import { gunzip, gzip, sha256Hex } from './codec';
import { createBackup } from './create';
import { prepareRestore } from './restore';

const CASES = 1000;
const SEED = 20261105;

let db: KoopsuzDatabase;
let good: Uint8Array;
let plain: Uint8Array;
let original: Record<string, unknown[]>;

beforeAll(async () => {
  db = freshDatabase();
  await seedTwoTerritories(db);
  good = (await createBackup()).bytes;
  plain = await gunzip(good);
  original = (await prepareRestore(good)).tables;
});

function mutateBytes(rng: Prng, bytes: Uint8Array): Uint8Array {
  const out = Array.from(bytes);
  const kind = rng.int(5);
  const at = rng.int(out.length);
  if (kind === 0) out[at] = out[at]! ^ (1 << rng.int(8));
  else if (kind === 1) out.splice(at, 1 + rng.int(16));
  else if (kind === 2)
    out.splice(at, 0, ...Array.from({ length: 1 + rng.int(8) }, () => rng.int(256)));
  else if (kind === 3) out.length = at;
  else for (let i = 0; i < 1 + rng.int(6); i += 1) out[rng.int(out.length)] = rng.int(256);
  return new Uint8Array(out);
}

/** Changes one value somewhere in the payload's JSON, then (sometimes) fixes the checksum. */
async function mutateJson(rng: Prng, fixChecksum: boolean): Promise<Uint8Array> {
  const text = new TextDecoder().decode(plain);
  const newline = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
  const payload = JSON.parse(text.slice(newline + 1)) as { tables: Record<string, unknown[]> };
  const values: unknown[] = [
    null,
    -1,
    1e308,
    '',
    'x'.repeat(3000),
    [],
    {},
    true,
    '../x',
    '2026-13-45',
  ];
  if (rng.next() < 0.2) {
    const keys = Object.keys(header);
    header[rng.pick(keys)] = rng.pick(values);
  } else {
    const tables = Object.keys(payload.tables).filter((t) => payload.tables[t]!.length > 0);
    const rows = payload.tables[rng.pick(tables)]!;
    const index = rng.int(rows.length);
    const row = rows[index];
    if (row && typeof row === 'object' && rng.next() < 0.8) {
      const keys = Object.keys(row);
      const key = rng.pick(keys);
      if (rng.next() < 0.3) delete (row as Record<string, unknown>)[key];
      else (row as Record<string, unknown>)[key] = rng.pick(values);
    } else {
      rows[index] = rng.pick(values);
    }
  }
  const payloadText = JSON.stringify(payload);
  if (fixChecksum) header.checksum = await sha256Hex(new TextEncoder().encode(payloadText));
  return gzip(new TextEncoder().encode(`${JSON.stringify(header)}\n${payloadText}`));
}

describe('backup fuzz', () => {
  it(`${CASES} mutated files: refused with a reason, or the original data exactly; nothing written`, async () => {
    const before = await snapshot(db);
    const rng = prng(SEED);
    const outcomes = new Map<string, number>();
    for (let n = 0; n < CASES; n += 1) {
      const kind = rng.int(4);
      const bytes =
        kind === 0
          ? mutateBytes(rng, good)
          : kind === 1
            ? await gzip(mutateBytes(rng, plain))
            : await mutateJson(rng, kind === 3);
      let outcome: string;
      try {
        const prepared = await prepareRestore(bytes);
        if (kind !== 3)
          expect(prepared.tables, `case ${n}: accepted a changed file`).toEqual(original);
        outcome = 'accepted';
      } catch (error) {
        expect(error, `case ${n}: ${String(error)}`).toBeInstanceOf(BackupError);
        const code = (error as BackupError).code;
        expect(BACKUP_ERRORS).toContain(code);
        outcome = code;
      }
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect(await snapshot(db)).toEqual(before);
    // The fuzzer reached the checks that matter, not only the first one.
    for (const code of ['corrupt', 'checksum', 'invalid-record', 'not-a-backup']) {
      expect(
        outcomes.get(code),
        `${code} never reached: ${JSON.stringify([...outcomes])}`,
      ).toBeGreaterThan(0);
    }
  }, 120_000);
});
