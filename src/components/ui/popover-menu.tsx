/**
 * DisclosureMenu's panel on Radix's popover primitive, loaded when a menu is first used
 * (disclosure-menu.tsx). Mounted open: the button that mounts it was just pressed. Not modal and
 * not in a portal: the panel follows its button in the Tab order, and the page stays usable.
 */
import * as Popover from '@radix-ui/react-popover';
import { useRef, useState } from 'react';
import type { DisclosureMenuProps } from './disclosure-menu';

export default function PopoverMenu({ label, ariaLabel, panelLabel, className, children, align = 'start' }: DisclosureMenuProps) {
  const [open, setOpen] = useState(true);
  const button = useRef<HTMLButtonElement>(null);
  // Closed by a choice (close()): focus is already where it belongs, Radix must not move it later
  // (a dialog the choice opened has it by then).
  const chosen = useRef(false);
  const close = (refocus = true) => {
    chosen.current = true;
    // At once, not after the panel is gone: a dialog the choice opens gives focus back to the button.
    // close(false): a link was followed; focus goes where the new screen puts it.
    if (refocus) button.current?.focus();
    setOpen(false);
  };
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <div className={`disclosure ${className ?? ''}`}>
        <Popover.Trigger ref={button} className="button button--on-dark disclosure__button" aria-label={ariaLabel}>
          {label} <span aria-hidden="true">▾</span>
        </Popover.Trigger>
        <Popover.Content
          className="disclosure__panel"
          aria-label={panelLabel ?? ariaLabel ?? (typeof label === 'string' ? label : undefined)}
          align={align}
          sideOffset={4}
          collisionPadding={8}
          onCloseAutoFocus={(e) => {
            if (chosen.current) e.preventDefault();
            chosen.current = false;
          }}
        >
          {children(close)}
        </Popover.Content>
      </div>
    </Popover.Root>
  );
}
