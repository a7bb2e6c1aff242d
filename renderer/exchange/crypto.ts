/*
 * The office's Ed25519 key and the signature of a package's manifest, through WebCrypto (present in
 * Chromium and Node 20). The key pair is made on first export and kept in `exchangeKeys`; the
 * private half is stored as a JWK, so a backup restored on a new PC keeps signing as the office.
 */
import type { ExchangeKeyRow } from '../../shared/exchange/records';
import { sha256Hex } from '../backup/codec';
import { getDb } from '../db/database';
import { audit, nowInstant, writeTransaction } from '../db/repository';

const ED25519 = { name: 'Ed25519' } as const;

/** Base64 of bytes (no line breaks). */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

/** Bytes of base64 text; throws on text that is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) out[i] = raw.charCodeAt(i);
  return out;
}

/** The fingerprint of a public key: SHA-256 (hex) of its raw 32 bytes. */
export function fingerprintOf(publicKey: string): Promise<string> {
  return sha256Hex(fromBase64(publicKey));
}

/** The office's key pair, if one was made. */
export async function ownKey(): Promise<ExchangeKeyRow | undefined> {
  return getDb().exchangeKeys.get('own');
}

/** The office's key pair, made (and audited, without its private half) on first use. */
export async function ensureOwnKey(): Promise<ExchangeKeyRow> {
  const existing = await ownKey();
  if (existing) return existing;
  const pair = (await crypto.subtle.generateKey(ED25519, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const privateKey = (await crypto.subtle.exportKey('jwk', pair.privateKey)) as Record<
    string,
    unknown
  >;
  const publicKey = toBase64(raw);
  const row: ExchangeKeyRow = {
    id: 'own',
    publicKey,
    fingerprint: await sha256Hex(raw),
    privateKey: { ...privateKey, kty: 'OKP', crv: 'Ed25519' },
    createdAt: nowInstant(),
  };
  return writeTransaction(['exchangeKeys'], async (ctx) => {
    // Two exports started together: the first key made stays.
    const raced = await getDb().exchangeKeys.get('own');
    if (raced) return raced;
    await getDb().exchangeKeys.add(row);
    await audit(ctx, {
      table: 'exchangeKeys',
      recordId: 'own',
      action: 'create',
      after: { fingerprint: row.fingerprint, publicKey },
    });
    return row;
  });
}

/** Signs bytes with the office's private key. */
export async function sign(key: ExchangeKeyRow, bytes: Uint8Array): Promise<Uint8Array> {
  const privateKey = await crypto.subtle.importKey('jwk', key.privateKey, ED25519, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign(ED25519, privateKey, bytes as BufferSource));
}

/** Whether `signature` is the signature of `bytes` by the public key (false for any bad input). */
export async function verify(
  publicKey: string,
  signature: Uint8Array,
  bytes: Uint8Array,
): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('raw', fromBase64(publicKey), ED25519, false, [
      'verify',
    ]);
    return await crypto.subtle.verify(
      ED25519,
      key,
      signature as BufferSource,
      bytes as BufferSource,
    );
  } catch {
    return false;
  }
}
