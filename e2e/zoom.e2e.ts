/**
 * Text readable at 200% zoom (WCAG 1.4.4 / 1.4.10): a 1280 x 900 window zoomed to 200% is a
 * 640 x 450 CSS-pixel viewport at device scale factor 2, which is how it is emulated here. On
 * the main screens the page never scrolls sideways (wide data tables scroll inside their own
 * frame, which WCAG allows), the main heading and the primary actions are inside the window and
 * not clipped or covered, and the navigation (the top bar's Services menu, the service's side
 * navigation, the top bar's menus) is reachable.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './journeys/test';
import { loaded, visit } from './journeys/site';
import { createKeyFromHome } from './journeys/create-key';

const ZOOM_200 = { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 };

/** What is wrong with the page as a whole: sideways scrolling. */
async function pageProblems(page: Page): Promise<string[]> {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
  return scroll <= inner + 1 ? [] : [`the page scrolls sideways (${scroll} px of content in a ${inner} px window)`];
}

/** What is wrong with one element: outside the window's width, its own text clipped, or covered at its centre by something else. */
async function elementProblems(what: string, el: Locator): Promise<string[]> {
  await el.scrollIntoViewIfNeeded();
  const p = await el.evaluate((e) => {
    const r = e.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (r.width === 0 || r.height === 0) out.push('has no size');
    if (r.left < -1 || r.right > width + 1) out.push(`spans ${Math.round(r.left)}..${Math.round(r.right)} px of a ${width} px window`);
    const style = getComputedStyle(e);
    if (style.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1) out.push(`its text is clipped (${e.scrollWidth} px in ${e.clientWidth} px)`);
    const top = document.elementFromPoint(Math.min(Math.max(r.left + r.width / 2, 0), width - 1), Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1));
    if (top && !e.contains(top) && !top.contains(e)) out.push(`is covered by <${top.tagName.toLowerCase()} class="${top.className}">`);
    return out;
  });
  return p.map((x) => `${what} ${x}`);
}

interface Screen {
  name: string;
  /** The address, or how to get there (the key's detail needs the key). */
  hash: string | ((page: Page) => Promise<void>);
  heading: string | RegExp;
  actions: (page: Page) => Locator[];
  /** The service's side navigation, when the screen has one. */
  nav?: string;
}

const main = (page: Page) => page.getByRole('main');

const SCREENS: Screen[] = [
  {
    name: 'home',
    hash: '#/',
    heading: 'Welcome to KMS Lab',
    actions: (p) => [main(p).getByRole('link', { name: 'Start the course' }), main(p).getByRole('link', { name: 'Create key', exact: true })],
  },
  {
    name: 'KMS keys',
    hash: '#/kms/keys/customer',
    heading: 'Customer managed keys',
    actions: (p) => [main(p).getByRole('link', { name: 'Create key' }), main(p).getByRole('button', { name: 'Key actions' })],
    nav: 'Key Management Service',
  },
  {
    name: 'key detail',
    hash: async (page) => {
      await visit(page, '#/kms/keys/customer');
      await main(page)
        .getByRole('link', { name: /^[0-9a-f]{8}-/ })
        .first()
        .click();
    },
    heading: /^(key-\d+|[0-9a-f]{8}-[0-9a-f-]+)$/,
    actions: (p) => [main(p).getByRole('button', { name: 'Key actions' })],
    nav: 'Key Management Service',
  },
  {
    name: 'create-key wizard',
    hash: '#/kms/create',
    heading: 'Configure key',
    actions: (p) => [main(p).getByRole('button', { name: 'Next' }), main(p).getByRole('link', { name: 'Cancel' })],
  },
  {
    name: 'IAM users',
    hash: '#/iam/users',
    heading: 'Users',
    actions: (p) => [main(p).getByRole('button', { name: 'Create user' })],
    nav: 'Identity and Access Management (IAM)',
  },
  {
    name: 'CloudShell',
    hash: '#/cloudshell',
    heading: 'CloudShell',
    actions: (p) => [main(p).getByRole('button', { name: 'Actions' }), main(p).getByRole('textbox').first()],
  },
  { name: 'labs', hash: '#/labs', heading: 'Guided labs', actions: (p) => [main(p).getByRole('listitem').first().getByRole('link')] },
  {
    name: 'drills',
    hash: '#/drills',
    heading: 'Exam drills',
    actions: (p) => [main(p).getByRole('button', { name: 'Start drill' }), main(p).getByRole('link', { name: 'Practice exam' })],
  },
  {
    name: 'envelope files',
    hash: '#/envelope/files',
    heading: 'Encrypt files',
    actions: (p) => [main(p).getByRole('button', { name: 'Choose files' }), main(p).getByRole('button', { name: 'Encrypt', exact: true })],
  },
];

