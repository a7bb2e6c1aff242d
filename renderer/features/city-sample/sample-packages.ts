/*
 * The city sample's packages (issue 19, item 5), made the way a district makes them: each district
 * is built in a database of its own (as on the district's PC), then the real export writes its
 * package, signed with Ed25519 by that office's key. The keys come from a public phrase per
 * district (an Ed25519 seed is any 32 bytes: here the SHA-256 of the phrase), so their
 * fingerprints are the same in every installation and the sample trusts exactly these three —
 * and, being public, they must never be trusted for real data.
 *
 * This runs in the city sample's worker (its own copy of the database handle), never on the page:
 * the database in use is switched while a district is built.
 */
import Dexie from 'dexie';
import type { ExchangeKeyRow } from '../../../shared/exchange/records';
import { sha256Hex } from '../../backup/codec';
import { getDb, KoopsuzDatabase, setDatabase } from '../../db/database';
import { toBase64 } from '../../exchange/crypto';
import { createExchangePackage, type MadePackage } from '../../exchange/write-package';
import { buildSampleDistrict } from './build-district';
import type { CitySampleSlug, SampleDistrict } from './districts';

/** The PKCS #8 wrapping of a raw Ed25519 seed (RFC 8410). */
const PKCS8_PREFIX = [
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];
/** When the sample packages say they were made. */
export const SAMPLE_PACKAGE_DATE = new Date('2026-07-03T04:30:00.000Z');

const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** The sample office key of a district, the same everywhere. */
export async function sampleKey(slug: CitySampleSlug): Promise<ExchangeKeyRow> {
  const phrase = new TextEncoder().encode(`koopsuz city sample office key: ${slug}`);
  const seed = new Uint8Array(await crypto.subtle.digest('SHA-256', phrase));
  const pkcs8 = new Uint8Array([...PKCS8_PREFIX, ...seed]);
  const key = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, true, ['sign']);
  const jwk = (await crypto.subtle.exportKey('jwk', key)) as Record<string, unknown>;
  const raw = fromBase64Url(String(jwk.x));
  return {
    id: 'own',
    publicKey: toBase64(raw),
    fingerprint: await sha256Hex(raw),
    privateKey: { ...jwk, kty: 'OKP', crv: 'Ed25519' },
    createdAt: SAMPLE_PACKAGE_DATE.toISOString(),
  };
}

/** Builds the district in a fresh database of its own and returns its signed package. */
export async function makeDistrictPackage(district: SampleDistrict): Promise<MadePackage> {
  const previous = getDb();
  const office = new KoopsuzDatabase(`koopsuz-city-sample-${district.slug}-${crypto.randomUUID()}`);
  setDatabase(office);
  try {
    await office.exchangeKeys.add(await sampleKey(district.slug));
    const territory = await buildSampleDistrict(district);
    return await createExchangePackage(
      territory.id,
      { contacts: false, responses: false, drafts: false },
      SAMPLE_PACKAGE_DATE,
    );
  } finally {
    setDatabase(previous);
    office.close();
    await Dexie.delete(office.name);
  }
}
