/**
 * Keyboard-only mode (issue 8): in the `keyboard` project (playwright.config.ts) every journey runs
 * as a learner who has no mouse. Playwright's Locator (and Page, Mouse) methods are patched once, so journeys keep
 * their ordinary `locator.click()` and each action is done the way a keyboard user does it
 * (over 300 lines: one patch of Playwright's methods and the checks it makes, kept together):
 *
 * - click(): the element (or the control it belongs to: a button's icon, a label's input) must be
 *   in the sequential Tab order, proved by Shift+Tab then Tab (or Tab then Shift+Tab at an edge of
 *   the page or of a dialog) landing on it again; its focus must be visible (`:focus-visible` and a
 *   visible outline or box-shadow); then Enter (buttons, links, summary, tabs, menu items) or Space
 *   (checkboxes, radios, switches) activates it. A text field, select or other field is "clicked"
 *   by focusing it.
 * - Composite widgets have one Tab stop (radio groups, tab lists, grids): the round trip may land
 *   on another member of the same group; the arrow keys must then reach the target (ArrowRight in
 *   a tab list, ArrowDown elsewhere), selecting radios and tabs on the way as a keyboard user does.
 *   Items of an open menu, listbox or tree (role menuitem/option/treeitem, tabindex -1) are not
 *   Tabbed to (Tab closes a menu, by the APG pattern): focus must already be in their widget (the
 *   menu button put it there) and ArrowDown must reach them; then Enter. Focusing them by script
 *   would also skip the widget's own state (which item Enter chooses).
 * - check()/uncheck()/setChecked(): the same, pressing Space only when the state must change.
 * - fill()/type()/pressSequentially()/selectOption(): the field must be tabbable with visible
 *   focus; then Playwright's own (typing is keyboard; a native select is operable by keyboard).
 * - focus(): the element must be tabbable (reached as above) or already focused by the app (a
 *   heading the app moves focus to); a script's focus on anything else is refused.
 * - setInputFiles(): stays (the browser's file chooser), but the way to open it must be
 *   keyboard-operable: the input itself if it is tabbable, otherwise the nearest button around it.
 * - hover, dblclick, dragTo, tap and page.mouse throw: they are mouse-only actions.
 *
 * Any failure throws an error naming the element and the reason ("not reachable with Tab",
 * "focus not visible", ...). `keyboardOnly(page)` turns the mode on for one page (the `site` fixture
 * does it for every page in the keyboard project; e2e/keyboard-mode.e2e.ts proves with it that the
 * mode can fail, in both projects).
 * - Focus is never lost: an action that finds focus on <body> after the previous keyboard action
 *   (not after a goto or reload) fails, naming that previous action: it left a keyboard user
 *   nowhere (a button that removed itself without handing focus on).
 */
import type { ElementHandle, Locator, Page } from '@playwright/test';
import { controlOf, describe, focusRingMissing, inPopupWidget, isChecked, keyFor, ringsAround } from './keyboard-mode-dom';

const forced = new WeakSet<Page>();
/** The last keyboard action on each page, to name it when the next one finds focus lost. */
const lastAction = new WeakMap<Page, string>();
let installed = false;

const keyboardOn = (page: Page) => forced.has(page);

/** Whether this page is operated with the keyboard alone. */
export const isKeyboardOnly = (page: Page): boolean => forced.has(page);

/** Keyboard-only mode for this page. */
export function keyboardOnly(page: Page): void {
  installKeyboardMode(page);
  forced.add(page);
}

type Options = { timeout?: number; trial?: boolean; force?: boolean; button?: string; modifiers?: string[]; clickCount?: number };
type Fn = (this: Locator, ...args: never[]) => Promise<unknown>;

