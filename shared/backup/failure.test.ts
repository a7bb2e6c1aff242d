import { describe, expect, it } from 'vitest';
import { backupFailureKind } from './failure';

describe('backup failure kinds', () => {
  it.each([
    ['timeout', 'timeout'],
    ['renderer-gone: crashed', 'crashed'],
    ['renderer-gone: unresponsive', 'crashed'],
    ['renderer: QuotaExceededError', 'renderer'],
    ['not a backup file', 'renderer'],
    ["ENOSPC: no space left on device, open 'C:\\\\…'", 'disk'],
  ])('%s is told as %s', (reason, kind) => {
    expect(backupFailureKind(reason)).toBe(kind);
  });
});
