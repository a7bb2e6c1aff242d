import { describe, expect, it } from 'vitest';
import { checkPlanPriorities, type DecidedPriorities } from './plan-priorities-check';

const decision: DecidedPriorities = {
  selected: ['road-safety', 'child-abuse', 'market-theft'],
  titles: new Map([
    ['road-safety', { ru: 'Безопасность дорожного движения', ky: 'Жол кыймылынын коопсуздугу' }],
    ['child-abuse', { ru: 'Жестокое обращение с детьми' }],
    ['market-theft', { ru: 'Кражи на рынках «Аламедин» и «Дордой»' }],
  ]),
};
const id = (n: number) => `p${n}`;

describe('plan priorities against the latest decision', () => {
  it('is consistent when every chosen problem is linked, in any order', () => {
    const check = checkPlanPriorities(
      [
        { id: id(1), title: { ru: 'Рынки' }, problemCode: 'market-theft' },
        { id: id(2), title: { ru: 'Дети' }, problemCode: 'child-abuse' },
        { id: id(3), title: { ru: 'ПДД' }, problemCode: 'road-safety' },
      ],
      decision,
    );
    expect(check).toEqual({ missing: [], extra: [], consistent: true });
  });

  it('counts a typed priority whose title is the problem’s in another language, case and quotes aside', () => {
    const check = checkPlanPriorities(
      [
        { id: id(1), title: { ky: 'жол кыймылынын  КООПСУЗДУГУ' } },
        { id: id(2), title: { ru: 'Жестокое обращение с детьми' } },
        { id: id(3), title: { ru: 'Кражи на рынках "Аламедин" и "Дордой"' } },
      ],
      decision,
    );
    expect(check.consistent).toBe(true);
  });

  it('names the chosen problems the plan lacks and the plan priorities that were not chosen', () => {
    const other = {
      id: id(2),
      title: { ru: 'Суицид среди подростков' },
      problemCode: 'teen-suicide',
    };
    const typed = { id: id(3), title: { ru: 'Бродячие собаки' } };
    const check = checkPlanPriorities(
      [{ id: id(1), title: { ru: 'x' }, problemCode: 'road-safety' }, other, typed],
      decision,
    );
    expect(check.missing).toEqual(['child-abuse', 'market-theft']);
    expect(check.extra).toEqual([other, typed]);
    expect(check.consistent).toBe(false);
    expect(checkPlanPriorities([], decision).missing).toEqual(decision.selected);
  });
});
