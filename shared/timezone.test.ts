/*
 * The shared project runs once per time zone: vitest.config.ts sets TZ per project and provides
 * the zone as `testZone`. This proves the zone really took effect in the worker, so the date
 * tests run in Bishkek (UTC+6, no daylight saving) and in Los Angeles (UTC−8 in winter, UTC−7 in
 * summer).
 */
import { describe, expect, inject, it } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    testZone: string;
  }
}

/** Minutes to add to local time to get UTC (the sign of getTimezoneOffset), winter and summer. */
const OFFSETS: Record<string, { january: number; july: number }> = {
  'Asia/Bishkek': { january: -360, july: -360 },
  'America/Los_Angeles': { january: 480, july: 420 },
};

describe('test time zone', () => {
  const zone = inject('testZone');

  it('is one the project set', () => {
    expect(Object.keys(OFFSETS)).toContain(zone);
  });

  it('is the zone Date works in', () => {
    const expected = OFFSETS[zone]!;
    expect(new Date(2026, 0, 15, 12).getTimezoneOffset()).toBe(expected.january);
    expect(new Date(2026, 6, 15, 12).getTimezoneOffset()).toBe(expected.july);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });
});
