/*
 * The shared project runs once per time zone (vitest.config.ts sets TZ and KOOPSUZ_TEST_TZ per
 * project). This proves the zone really took effect in the worker, so the date tests are run in
 * Bishkek (UTC+6, no daylight saving) and in Los Angeles (UTC−8 in winter, UTC−7 in summer).
 */
import { describe, expect, it } from 'vitest';

/** Minutes to add to local time to get UTC (the sign of getTimezoneOffset), winter and summer. */
const OFFSETS: Record<string, { january: number; july: number }> = {
  'Asia/Bishkek': { january: -360, july: -360 },
  'America/Los_Angeles': { january: 480, july: 420 },
};

describe('test time zone', () => {
  const zone = process.env['KOOPSUZ_TEST_TZ'];

  it('is one the project set', () => {
    expect(Object.keys(OFFSETS)).toContain(zone);
  });

  it('is the zone Date works in', () => {
    const expected = OFFSETS[zone ?? '']!;
    expect(new Date(2026, 0, 15, 12).getTimezoneOffset()).toBe(expected.january);
    expect(new Date(2026, 6, 15, 12).getTimezoneOffset()).toBe(expected.july);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });
});