/** Patches the prototypes once (they are shared by every page); does nothing until the mode is on. */
export function installKeyboardMode(page: Page): void {
  if (installed) return;
  installed = true;
  const proto = Object.getPrototypeOf(page.locator('body')) as Record<string, Fn>;
  const original = (name: string) => proto[name]!;
  const wrap = (name: string, keyboard: (l: Locator, orig: Fn, args: unknown[]) => Promise<unknown>) => {
    const orig = original(name);
    proto[name] = function (this: Locator, ...args: unknown[]) {
      return keyboardOn(this.page()) ? keyboard(this, orig, args) : orig.apply(this, args as never[]);
    } as Fn;
  };

  wrap('click', (l, _o, [options]) => activate(l, (options ?? {}) as Options));
  // setChecked calls check or uncheck; pressSequentially calls type.
  wrap('check', (l, _o, [options]) => setChecked(l, true, (options ?? {}) as Options));
  wrap('uncheck', (l, _o, [options]) => setChecked(l, false, (options ?? {}) as Options));
  for (const name of ['fill', 'type', 'selectOption']) {
    wrap(name, async (l, orig, args) => {
      const options = (args[1] ?? {}) as Options;
      const el = await waitActionable(l, options, name === 'selectOption' ? 'enabled' : 'editable');
      await reach(l, el);
      return orig.apply(l, args as never[]);
    });
  }
  wrap('focus', async (l, _o, [options]) => {
    const el = await l.elementHandle(options as Options);
    // Focus the app itself put there (a new card's heading) is where a keyboard user already is.
    if (await el.evaluate((e) => e === document.activeElement)) return;
    if (await el.evaluate((e) => (e as HTMLElement).tabIndex < 0))
      throw new Error(`Keyboard-only mode: focus() on ${l}: it is not in the Tab order and the app did not move focus there`);
    await reach(l, el);
  });
  wrap('setInputFiles', async (l, orig, args) => {
    await fileChooserOpener(l);
    return orig.apply(l, args as never[]);
  });
  for (const name of ['hover', 'dblclick', 'dragTo', 'tap']) {
    wrap(name, async (l) => {
      throw new Error(`Keyboard-only mode: ${name} on ${l} is a mouse-only action; use the keyboard alternative`);
    });
  }

  for (const name of ['goto', 'reload', 'goBack', 'goForward', 'setContent']) {
    const orig = (Object.getPrototypeOf(page) as Record<string, (this: Page, ...args: never[]) => Promise<unknown>>)[name]!;
    (Object.getPrototypeOf(page) as Record<string, unknown>)[name] = function (this: Page, ...args: never[]) {
      lastAction.delete(this); // focus starts on the page after a navigation by script
      return orig.apply(this, args);
    };
  }
  // The selector forms (page.click('text=...')) go through the patched locator methods.
  const pageProto = Object.getPrototypeOf(page) as Record<string, (this: Page, ...args: never[]) => Promise<unknown>>;
  for (const name of ['click', 'dblclick', 'check', 'uncheck', 'setChecked', 'fill', 'type', 'hover', 'tap', 'selectOption', 'setInputFiles']) {
    const orig = pageProto[name]!;
    pageProto[name] = function (this: Page, selector: string, ...rest: unknown[]) {
      if (!keyboardOn(this)) return orig.call(this, ...([selector, ...rest] as never[]));
      const l = this.locator(selector) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      return l[name]!(...rest);
    } as never;
  }
  const mouseProto = Object.getPrototypeOf(page.mouse) as Record<string, (...args: never[]) => Promise<unknown>>;
  for (const name of ['click', 'dblclick', 'down', 'up', 'move', 'wheel']) {
    const orig = mouseProto[name]!;
    mouseProto[name] = function (this: { _page?: Page }, ...args: never[]) {
      if (this._page && forced.has(this._page))
        return Promise.reject(new Error(`Keyboard-only mode: page.mouse.${name} is a mouse-only action; use the keyboard alternative`));
      return orig.apply(this, args);
    };
  }
}

/** click(): reach the control with Tab, see its focus, press Enter or Space. */
async function activate(l: Locator, options: Options) {
  if (options.button && options.button !== 'left') throw new Error(`Keyboard-only mode: ${options.button} click on ${l} is a mouse-only action`);
  if ((options.clickCount ?? 1) > 1) throw new Error(`Keyboard-only mode: multiple click on ${l} is a mouse-only action`);
  const el = await waitActionable(l, options, 'enabled');
  const control = await reach(l, el);
  const key = await control.evaluate(keyFor);
  if (!options.trial && key) await l.page().keyboard.press(key);
}

