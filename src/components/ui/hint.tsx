/**
 * A short explanation shown beside a control on hover and on keyboard focus, as the console's
 * tooltips are (Radix's tooltip: it opens after a short pause, closes on Escape or when the
 * pointer or focus leaves, and the control is described by its text for screen readers).
 *
 * Radix's code loads with the first hint on the page; until then the control is shown as it is,
 * with its text as the browser's own tooltip (`title`), so the first screen carries no more code.
 */
import { cloneElement, lazy, Suspense, type ReactElement } from 'react';

export interface HintProps {
  text: string;
  /** One element that can take focus (a button, a link, or an element with tabIndex 0). */
  children: ReactElement<{ title?: string }>;
}

const TooltipHint = lazy(() => import('./tooltip-hint'));

export function Hint({ text, children }: HintProps) {
  return (
    <Suspense fallback={cloneElement(children, { title: text })}>
      <TooltipHint text={text}>{children}</TooltipHint>
    </Suspense>
  );
}
