/**
 * The handle at a column header's right edge that resizes the column, as in the console's
 * tables: drag it with the pointer, or focus it (Tab) and press the arrow keys (Shift for larger
 * steps). A separator with its width in aria-valuenow, so screen readers say how wide it is.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

export const MIN_COLUMN = 64;
export const MAX_COLUMN = 960;

interface Props {
  /** The column's name: "Resize column Key ID". */
  header: string;
  width: number;
  onResize(width: number): void;
}

export function ColumnResizer({ header, width, onResize }: Props) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const set = (w: number) => onResize(Math.round(Math.min(MAX_COLUMN, Math.max(MIN_COLUMN, w))));
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 50 : 10;
    const next = { ArrowLeft: width - step, ArrowRight: width + step, Home: MIN_COLUMN, End: MAX_COLUMN }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    set(next);
  };
  const onPointerDown = (e: PointerEvent<HTMLSpanElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { x: e.clientX, width };
  };
  const onPointerMove = (e: PointerEvent) => {
    if (drag.current) set(drag.current.width + e.clientX - drag.current.x);
  };
  const end = () => (drag.current = null);
  return (
    <span
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize column ${header}`}
      aria-valuenow={width}
      aria-valuemin={MIN_COLUMN}
      aria-valuemax={MAX_COLUMN}
      aria-valuetext={`${width} pixels`}
      tabIndex={0}
      className="table__resizer"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
    />
  );
}