async function setChecked(l: Locator, checked: boolean, options: Options) {
  const el = await waitActionable(l, options, 'enabled');
  const control = await reach(l, el);
  if ((await control.evaluate(isChecked)) === checked || options.trial) return;
  await l.page().keyboard.press('Space');
  if ((await control.evaluate(isChecked)) !== checked) throw new Error(`Keyboard-only mode: Space did not ${checked ? 'check' : 'uncheck'} ${l}`);
}

/** A handle whose node React replaced (re-rendered) meanwhile: the locator finds the new one. */
const isStale = (e: unknown) => /not attached|detached|disposed|context was destroyed/i.test(String(e));

/**
 * Playwright's waits (attached, visible, enabled or editable), on an element handle; when React
 * replaced the node between finding it and checking it, the locator finds it again, as Playwright's
 * own actions do.
 */
async function waitActionable(l: Locator, options: Options, state: 'enabled' | 'editable'): Promise<ElementHandle> {
  for (let attempt = 1; ; attempt++) {
    const el = await l.elementHandle({ timeout: options.timeout });
    try {
      await el.waitForElementState('visible', { timeout: options.timeout });
      await el.waitForElementState(state, { timeout: options.timeout });
      return el;
    } catch (e) {
      if (!isStale(e) || attempt === 3) throw e;
    }
  }
}

/**
 * Focuses the control the element belongs to and proves it is in the Tab order with visible
 * focus; resolves with the control (focused). Retries when React replaced the node meanwhile.
 */
async function reach(l: Locator, first: ElementHandle): Promise<ElementHandle> {
  let el = first;
  for (let attempt = 1; ; attempt++) {
    try {
      return await reachOnce(l, el);
    } catch (e) {
      if (!isStale(e) || attempt === 3) throw e;
      el = await l.elementHandle();
    }
  }
}

async function reachOnce(l: Locator, el: ElementHandle): Promise<ElementHandle> {
  const page = l.page();
  const what = async (h: ElementHandle) => `${l} (${await h.evaluate(describe)})`;
  const control = (await el.evaluateHandle(controlOf)).asElement() as ElementHandle<HTMLElement> | null;
  if (!control) throw new Error(`Keyboard-only mode: ${await what(el)} is not keyboard-operable: neither it nor an ancestor can take focus`);
  const isFocused = () => control.evaluate((c) => c === document.activeElement);
  await focusLostCheck(page, `${l}`);
  let before: string[] | undefined;
  if (await control.evaluate(inPopupWidget)) {
    // An item of an open menu or listbox (roving tabindex): Tab closes such a popup by design
    // (APG), so it is reached as a keyboard user does, with ArrowDown from where the widget put
    // focus when it opened. Focusing it by script would also bypass the widget's own state.
    if (!(await control.evaluate((c, widgets) => !!document.activeElement && (c as Element).closest(widgets)!.contains(document.activeElement), POPUP_WIDGETS)))
      throw new Error(
        `Keyboard-only mode: ${await what(control)}: focus is not in its menu, so no key reaches it (focus is on ${await activeDescription(page)})`,
      );
    await arrowTo(page, control, 'ArrowDown', what);
  } else {
    await control.focus();
    if (!(await isFocused())) throw new Error(`Keyboard-only mode: ${await what(control)} cannot take focus`);
    let landed = await roundTrip(page, control, ['Shift+Tab', 'Tab'], (b) => (before = b));
    if (landed === 'elsewhere') {
      await control.focus();
      landed = await roundTrip(page, control, ['Tab', 'Shift+Tab'], () => (before = undefined));
    }
    if (landed === 'elsewhere')
      throw new Error(`Keyboard-only mode: ${await what(control)} is not reachable with Tab (Shift+Tab, Tab lands on ${await activeDescription(page)})`);
    // One Tab stop for a radio group or tab list: the arrow keys move to the target.
    if (landed === 'group') await arrowTo(page, control, (await control.evaluate((c) => c.getAttribute('role') === 'tab')) ? 'ArrowRight' : 'ArrowDown', what);
  }
  const invisible = await control.evaluate(focusRingMissing, before);
  if (invisible) throw new Error(`Keyboard-only mode: ${await what(control)}: focus not visible (${invisible})`);
  return control;
}

/**
 * An action that finds focus on <body> after the previous keyboard action (not after a goto or
 * reload, which start a page afresh), and still there 5 s later, fails: that action left a
 * keyboard user nowhere.
 */
