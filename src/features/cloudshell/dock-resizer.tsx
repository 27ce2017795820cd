/**
 * The edge above docked CloudShell that sets its height, as the console's docked CloudShell is
 * resized: drag it, or focus it (Tab) and press Up / Down (Shift for larger steps), Home / End for
 * the smallest and largest. A horizontal separator with the height in aria-valuenow. The height is
 * the CSS variable --dock-height (the screen above scrolls in what is left) and is kept in this
 * browser for the next time CloudShell is docked.
 */
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

export const DOCK_HEIGHT_KEY = 'kms-lab:dock-height';
export const MIN_DOCK = 160;
/** Room kept for the screen above: the top bar and a few lines. */
const ROOM_ABOVE = 180;

const maxDock = () => Math.max(MIN_DOCK, (window.innerHeight || 800) - ROOM_ABOVE);
const clamp = (h: number) => Math.round(Math.min(maxDock(), Math.max(MIN_DOCK, h)));

function saved(): number | undefined {
  try {
    const n = Number(localStorage.getItem(DOCK_HEIGHT_KEY));
    return Number.isFinite(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

function apply(height: number | undefined): void {
  const style = document.documentElement.style;
  if (height === undefined) style.removeProperty('--dock-height');
  else style.setProperty('--dock-height', `${height}px`);
}

/** Placed first in the dock: it measures and resizes its parent (the dock). */
export function DockResizer() {
  const self = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState<number>(() => saved() ?? 0);
  const drag = useRef<{ y: number; height: number } | null>(null);

  useLayoutEffect(() => {
    const kept = saved();
    if (kept !== undefined) apply(clamp(kept));
    const dock = self.current?.parentElement;
    const measure = () => Math.round(dock?.getBoundingClientRect().height || kept || MIN_DOCK);
    setHeight(measure());
    // The dock's stylesheet may arrive after it is shown, and the window may be resized: the handle says the height drawn.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => setHeight(measure())) : undefined;
    if (dock) observer?.observe(dock);
    return () => {
      observer?.disconnect();
      apply(undefined);
    };
  }, []);

  const set = (h: number) => {
    const next = clamp(h);
    apply(next);
    setHeight(next);
    try {
      localStorage.setItem(DOCK_HEIGHT_KEY, String(next));
    } catch {
      // Not remembered; the height still applies now.
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 100 : 20;
    const next = { ArrowUp: height + step, ArrowDown: height - step, Home: MIN_DOCK, End: maxDock() }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    set(next);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { y: e.clientY, height };
  };
  const onPointerMove = (e: PointerEvent) => {
    // Dragging up makes CloudShell taller.
    if (drag.current) set(drag.current.height + drag.current.y - e.clientY);
  };
  const end = () => (drag.current = null);

  return (
    <div
      ref={self}
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize CloudShell"
      aria-valuenow={height}
      aria-valuemin={MIN_DOCK}
      aria-valuemax={maxDock()}
      aria-valuetext={`${height} pixels high`}
      tabIndex={0}
      className="cloudshell-panel__resizer"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
    />
  );
}
