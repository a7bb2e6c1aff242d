import { describe, expect, it } from 'vitest';
import { auditChanges, auditRecordLabel } from './changes';

describe('auditChanges', () => {
  it('an update lists only the fields that changed, old and new, without updatedAt', () => {
    const before = {
      id: '1',
      name: { ru: 'Первомайский', ky: 'Биринчи май' },
      population: 250000,
      updatedAt: 'a',
    };
    const after = {
      id: '1',
      name: { ru: 'Первомайский район', ky: 'Биринчи май' },
      population: 250000,
      updatedAt: 'b',
    };
    expect(auditChanges(before, after)).toEqual([
      { path: 'name.ru', before: 'Первомайский', after: 'Первомайский район' },
    ]);
  });

  it('a create shows every field as new; a delete every field as old', () => {
    expect(auditChanges(undefined, { a: 1, b: [true, null] })).toEqual([
      { path: 'a', after: '1' },
      { path: 'b.0', after: 'true' },
      { path: 'b.1', after: '∅' },
    ]);
    expect(auditChanges({ a: 'x' }, undefined)).toEqual([{ path: 'a', before: 'x' }]);
  });

  it('a plain value (a setting) has an empty path; added and removed fields show one side', () => {
    expect(auditChanges('ru', 'ky')).toEqual([{ path: '', before: 'ru', after: 'ky' }]);
    expect(auditChanges({ a: 1 }, { b: 2 })).toEqual([
      { path: 'a', before: '1' },
      { path: 'b', after: '2' },
    ]);
  });

  it('labels a record by its name or title', () => {
    const pick = (t: { ru?: string }) => t.ru ?? '';
    expect(auditRecordLabel({ name: { ru: 'Алаарча' } }, pick)).toBe('Алаарча');
    expect(auditRecordLabel({ title: 'План' }, pick)).toBe('План');
    expect(auditRecordLabel({ id: 'x' }, pick)).toBeUndefined();
    expect(auditRecordLabel('ky', pick)).toBeUndefined();
  });
});
