/**
 * Keyboard-only mode can fail (e2e/keyboard-mode.ts): on a small page, a clickable <div>, a button
 * out of the Tab order, buttons whose focus ring is removed, a menu item focus cannot reach and
 * mouse-only actions are refused with the reason, and an action after one that lost focus to the page fails; real controls (a radio group, a menu, a field
 * whose container shows focus) pass and are operated with Tab, arrows, Enter and Space. Runs in both modes (`keyboardOnly(page)`).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newVisitor } from './browser';
import { keyboardOnly } from './keyboard-mode';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PAGE = `<!doctype html><title>keyboard</title>
<style>:focus-visible { outline: 3px solid orange } #bare:focus, #shadowed:focus, .term input:focus { outline: none }
  #shadowed { box-shadow: 0 1px 2px gray } .term:focus-within { outline: 3px solid orange }</style>
<main>
  <p id="log"></p>
  <div id="div" onclick="log('div')">Clickable div</div>
  <button id="ok" onclick="log('button')"><span>Real button</span></button>
  <button id="bare" onclick="log('bare')">No focus ring</button>
  <button id="skipped" tabindex="-1" onclick="log('skipped')">Out of the Tab order</button>
  <label><input type="checkbox" id="box"> Agree</label>
  <fieldset><legend>Size</legend>
    <label><input type="radio" name="size" value="s" checked> Small</label>
    <label><input type="radio" name="size" value="m"> Medium</label>
    <label><input type="radio" name="size" value="l"> Large</label>
  </fieldset>
  <a href="#done" onclick="log('link')">A link</a>
  <button id="hover">Hover me</button>
  <button id="shadowed" onclick="log('shadowed')">Always shadowed</button>
  <div class="term"><input aria-label="Command"></div>
  <button id="menu-button" aria-haspopup="menu" onclick="openMenu()">Actions</button>
  <button id="vanish" onclick="this.remove(); log('vanish')">Vanishing button</button>
  <ul role="menu" aria-label="Actions" hidden>
    <li role="menuitem" tabindex="-1">First</li><li role="menuitem" tabindex="-1">Second</li>
  </ul>
</main>
<script>
  function log(what) { document.getElementById('log').textContent += what + ' '; }
  const menu = document.querySelector('[role=menu]');
  const items = [...menu.children];
  function openMenu() { menu.hidden = false; items[0].focus(); }
  menu.addEventListener('keydown', (e) => {
    const i = items.indexOf(document.activeElement);
    if (e.key === 'ArrowDown') { e.preventDefault(); items[(i + 1) % items.length].focus(); }
    if (e.key === 'Enter') { log(items[i].textContent); menu.hidden = true; document.getElementById('menu-button').focus(); }
  });
</script>`;

async function tinyPage(): Promise<Page> {
  const { page } = await newVisitor(browser);
  keyboardOnly(page);
  await page.setContent(PAGE);
  return page;
}

const log = (page: Page) => page.locator('#log').textContent();
const failure = (p: Promise<unknown>) =>
  p.then(
    () => 'no error',
    (e: Error) => e.message,
  );

describe('keyboard-only mode', () => {
  it('refuses what a keyboard user cannot operate, naming the element and the reason', async () => {
    const page = await tinyPage();
    expect(await failure(page.locator('#div').click({ timeout: 2000 }))).toMatch(
      /<div>? "Clickable div"\) is not keyboard-operable: neither it nor an ancestor can take focus/,
    );
    expect(await failure(page.getByRole('button', { name: 'Out of the Tab order' }).click({ timeout: 2000 }))).toMatch(
      /Out of the Tab order.*is not reachable with Tab/,
    );
    expect(await failure(page.getByRole('button', { name: 'No focus ring' }).click({ timeout: 2000 }))).toMatch(
      /No focus ring.*focus not visible \(outline none/,
    );
    expect(await failure(page.getByRole('button', { name: 'Always shadowed' }).click({ timeout: 2000 }))).toMatch(
      /Always shadowed.*focus not visible \(outline none .*the same as unfocused\)/,
    );
    await page.evaluate(() => {
      (document.querySelector('[role=menu]') as HTMLElement).hidden = false;
    });
    expect(await failure(page.getByRole('menuitem', { name: 'Second' }).click({ timeout: 2000 }))).toMatch(/Second.*focus is not in its menu/);
    expect(await failure(page.getByRole('button', { name: 'Hover me' }).hover())).toMatch(/hover on .*Hover me.* is a mouse-only action/);
    expect(await failure(page.mouse.click(10, 10))).toMatch(/page\.mouse\.click is a mouse-only action/);
    expect(await failure(page.getByRole('button', { name: 'Real button' }).dblclick())).toMatch(/mouse-only/);
    // Nothing was activated by the refused actions.
    expect(await log(page)).toBe('');
    await page.context().close();
  });

  it('fails the action after one that lost focus to the page, naming the culprit', async () => {
    const page = await tinyPage();
    await page.getByRole('button', { name: 'Vanishing button' }).click(); // removes itself: focus falls to <body>
    expect(await log(page)).toBe('vanish ');
    expect(await failure(page.getByRole('button', { name: 'Real button' }).click())).toMatch(
      /focus was lost to the page after .*Vanishing button.* \(at .*, before .*Real button.*\): the control went away without handing focus on/,
    );
    // A navigation starts afresh: focus on the page is where a keyboard user begins.
    await page.setContent(PAGE);
    await page.getByRole('button', { name: 'Real button' }).click();
    expect(await log(page)).toBe('button ');
    await page.context().close();
  });

  it('operates real controls with Tab, Enter and Space, and sees their focus', async () => {
    const page = await tinyPage();
    await page.getByText('Real button').click(); // the text inside a button operates the button
    expect(await log(page)).toBe('button ');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ok');

    await page.getByRole('checkbox', { name: 'Agree' }).check();
    expect(await page.getByRole('checkbox', { name: 'Agree' }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: 'Agree' }).check(); // already checked: no Space, stays checked
    expect(await page.getByRole('checkbox', { name: 'Agree' }).isChecked()).toBe(true);
    await page.getByText('Agree').click(); // a label's click is Space on its checkbox
    expect(await page.getByRole('checkbox', { name: 'Agree' }).isChecked()).toBe(false);

    // One Tab stop for the radio group; the arrow keys reach Large (selecting on the way).
    await page.getByRole('radio', { name: 'Large' }).check();
    expect(await page.getByRole('radio', { name: 'Large' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Small' }).isChecked()).toBe(false);

    // A container's :focus-within ring shows where the focus is (the CloudShell terminal's way).
    await page.getByRole('textbox', { name: 'Command' }).fill('ls');

    // A menu item: from where the menu put focus when it opened, ArrowDown reaches it; Enter chooses.
    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('menuitem', { name: 'Second' }).click();

    await page.getByRole('link', { name: 'A link' }).click();
    expect(await log(page)).toBe('button Second link ');
    expect(page.url()).toMatch(/#done$/);
    await page.context().close();
  });
});
