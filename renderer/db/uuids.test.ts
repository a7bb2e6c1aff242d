import { describe, expect, it } from 'vitest';
import { randomUuids } from './uuids';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomUuids', () => {
  it('gives as many distinct version-4 UUIDs as asked, across the random-bytes calls', () => {
    const ids = randomUuids(10_001);
    expect(ids).toHaveLength(10_001);
    expect(ids.every((id) => V4.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(10_001);
    expect(randomUuids(0)).toEqual([]);
  });

  it('uses every hex digit where the bytes are random (not a constant pattern)', () => {
    const ids = randomUuids(200);
    // Position 0 and position 19 (the variant nibble: only 8, 9, a, b).
    expect(new Set(ids.map((id) => id[0])).size).toBe(16);
    expect(new Set(ids.map((id) => id[19]))).toEqual(new Set(['8', '9', 'a', 'b']));
  });
});