async function focusLostCheck(page: Page, next: string) {
  const previous = lastAction.get(page);
  lastAction.set(page, next);
  if (!previous) return;
  // A screen that arrives moves focus to its heading in an effect, just after it is painted: the
  // next control may be visible a moment before. So focus counts as lost only when it is still
  // on <body> a while later (a busy machine can take seconds to run that effect).
  const lost = await page
    .waitForFunction(() => document.activeElement && document.activeElement !== document.body, undefined, { timeout: 5_000 })
    .then(
      () => false,
      () => true,
    );
  if (lost)
    throw new Error(
      `Keyboard-only mode: focus was lost to the page after ${previous} (at ${page.url().split('#')[1] ?? '/'}, before ${next}): the control went away without handing focus on`,
    );
}

const POPUP_WIDGETS = '[role=menu], [role=menubar], [role=listbox], [role=tree]';

async function activeDescription(page: Page) {
  return (await page.evaluateHandle(() => document.activeElement)).evaluate(describe);
}

async function arrowTo(page: Page, control: ElementHandle, key: string, what: (h: ElementHandle) => Promise<string>) {
  const isFocused = () => control.evaluate((c) => c === document.activeElement);
  for (let i = 0; i < 40 && !(await isFocused()); i++) {
    const from = await page.evaluateHandle(() => document.activeElement);
    await page.keyboard.press(key);
    // Some widgets (Radix's menus) move focus on a timer just after the key: wait for it to move.
    await page.waitForFunction((f) => document.activeElement !== f, from, { timeout: 2_000 }).catch(() => undefined);
  }
  if (!(await isFocused())) throw new Error(`Keyboard-only mode: ${await what(control)}: ${key} from its widget never reaches it`);
}

/** Presses the keys, then: back on the control, on another member of its composite widget, or elsewhere. */
async function roundTrip(page: Page, control: ElementHandle, keys: string[], away: (rings: string[]) => void): Promise<'self' | 'group' | 'elsewhere'> {
  await page.keyboard.press(keys[0]!);
  away(await control.evaluate(ringsAround)); // how the control and its ancestors look unfocused
  await page.keyboard.press(keys[1]!);
  return control.evaluate((c) => {
    const a = document.activeElement;
    if (a === c) return 'self';
    if (!a) return 'elsewhere';
    const groupOf = (e: Element) => {
      if (e instanceof HTMLInputElement && e.type === 'radio') return e.name ? `radio:${e.name}:${e.form ? 'f' : ''}` : null;
      const role = e.getAttribute('role') ?? '';
      const container = {
        tab: '[role=tablist]',
        radio: '[role=radiogroup]',
        menuitem: '[role=menu],[role=menubar]',
        menuitemradio: '[role=menu],[role=menubar]',
        menuitemcheckbox: '[role=menu],[role=menubar]',
        option: '[role=listbox]',
        treeitem: '[role=tree]',
        gridcell: '[role=grid]',
        row: '[role=grid]',
      }[role];
      return container ? e.closest(container) : null;
    };
    const g = groupOf(c as Element);
    return g !== null && g === groupOf(a) && (!(c instanceof HTMLInputElement) || c.form === (a as HTMLInputElement).form) ? 'group' : 'elsewhere';
  });
}

/** setInputFiles: the input, if tabbable, else the nearest button around it opens the chooser. */
async function fileChooserOpener(l: Locator) {
  const input = await l.elementHandle();
  const opener = (
    await input.evaluateHandle((i: Element) => {
      const tabbable = (e: Element) =>
        e instanceof HTMLElement && e.tabIndex >= 0 && !e.hidden && getComputedStyle(e).display !== 'none' && !(e as HTMLButtonElement).disabled;
      if (tabbable(i)) return i;
      for (let p = i.parentElement; p; p = p.parentElement) {
        const b = [...p.querySelectorAll('button, [role=button]')].find(tabbable);
        if (b) return b;
      }
      return null;
    })
  ).asElement() as ElementHandle | null;
  if (!opener) throw new Error(`Keyboard-only mode: nothing keyboard-operable opens the file chooser of ${l}`);
  await reach(l, opener);
}
