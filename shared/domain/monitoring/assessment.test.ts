import { describe, expect, it } from 'vitest';
import { netOfComparison, outcomeVerdict, proposeImplementation } from './assessment';

const done = { status: 'done', percent: 100 } as const;
const half = { status: 'inProgress', percent: 50 } as const;
const idle = { status: 'planned', percent: 0 } as const;

describe('assessment of a priority', () => {
  it('proposes whether the response was carried out as planned', () => {
    expect(proposeImplementation([done, done], 0.95)).toBe('yes');
    expect(proposeImplementation([done, done], null)).toBe('yes');
    expect(proposeImplementation([done, done], 0.5)).toBe('partly');
    expect(proposeImplementation([done, half], 1)).toBe('partly');
    expect(proposeImplementation([idle, idle], 0.05)).toBe('no');
    expect(proposeImplementation([idle, idle], 0.2)).toBe('partly');
    expect(proposeImplementation([{ status: 'cancelled', percent: 0 }], 0.5)).toBe('no');
    expect(proposeImplementation([], null)).toBe('no');
  });

  it('calls an outcome improved or worsened only beyond the margin', () => {
    const fell = { change: -0.12, margin: 0.07, measurable: true };
    expect(outcomeVerdict(fell, 'down')).toBe('improved');
    expect(outcomeVerdict(fell, 'up')).toBe('worsened');
    expect(outcomeVerdict({ change: -0.05, margin: 0.07, measurable: false }, 'down')).toBe(
      'noMeasurableChange',
    );
  });

  it('nets out the comparison area’s change, widening the margin', () => {
    const area = { change: -0.12, margin: 0.06, measurable: true };
    const comparison = { change: -0.08, margin: 0.08, measurable: true };
    const net = netOfComparison(area, comparison);
    expect(net.change).toBeCloseTo(-0.04, 10);
    expect(net.margin).toBeCloseTo(0.1, 10);
    expect(net.measurable).toBe(false);
    expect(netOfComparison(area, undefined)).toBe(area);
  });
});
