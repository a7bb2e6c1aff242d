import { describe, expect, it } from 'vitest';
import { rollUp, rollUpBy } from './progress';

const items = [
  { objective: 'o1', percent: 100, budgetTyiyn: 1_000 },
  { objective: 'o1', percent: 0, budgetTyiyn: 3_000 },
  { objective: 'o2', percent: 50, budgetTyiyn: 0 },
];

describe('progress roll-up', () => {
  it('weighs activities equally or by budget', () => {
    expect(rollUp(items, 'equal')).toBe(50);
    expect(rollUp(items, 'budget')).toBe(25);
  });

  it('falls back to equal weights where no activity has a budget, and gives nothing for none', () => {
    expect(rollUp([items[2]!, { percent: 10, budgetTyiyn: 0 }], 'budget')).toBe(30);
    expect(rollUp([], 'equal')).toBeNull();
  });

  it('rolls up per group', () => {
    const byObjective = rollUpBy(items, (i) => i.objective, 'budget');
    expect([...byObjective]).toEqual([
      ['o1', 25],
      ['o2', 50],
    ]);
    expect(rollUpBy(items, (i) => i.objective, 'equal').get('o1')).toBe(50);
  });
});
