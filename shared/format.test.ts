import { describe, expect, it } from 'vitest';
import {
  NBSP,
  yearSpan,
  formatDate,
  formatDateLong,
  formatMoney,
  formatNumber,
  formatPercent,
  formatQuarter,
  formatTiming,
  formatTyiyn,
  isIsoDate,
  localDate,
  parseDate,
} from './format';
import { parseQuarter } from './parse';

describe('money', () => {
  it('formats tyiyn as som with a no-break space and a decimal comma', () => {
    expect(formatMoney(123456750, 'ru')).toBe(`1${NBSP}234${NBSP}567,50${NBSP}сом`);
    expect(formatMoney(123456750, 'ky')).toBe(`1${NBSP}234${NBSP}567,50${NBSP}сом`);
    expect(formatMoney(123456750, 'en')).toBe(`1${NBSP}234${NBSP}567.50${NBSP}som`);
  });
  it('handles zero, small, negative and the largest plan total exactly', () => {
    expect(formatTyiyn(0, 'ru')).toBe('0,00');
    expect(formatTyiyn(5, 'ru')).toBe('0,05');
    expect(formatTyiyn(-150, 'ru')).toBe('−1,50');
    expect(formatTyiyn(99_999_999_999_999, 'ru')).toBe(`999${NBSP}999${NBSP}999${NBSP}999,99`);
  });
  it('refuses a float', () => {
    expect(() => formatTyiyn(1.5, 'ru')).toThrow(RangeError);
  });
});

describe('numbers and percentages', () => {
  it('groups thousands and trims trailing zeros', () => {
    expect(formatNumber(1234567, 'ru')).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatNumber(1234.5, 'ru')).toBe(`1${NBSP}234,5`);
    expect(formatNumber(1234.5, 'en')).toBe(`1${NBSP}234.5`);
    expect(formatNumber(Number.NaN, 'ru')).toBe('—');
  });
  it('formats shares as percentages', () => {
    expect(formatPercent(0.125, 'ru')).toBe(`12,5${NBSP}%`);
    expect(formatPercent(0.125, 'en')).toBe('12.5%');
    expect(formatPercent(1, 'ky')).toBe(`100${NBSP}%`);
  });
});

describe('dates', () => {
  it('writes dd.mm.yyyy', () => {
    expect(formatDate('2026-03-04')).toBe('04.03.2026');
  });
  it('writes long dates with Kyrgyz month names of its own', () => {
    expect(formatDateLong('2026-11-26', 'ru')).toBe('26 ноября 2026 г.');
    expect(formatDateLong('2026-11-26', 'ky')).toBe('2026-жылдын 26-ноябры');
    expect(formatDateLong('2026-04-02', 'en')).toBe('2 April 2026');
  });
  it('parses dd.mm.yyyy and rejects dates that do not exist', () => {
    expect(parseDate('26.11.2026')).toBe('2026-11-26');
    expect(parseDate('1.2.2024')).toBe('2024-02-01');
    expect(parseDate('29.02.2024')).toBe('2024-02-29');
    expect(parseDate('29.02.2025')).toBeNull();
    expect(parseDate('31.02.2026')).toBeNull();
    expect(parseDate('2026-11-26')).toBeNull();
    expect(isIsoDate('2026-13-01')).toBe(false);
  });
  it('takes "today" from local time, not UTC', () => {
    // 01:30 local on 26 Nov: toISOString in UTC+6 would say the 25th; 23:30 local in UTC−8
    // (the far-zone run) would say the 27th.
    expect(localDate(new Date(2026, 10, 26, 1, 30))).toBe('2026-11-26');
    expect(localDate(new Date(2026, 10, 26, 23, 30))).toBe('2026-11-26');
  });
});

describe('quarters and timing', () => {
  it('writes a stored quarter in the language in use', () => {
    expect(formatQuarter('2026-Q2', 'ru')).toBe(`II${NBSP}кв.${NBSP}2026`);
    expect(formatQuarter('2026-Q2', 'ky')).toBe(`2026-ж.${NBSP}II${NBSP}чейрек`);
    expect(formatQuarter('2026-Q2', 'en')).toBe(`Q2${NBSP}2026`);
    expect(formatQuarter('2026-Q4', 'ru')).toBe(`IV${NBSP}кв.${NBSP}2026`);
    expect(formatQuarter('not a quarter', 'ru')).toBe('not a quarter');
  });
  it('reads back every quarter it writes', () => {
    for (const lang of ['ru', 'ky', 'en'] as const)
      for (const q of ['2025-Q1', '2026-Q2', '2027-Q3', '2030-Q4'])
        expect(parseQuarter(formatQuarter(q, lang))).toBe(q);
  });
  it('writes timing as dates or quarters, one value when start and end agree', () => {
    expect(formatTiming({ kind: 'dates', start: '2026-02-01', end: '2026-03-31' }, 'ru')).toBe(
      '01.02.2026 – 31.03.2026',
    );
    expect(formatTiming({ kind: 'quarters', start: '2026-Q1', end: '2026-Q4' }, 'en')).toBe(
      `Q1${NBSP}2026 – Q4${NBSP}2026`,
    );
    expect(formatTiming({ kind: 'quarters', start: '2026-Q2', end: '2026-Q2' }, 'ky')).toBe(
      `2026-ж.${NBSP}II${NBSP}чейрек`,
    );
    expect(formatTiming(undefined, 'ru')).toBe('');
  });
});

describe('yearSpan', () => {
  it('writes one year once and several as a range', () => {
    expect(yearSpan(2026, 2026)).toBe('2026');
    expect(yearSpan(2026, 2028)).toBe('2026–2028');
  });
});
