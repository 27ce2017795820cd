/**
 * A button that opens a panel of choices (the top bar's Services, identity and time menus). A
 * disclosure rather than an ARIA menu: the panel holds ordinary links, buttons and inputs, so
 * Tab works inside it as everywhere else. Escape and a click outside close it; Escape returns
 * focus to the button.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** The button's content. */
  label: ReactNode;
  /** The button's accessible name when its content is not enough. */
  ariaLabel?: string;
  className?: string;
  /** The panel; `close` closes it after a choice (`close(false)` leaves focus where it is, for links). */
  children(close: (refocus?: boolean) => void): ReactNode;
  align?: 'start' | 'end';
}

export function DisclosureMenu({ label, ariaLabel, className, children, align = 'start' }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof Node && !root.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open]);

  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  return (
    <div
      ref={root}
      className={`disclosure ${className ?? ''}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="button button--on-dark disclosure__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={ariaLabel}
        onClick={() => setOpen(!open)}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} hidden={!open} className={`disclosure__panel disclosure__panel--${align}`}>
        {open && children(close)}
      </div>
    </div>
  );
}