async function go(page: Page, s: Screen) {
  if (typeof s.hash === 'string') await visit(page, s.hash);
  else await s.hash(page);
  await expect(page.getByRole('heading', { level: 1, name: s.heading })).toBeVisible();
  await loaded(page);
}

test.describe('200% zoom', () => {
  test('emulates 200% zoom of a 1280 x 900 window', async ({ site }) => {
    const page = await site.open(ZOOM_200);
    expect(await page.evaluate(() => [innerWidth, innerHeight, devicePixelRatio])).toEqual([640, 450, 2]);
  });

  test('keeps every main screen inside the window, headings and primary actions visible, navigation reachable', async ({ site }) => {
    const page = await site.open(ZOOM_200);
    await createKeyFromHome(page);
    const problems: string[] = [];
    for (const s of SCREENS) {
      await go(page, s);
      const at = (x: string[]) => problems.push(...x.map((p) => `${s.name}: ${p}`));
      at(await pageProblems(page));
      const h = page.getByRole('heading', { level: 1, name: s.heading });
      at(await elementProblems('the heading', h));
      for (const [i, action] of s.actions(page).entries()) {
        expect(await action.count(), `${s.name}: primary action ${i + 1} exists`).toBeGreaterThan(0);
        at(
          await elementProblems(
            `primary action "${(await action.first().innerText()).trim() || (await action.first().getAttribute('aria-label'))}"`,
            action.first(),
          ),
        );
      }
      // The page is scrolled back to the top by the next visit; the top bar stays reachable.
      await page.evaluate(() => scrollTo(0, 0));
      at(await elementProblems('the Services menu button', page.getByRole('button', { name: 'Services' })));
      if (s.nav) {
        for (const link of await page.getByRole('navigation', { name: s.nav }).getByRole('link').all())
          at(await elementProblems(`side navigation link "${await link.innerText()}"`, link));
      }
    }
    expect(problems).toEqual([]);
  });

  test('opens the top bar menus inside the window', async ({ site }) => {
    const page = await site.open(ZOOM_200);
    const problems: string[] = [];
    const menus = [
      { button: page.getByRole('button', { name: 'Services' }), panel: page.getByRole('navigation', { name: 'Services' }) },
      { button: page.getByRole('button', { name: 'Advance time' }), panel: page.getByRole('button', { name: '30 days' }) },
      { button: page.getByRole('button', { name: /^Signed in as root/ }), panel: page.getByRole('button', { name: /^root\s*Account root/ }) },
    ];
    for (const { button, panel } of menus) {
      await button.click();
      await expect(panel).toBeVisible();
      problems.push(...(await pageProblems(page)), ...(await elementProblems(`the panel of "${await button.innerText()}"`, panel)));
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
    }
    await visit(page, '#/cloudshell');
    await expect(page.getByRole('heading', { level: 1, name: 'CloudShell' })).toBeVisible();
    const actions = main(page).getByRole('button', { name: 'Actions' });
    await actions.click();
    const actionsPanel = main(page).getByRole('list', { name: 'Actions' });
    await expect(actionsPanel).toBeVisible();
    problems.push(...(await pageProblems(page)), ...(await elementProblems('the panel of CloudShell\'s "Actions"', actionsPanel)));
    await page.keyboard.press('Escape');
    // The Services menu leads to a service's screen at this size too.
    await page.getByRole('button', { name: 'Services' }).click();
    await page.getByRole('navigation', { name: 'Services' }).getByRole('link', { name: /^IAM/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    expect(problems).toEqual([]);
  });
});
