import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { claimSingleInstance } from './single-instance';

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, () => void>();
  return {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    on: vi.fn((name: string, listener: () => void) => listeners.set(name, listener)),
    emit: (name: string) => listeners.get(name)?.(),
  };
}

function fakeWindow(minimized: boolean) {
  return {
    isMinimized: vi.fn(() => minimized),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('single instance', () => {
  it('quits at once when another copy is running', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as never, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('brings the first window back when a second copy starts', () => {
    const app = fakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(app as never, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('focuses without restoring a window that is not minimized', () => {
    const app = fakeApp(true);
    const window = fakeWindow(false);
    claimSingleInstance(app as never, () => window);
    app.emit('second-instance');
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('ignores a second start before the window exists', () => {
    const app = fakeApp(true);
    claimSingleInstance(app as never, () => null);
    expect(() => app.emit('second-instance')).not.toThrow();
  });
});
