/*
 * Axis pieces shared by the app's Recharts charts, so that long Russian and Kyrgyz names stay
 * readable on a 1024-pixel office screen: category labels wrap at spaces within the room each one
 * has, are cut with «…» after a few lines, and carry their whole text as a tooltip (<title>).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { Text } from 'recharts';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  textAnchor?: string;
  verticalAnchor?: string;
  fill?: string;
  fontSize?: number | string;
  className?: string;
}

/** A tick renderer for a category axis: `width` px per label, at most `lines` lines. */
export function wrappedTick(width: number, lines: number) {
  return function WrappedTick(props: TickProps) {
    const full = String(props.payload?.value ?? '');
    return (
      <g>
        <title>{full}</title>
        <Text
          x={Number(props.x)}
          y={Number(props.y)}
          width={Math.max(20, width)}
          maxLines={lines}
          textAnchor={(props.textAnchor as 'start' | 'middle' | 'end') ?? 'middle'}
          verticalAnchor={(props.verticalAnchor as 'start' | 'middle' | 'end') ?? 'start'}
          fill={props.fill ?? '#495057'}
          fontSize={props.fontSize}
          className={props.className}
        >
          {full}
        </Text>
      </g>
    );
  };
}

/** Height of a category X axis whose labels take up to `lines` lines of `fontSize` px. */
export function wrappedAxisHeight(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * 1.2) + 12;
}

/**
 * The width a chart may take: its container's, at most `max` and at least `min` (charts are drawn
 * at a fixed pixel size; a fixed 960 pixels spilled out of a 1024-pixel window beside the
 * navigation). A hidden container (0 wide) keeps the last width.
 */
export function useFitWidth(max: number, min = 320): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(max);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      if (element.clientWidth > 0)
        setWidth(Math.max(min, Math.min(max, Math.floor(element.clientWidth))));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [max, min]);
  return [ref, width];
}

/** Legend text in dark grey beside its colour square: a pale series colour is unreadable as text. */
export function legendText(value: unknown) {
  return <span style={{ color: '#343a40' }}>{String(value)}</span>;
}
