/*
 * JSON for backups. IndexedDB can hold values JSON cannot (dates, byte arrays); those are tagged so
 * they come back as they were. Anything else that JSON would silently turn into `{}` (Map, Set,
 * Blob…) is refused when the backup is made, never lost quietly.
 */

import { BackupError } from './format';

const DATE_TAG = '$koopsuzDate';
/**
 * Keys no record has and that change what an object is when code assigns them (prototype
 * pollution): a backup holding one is refused while it is parsed.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const BYTES_TAG = '$koopsuzBytes';

/** Raised when a stored value has no faithful JSON form. */
export class UnsupportedValueError extends Error {
  constructor(readonly kind: string) {
    super(`A stored value of type ${kind} cannot be written to a backup`);
    this.name = 'UnsupportedValueError';
  }
}

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (raw instanceof Date)
    return { [DATE_TAG]: Number.isNaN(raw.getTime()) ? null : raw.toISOString() };
  if (raw instanceof Uint8Array) return { [BYTES_TAG]: Array.from(raw) };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      throw new UnsupportedValueError(
        (value as { constructor?: { name?: string } }).constructor?.name ?? 'object',
      );
    }
  }
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') {
    throw new UnsupportedValueError(typeof value);
  }
  return value;
}

function refuseForbidden(key: string): void {
  if (FORBIDDEN_KEYS.has(key)) throw new BackupError('forbidden-key', { path: key });
}

function reviver(key: string, value: unknown): unknown {
  refuseForbidden(key);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const tagged = value as Record<string, unknown>;
      if (keys[0] === DATE_TAG) {
        return typeof tagged[DATE_TAG] === 'string' ? new Date(tagged[DATE_TAG]) : new Date(NaN);
      }
      if (keys[0] === BYTES_TAG && Array.isArray(tagged[BYTES_TAG])) {
        return Uint8Array.from(tagged[BYTES_TAG] as number[]);
      }
    }
  }
  return value;
}

/** JSON text of `value` with dates and byte arrays tagged; throws UnsupportedValueError. */
export function stringifyBackupJson(value: unknown): string {
  return JSON.stringify(value, replacer);
}

/** Parses plain JSON, refusing forbidden keys; throws SyntaxError or BackupError('forbidden-key'). */
export function parseCheckedJson(text: string): unknown {
  return JSON.parse(text, (key: string, value: unknown) => {
    refuseForbidden(key);
    return value;
  });
}

/**
 * Parses what stringifyBackupJson wrote; throws SyntaxError on malformed text and
 * BackupError('forbidden-key') on a key such as `__proto__`.
 */
export function parseBackupJson(text: string): unknown {
  return JSON.parse(text, reviver);
}
