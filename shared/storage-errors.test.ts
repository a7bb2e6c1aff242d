import { describe, expect, it } from 'vitest';
import { isQuotaError } from './storage-errors';

const quota = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });

describe('isQuotaError', () => {
  it('finds the quota error itself and wrapped as Dexie wraps it', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota() })).toBe(true);
    expect(isQuotaError(new Error('write failed', { cause: quota() }))).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [new Error('x'), quota()] })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: { 3: quota() } })).toBe(true);
  });

  it('is false for other errors and non-errors', () => {
    expect(isQuotaError(new Error('constraint'))).toBe(false);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});
