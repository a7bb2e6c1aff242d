import { startTransition, useEffect, useState } from 'react';

/**
 * Runs `callback` once the next frame is on screen: a requestAnimationFrame callback runs just
 * before that frame's paint, the timeout set in it right after. Returns the cancel function.
 */
export function afterPaint(callback: () => void): () => void {
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timeout = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timeout !== undefined) clearTimeout(timeout);
  };
}

/**
 * False while a component's first frame is drawn, true right after it was painted: what the
 * component draws while this is false reaches the screen in the frame of the click that showed it,
 * and the rest follows as an interruptible update (issue 18: the analysis tab's first figures).
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => startTransition(() => setPainted(true))), []);
  return painted;
}

/**
 * The value shown before `value`, kept until the frame showing `value` is painted, then null: a
 * screen keeps the part it leaves mounted (hidden) for that one frame, so taking it down (a long
 * form's effects and elements) does not delay drawing the part it goes to (issue 18).
 */
export function useLeaving<T>(value: T): T | null {
  const [seen, setSeen] = useState(value);
  const [leaving, setLeaving] = useState<T | null>(null);
  if (seen !== value) {
    setSeen(value);
    setLeaving(seen);
  }
  useEffect(() => {
    if (leaving === null) return;
    return afterPaint(() => startTransition(() => setLeaving(null)));
  }, [leaving]);
  return leaving === value ? null : leaving;
}
