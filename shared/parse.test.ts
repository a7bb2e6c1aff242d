import { describe, expect, it } from 'vitest';
import { parseQuarter, readMoney, readQuantity, type AmountReading } from './parse';

const ok = (value: number): AmountReading => ({ ok: true, value });
const no = (problem: string) => ({ ok: false, problem });

describe('readMoney', () => {
  it.each([
    ['1 234,50', 123_450],
    ['1\u00a0234,50', 123_450],
    ['1\u202f234,50', 123_450],
    ['1 234,50 сом', 123_450],
    ['1 234,50 СОМ', 123_450],
    ['1234.50 som', 123_450],
    ['1234.50', 123_450],
    ['1 234', 123_400],
    ['12 345 678', 1_234_567_800],
    ['0,07', 7],
    ['0.5', 50],
    ['  12  ', 1_200],
    ['0', 0],
  ])('reads %j as %i tyiyn', (text, tyiyn) => {
    expect(readMoney(text)).toEqual(ok(tyiyn));
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['сом', 'empty'],
    ['12,345,67', 'format'],
    ['1.2.3', 'format'],
    ['1.234,50', 'format'],
    ['abc', 'format'],
    ['12 34', 'format'],
    ['1 2345', 'format'],
    ['12a', 'format'],
    ['1,', 'format'],
    [',5', 'format'],
    ['1 234,50 $', 'format'],
    ['-5', 'negative'],
    ['−1 234,50', 'negative'],
    ['1,234', 'decimals'],
    ['12.345', 'decimals'],
    ['99999999999999999999', 'tooLarge'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(readMoney(text)).toEqual(no(problem));
  });

  it('takes a negative amount where allowed and honours the maximum', () => {
    expect(readMoney('-1 234,50', { allowNegative: true })).toEqual(ok(-123_450));
    expect(readMoney('100', { max: 9_999 })).toEqual(no('tooLarge'));
    expect(readMoney('99,99', { max: 9_999 })).toEqual(ok(9_999));
  });
});

describe('readQuantity', () => {
  it.each([
    ['2,5', 2_500],
    ['2.5', 2_500],
    ['1 000', 1_000_000],
    ['0,125', 125],
    ['4', 4_000],
  ])('reads %j as %i thousandths', (text, milli) => {
    expect(readQuantity(text)).toEqual(ok(milli));
  });
  it.each([
    ['1,2345', 'decimals'],
    ['-2', 'negative'],
    ['два', 'format'],
    ['2,5 сом', 'format'],
    ['', 'empty'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(readQuantity(text)).toEqual(no(problem));
  });
});

describe('parseQuarter', () => {
  it.each([
    ['II кв. 2026', '2026-Q2'],
    ['II\u00a0кв.\u00a02026', '2026-Q2'],
    ['2 кв. 2026', '2026-Q2'],
    ['2 кв 2026', '2026-Q2'],
    ['IV квартал 2025 г.', '2025-Q4'],
    ['2026-ж. II чейрек', '2026-Q2'],
    ['2026-ж. 3 чейрек', '2026-Q3'],
    ['2026 ж. i чейрек', '2026-Q1'],
    ['Q2 2026', '2026-Q2'],
    ['q4 2026', '2026-Q4'],
    ['2026-Q2', '2026-Q2'],
    ['2026-q1', '2026-Q1'],
    [' 2026 Q3 ', '2026-Q3'],
  ])('reads %j as %s', (text, quarter) => {
    expect(parseQuarter(text)).toBe(quarter);
  });
  it.each([
    '',
    'V кв. 2026',
    '5 кв. 2026',
    '2026-Q5',
    'Q0 2026',
    'II 2026',
    '2026',
    'кв. 2026',
    'abc',
  ])('refuses %j', (text) => {
    expect(parseQuarter(text)).toBeNull();
  });
});
