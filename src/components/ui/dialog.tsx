/**
 * A modal dialog on Radix's dialog primitive: focus moves into it (to the field marked
 * `data-autofocus`, else the first control), Tab cycles inside it, Escape and a click on the
 * backdrop close it, focus goes back to what opened it, and the rest of the page is hidden from
 * assistive technology and the pointer while it is open.
 */
import * as RadixDialog from '@radix-ui/react-dialog';
import { useRef, type ReactNode } from 'react';
import './dialog.css';

interface Props {
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
  /** The buttons at the bottom (Cancel, Delete...). */
  footer?: ReactNode;
}

/** Render it only while open: `{open && <Dialog .../>}`. */
export function Dialog({ title, onClose, children, footer }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // What had focus when the dialog opened (the dialog has no Radix trigger to give it back to).
  const opener = useRef<Element | null>(null);
  if (opener.current === null && typeof document !== 'undefined') opener.current = document.activeElement;
  return (
    <RadixDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <RadixDialog.Portal>
        {/*
          The backdrop scrolls a dialog taller than the window. A plain element, not Radix's
          Overlay: the Overlay locks the page's scroll with a <style> element, which the site's
          Content-Security-Policy (style-src 'self') refuses. A press on it is outside the dialog,
          which closes it.
        */}
        <div className="dialog-backdrop">
          <RadixDialog.Content
            ref={ref}
            className="dialog"
            aria-modal="true"
            aria-describedby={undefined}
            onOpenAutoFocus={(e) => {
              const wanted = ref.current?.querySelector<HTMLElement>('[data-autofocus]');
              if (wanted) {
                e.preventDefault();
                wanted.focus();
              }
            }}
            onCloseAutoFocus={(e) => {
              // Back to the opener, if it is still on the page.
              const back = opener.current;
              if (back instanceof HTMLElement && back.isConnected) {
                e.preventDefault();
                back.focus();
              }
            }}
          >
            <RadixDialog.Title className="dialog__title">{title}</RadixDialog.Title>
            <div className="dialog__body">{children}</div>
            {footer && <div className="dialog__footer">{footer}</div>}
          </RadixDialog.Content>
        </div>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
