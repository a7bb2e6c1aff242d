import { describe, expect, it } from 'vitest';
import { hashOnlyAddress, parsePrintLocation } from './print-location';

describe('print location', () => {
  it('reads kind, id and language from the hash path', () => {
    expect(parsePrintLocation('/print/plan/abc?lang=ky%2Bru', 'ru')).toEqual({
      kind: 'plan',
      id: 'abc',
      lang: 'ky+ru',
    });
    expect(parsePrintLocation('/print/roster/g1?lang=xx', 'en').lang).toBe('en');
  });

  it('moves a query written before the hash into the hash (what wouter navigate() leaves)', () => {
    expect(hashOnlyAddress('http://127.0.0.1:4173/?lang=ky%2Bru#/print/plan/abc')).toBe(
      'http://127.0.0.1:4173/#/print/plan/abc?lang=ky%2Bru',
    );
    expect(hashOnlyAddress('app://koopsuz/index.html?lang=en#/print/minutes/m1')).toBe(
      'app://koopsuz/index.html#/print/minutes/m1?lang=en',
    );
  });

  it('leaves an address whose query is already in the hash alone', () => {
    expect(hashOnlyAddress('http://127.0.0.1:4173/#/print/plan/abc?lang=ru')).toBeNull();
  });

  it('a language already in the hash wins over a stale one before it', () => {
    expect(hashOnlyAddress('http://h/?lang=ru#/print/plan/abc?lang=ky')).toBe(
      'http://h/#/print/plan/abc?lang=ky',
    );
  });
});
