/**
 * The DOM side of keyboard-only mode (keyboard-mode.ts): functions Playwright serializes and runs
 * in the page, so each is self-contained (no imports, no outer variables).
 */

/** The focusable control a click on `el` operates: itself, the button or link around it, a label's control. */
export function controlOf(el: Element): Element | null {
  const focusable = 'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';
  if (el instanceof HTMLLabelElement && el.control) return el.control;
  const c = el.closest(focusable);
  if (c) return c;
  const label = el.closest('label');
  return label?.control ?? null;
}

/** The key that activates the control; '' for fields, which a click only focuses. */
export function keyFor(el: Element): string {
  const role = el.getAttribute('role') ?? '';
  if (el instanceof HTMLInputElement) {
    if (el.type === 'checkbox' || el.type === 'radio') return 'Space';
    return ['button', 'submit', 'reset', 'image'].includes(el.type) ? 'Enter' : '';
  }
  if (['checkbox', 'radio', 'switch', 'menuitemcheckbox', 'menuitemradio'].includes(role)) return 'Space';
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement).isContentEditable) return '';
  return 'Enter';
}

export function isChecked(el: Element): boolean {
  return el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true';
}

/** An item of a popup widget with roving focus (not in the Tab order itself). */
export function inPopupWidget(el: Element): boolean {
  return (
    /^(menuitem|menuitemradio|menuitemcheckbox|option|treeitem)$/.test(el.getAttribute('role') ?? '') &&
    // Out of the Tab order, or the roving item (tabindex 0) of a widget that has focus.
    ((el as HTMLElement).tabIndex < 0 || !!el.closest('[role=menu], [role=menubar], [role=listbox], [role=tree]')?.contains(document.activeElement)) &&
    !!el.closest('[role=menu], [role=menubar], [role=listbox], [role=tree]')
  );
}

/** The outline and box-shadow of the element and its three nearest ancestors. */
export function ringsAround(el: Element): string[] {
  const out: string[] = [];
  for (let e: Element | null = el; e && out.length < 4; e = e.parentElement) {
    const s = getComputedStyle(e);
    out.push(`${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} / ${s.boxShadow}`);
  }
  return out;
}

/**
 * Why focus on the element cannot be seen, or '' when it can: `:focus-visible` must match, and
 * the element must show an outline or box-shadow, different from its unfocused look when that
 * is known (`before`); or, failing that, an ancestor within three levels must show a ring it did
 * not show unfocused (a container's :focus-within ring, as the CloudShell terminal has).
 */
export function focusRingMissing(el: Element, before: string[] | undefined): string {
  if (!el.matches(':focus-visible')) return ':focus-visible does not match';
  const shows = (e: Element) => {
    const s = getComputedStyle(e);
    return (
      (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== 'rgba(0, 0, 0, 0)') || (s.boxShadow !== 'none' && s.boxShadow !== '')
    );
  };
  const now: string[] = [];
  const chain: Element[] = [];
  for (let e: Element | null = el; e && chain.length < 4; e = e.parentElement) {
    const s = getComputedStyle(e);
    chain.push(e);
    now.push(`${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} / ${s.boxShadow}`);
  }
  const r = el.getBoundingClientRect();
  const hidden = r.width <= 2 || r.height <= 2; // a visually hidden input: its ring cannot be seen
  if (!hidden && shows(el) && (!before || before[0] !== now[0])) return '';
  // A label around or for a visually hidden input, or a container showing focus inside it.
  const label = (el as HTMLInputElement).labels?.[0];
  if (label && shows(label) && label.matches(':focus-within, :has(:focus-visible)')) return '';
  for (let i = 1; i < chain.length; i++) if (before && shows(chain[i]!) && before[i] !== now[i]) return '';
  const s = getComputedStyle(el);
  return `${hidden ? 'visually hidden; ' : ''}outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow}${before && shows(el) ? ', the same as unfocused' : ''}`;
}

/** A short description of an element for error messages. */
export function describe(node: Node | null): string {
  const el = node as Element | null;
  if (!el) return 'nothing';
  if (el === document.body) return 'the page (body)';
  const attrs = ['role', 'type', 'aria-label', 'class', 'tabindex'].map((a) => (el.hasAttribute(a) ? ` ${a}="${el.getAttribute(a)}"` : '')).join('');
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${el.tagName.toLowerCase()}${attrs}>${text ? ` "${text}"` : ''}`;
}
