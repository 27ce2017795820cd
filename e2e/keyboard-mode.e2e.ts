/**
 * Keyboard-only mode can fail (e2e/keyboard-mode.ts): on a small page, a clickable <div>, a button
 * out of the Tab order, buttons whose focus ring is removed, a menu item focus cannot reach and
 * mouse-only actions are refused with the reason, and an action after one that lost focus to the page fails; real controls (a radio group, a menu, a field
 * whose container shows focus) pass and are operated with Tab, arrows, Enter and Space. Runs in both modes (`keyboardOnly(page)`).
 */
import type { Page } from '@playwright/test';
import { keyboardOnly } from './keyboard-mode';
import { expect, test, type Site } from './journeys/test';

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
  var menu = document.querySelector('[role=menu]'); // var: setContent again re-runs this script in the same window
  var items = [...menu.children];
  function openMenu() { menu.hidden = false; items[0].focus(); }
  menu.addEventListener('keydown', (e) => {
    const i = items.indexOf(document.activeElement);
    if (e.key === 'ArrowDown') { e.preventDefault(); items[(i + 1) % items.length].focus(); }
    if (e.key === 'Enter') { log(items[i].textContent); menu.hidden = true; document.getElementById('menu-button').focus(); }
  });
</script>`;

async function tinyPage(site: Site): Promise<Page> {
  const page = await site.newPage();
  keyboardOnly(page);
  await page.setContent(PAGE);
  return page;
}

const log = (page: Page) => expect(page.locator('#log'));
const failure = (p: Promise<unknown>) =>
  p.then(
    () => 'no error',
    (e: Error) => e.message,
  );

test.describe('keyboard-only mode', () => {
  test('refuses what a keyboard user cannot operate, naming the element and the reason', async ({ site }) => {
    const page = await tinyPage(site);
    expect(await failure(page.locator('#div').click({ timeout: 15_000 }))).toMatch(
      /<div>? "Clickable div"\) is not keyboard-operable: neither it nor an ancestor can take focus/,
    );
    expect(await failure(page.getByRole('button', { name: 'Out of the Tab order' }).click({ timeout: 15_000 }))).toMatch(
      /Out of the Tab order.*is not reachable with Tab/,
    );
    expect(await failure(page.getByRole('button', { name: 'No focus ring' }).click({ timeout: 15_000 }))).toMatch(
      /No focus ring.*focus not visible \(outline none/,
    );
    expect(await failure(page.getByRole('button', { name: 'Always shadowed' }).click({ timeout: 15_000 }))).toMatch(
      /Always shadowed.*focus not visible \(outline none .*the same as unfocused\)/,
    );
    await page.evaluate(() => {
      (document.querySelector('[role=menu]') as HTMLElement).hidden = false;
    });
    expect(await failure(page.getByRole('menuitem', { name: 'Second' }).click({ timeout: 15_000 }))).toMatch(/Second.*focus is not in its menu/);
    expect(await failure(page.getByRole('button', { name: 'Hover me' }).hover())).toMatch(/hover on .*Hover me.* is a mouse-only action/);
    expect(await failure(page.mouse.click(10, 10))).toMatch(/page\.mouse\.click is a mouse-only action/);
    expect(await failure(page.getByRole('button', { name: 'Real button' }).dblclick())).toMatch(/mouse-only/);
    // Nothing was activated by the refused actions.
    await log(page).toHaveText('');
  });

  test('fails the action after one that lost focus to the page, naming the culprit', async ({ site }) => {
    const page = await tinyPage(site);
    await page.getByRole('button', { name: 'Vanishing button' }).click(); // removes itself: focus falls to <body>
    await log(page).toHaveText('vanish ');
    expect(await failure(page.getByRole('button', { name: 'Real button' }).click())).toMatch(
      /focus was lost to the page after .*Vanishing button.* \(at .*, before .*Real button.*\): the control went away without handing focus on/,
    );
    // A navigation starts afresh: focus on the page is where a keyboard user begins.
    await page.setContent(PAGE);
    await page.getByRole('button', { name: 'Real button' }).click();
    await log(page).toHaveText('button ');
  });

  test('operates real controls with Tab, Enter and Space, and sees their focus', async ({ site }) => {
    const page = await tinyPage(site);
    await page.getByText('Real button').click(); // the text inside a button operates the button
    await log(page).toHaveText('button ');
    await expect(page.locator('#ok')).toBeFocused();

    await page.getByRole('checkbox', { name: 'Agree' }).check();
    await expect(page.getByRole('checkbox', { name: 'Agree' })).toBeChecked();
    await page.getByRole('checkbox', { name: 'Agree' }).check(); // already checked: no Space, stays checked
    await expect(page.getByRole('checkbox', { name: 'Agree' })).toBeChecked();
    await page.getByText('Agree').click(); // a label's click is Space on its checkbox
    await expect(page.getByRole('checkbox', { name: 'Agree' })).not.toBeChecked();

    // One Tab stop for the radio group; the arrow keys reach Large (selecting on the way).
    await page.getByRole('radio', { name: 'Large' }).check();
    await expect(page.getByRole('radio', { name: 'Large' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Small' })).not.toBeChecked();

    // A container's :focus-within ring shows where the focus is (the CloudShell terminal's way).
    await page.getByRole('textbox', { name: 'Command' }).fill('ls');

    // A menu item: from where the menu put focus when it opened, ArrowDown reaches it; Enter chooses.
    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('menuitem', { name: 'Second' }).click();

    await page.getByRole('link', { name: 'A link' }).click();
    await log(page).toHaveText('button Second link ');
    await expect(page).toHaveURL(/#done$/);
  });
});
