/**
 * A menu button on Radix's dropdown menu (the WAI-ARIA "Menu Button" pattern as Radix gives it):
 * Enter, Space or ArrowDown open the menu on its first item, ArrowUp on its last; arrows, Home,
 * End and typing a letter move; Enter or Space choose; Escape and Tab close it, Escape giving
 * focus back to the button. Unavailable items are shown greyed and say so (aria-disabled), as the
 * console greys out actions the selection does not allow; the arrows pass over them.
 *
 * Not modal and not in a portal: the page keeps scrolling (a modal menu locks the scroll with a
 * <style> element the site's Content-Security-Policy refuses) and the menu follows its button.
 */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useRef } from 'react';

export interface MenuItem {
  label: string;
  disabled?: boolean;
  onSelect(): void;
}

export function MenuButton({ label, items, disabled }: { label: string; items: MenuItem[]; disabled?: boolean }) {
  const button = useRef<HTMLButtonElement>(null);
  // An item was chosen: focus is on the button already (or in the dialog the item opened).
  const chosen = useRef(false);
  return (
    <div className="kms-menu">
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger ref={button} className="button" disabled={disabled}>
          {label} <span aria-hidden="true">▾</span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content
          className="kms-menu__list"
          aria-label={label}
          align="end"
          sideOffset={4}
          collisionPadding={8}
          loop
          onCloseAutoFocus={(e) => {
            if (chosen.current) e.preventDefault();
            chosen.current = false;
          }}
        >
          {items.map((item) => (
            <DropdownMenu.Item
              key={item.label}
              className="kms-menu__item"
              disabled={item.disabled}
              onSelect={() => {
                // Focus back on the button first: a dialog the choice opens gives focus back to it.
                chosen.current = true;
                button.current?.focus();
                item.onSelect();
              }}
            >
              {item.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Root>
    </div>
  );
}
