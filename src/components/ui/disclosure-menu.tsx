/**
 * A button that opens a panel of choices (the top bar's Services, identity, time and settings
 * menus, CloudShell's Actions). A popover rather than an ARIA menu: the panel holds ordinary
 * links, buttons and inputs, so Tab works inside it as everywhere else.
 *
 * The panel is Radix's popover (popover-menu.tsx: focus moves into the panel when it opens,
 * Escape, a click outside or focus leaving close it, Escape gives focus back to the button; it
 * stays inside the window at any width or zoom). The top bar is on the first screen and its
 * menus are not open there, so Radix's code loads when a menu's button is first pointed at,
 * focused or pressed; until then the button is this plain one.
 */
import { lazy, Suspense, useState, type ReactNode } from 'react';

export interface DisclosureMenuProps {
  /** The button's content. */
  label: ReactNode;
  /** The button's accessible name when its content is not enough. */
  ariaLabel?: string;
  /** The panel's accessible name (the button's when omitted). */
  panelLabel?: string;
  className?: string;
  /** The panel; `close` closes it after a choice (`close(false)` leaves focus where it is, for links). */
  children(close: (refocus?: boolean) => void): ReactNode;
  align?: 'start' | 'end';
}

const load = () => import('./popover-menu');
const PopoverMenu = lazy(load);

export function DisclosureMenu(props: DisclosureMenuProps) {
  // Once pressed, the Radix popover takes over this menu (opened on its first render).
  const [pressed, setPressed] = useState(false);
  const plain = (
    <div className={`disclosure ${props.className ?? ''}`}>
      <button
        type="button"
        className="button button--on-dark disclosure__button"
        aria-expanded={pressed}
        aria-haspopup="dialog"
        aria-label={props.ariaLabel}
        onPointerEnter={() => void load()}
        onFocus={() => void load()}
        onClick={() => setPressed(true)}
      >
        {props.label} <span aria-hidden="true">▾</span>
      </button>
    </div>
  );
  if (!pressed) return plain;
  return (
    <Suspense fallback={plain}>
      <PopoverMenu {...props} />
    </Suspense>
  );
}
