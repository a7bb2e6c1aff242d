import { describe, expect, it } from 'vitest';
import { decision } from '../../tests/fixtures/working-group';
import { isOverdue, sortDecisions } from './decisions';

describe('decisions register order', () => {
  it('puts overdue first, then open by due date, then done and cancelled', () => {
    const m = 'm';
    const done = decision(m, 'done', { status: 'done', dueDate: '2026-01-01' });
    const late = decision(m, 'late', { dueDate: '2026-03-01' });
    const soon = decision(m, 'soon', { dueDate: '2026-05-01' });
    const undated = decision(m, 'undated');
    const cancelled = decision(m, 'cancelled', { status: 'cancelled' });
    const order = sortDecisions([cancelled, done, undated, soon, late], '2026-04-01').map(
      (d) => d.text.ru,
    );
    expect(order).toEqual(['late', 'soon', 'undated', 'done', 'cancelled']);
    expect(isOverdue(late, '2026-04-01')).toBe(true);
    expect(isOverdue(done, '2026-04-01')).toBe(false);
    expect(isOverdue(late, '2026-03-01')).toBe(false);
  });
});
