// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { focusScreenHeading } from './focus-screen';

function page(html: string) {
  document.body.innerHTML = `<button id="other">Other</button><main id="main" tabindex="-1">${html}</main>`;
  return document.getElementById('main')!;
}
const tick = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focus after a navigation', () => {
  it('focuses the heading of a screen that is already there', () => {
    const main = page('<h1>Users</h1>');
    focusScreenHeading(main);
    expect(document.activeElement?.textContent).toBe('Users');
  });

  it('focuses <main> while the screen loads, then its heading when it appears', async () => {
    const main = page('<div aria-busy="true"><p role="status">Loading…</p></div>');
    focusScreenHeading(main);
    expect(document.activeElement).toBe(main);
    main.innerHTML = '<h1>Key details</h1>';
    await tick();
    expect(document.activeElement?.textContent).toBe('Key details');
  });

  it('leaves focus alone if the user moved it while the screen loaded', async () => {
    const main = page('<p>Loading…</p>');
    focusScreenHeading(main);
    document.getElementById('other')!.focus();
    main.innerHTML = '<h1>Roles</h1>';
    await tick();
    expect(document.activeElement?.id).toBe('other');
  });

  it('stops waiting when told (the next navigation)', async () => {
    const main = page('<p>Loading…</p>');
    const stop = focusScreenHeading(main);
    stop();
    main.innerHTML = '<h1>Policies</h1>';
    await tick();
    expect(document.activeElement).toBe(main);
  });

  it("follows a heading replaced by the ready screen's (a session that was starting), instead of leaving focus on the page", async () => {
    const main = page('<h1>CloudShell</h1><p aria-busy="true">Starting CloudShell…</p>');
    focusScreenHeading(main);
    expect(document.activeElement?.textContent).toBe('CloudShell');
    main.innerHTML = '<div class="cloudshell-page"><h1>CloudShell</h1><input aria-label="Command"></div>';
    await tick();
    expect(document.activeElement).toBe(main.querySelector('.cloudshell-page h1'));
  });

  it('stops following once the user presses a key: later changes leave focus where it is', async () => {
    const main = page('<h1>CloudShell</h1>');
    focusScreenHeading(main);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    (document.activeElement as HTMLElement).blur();
    main.innerHTML = '<h1>CloudShell</h1>';
    await tick();
    expect(document.activeElement).toBe(document.body);
  });

  it('stops following once the user moves focus, even if it comes back to the page later', async () => {
    const main = page('<h1>Keys</h1><p>Loading…</p>');
    focusScreenHeading(main);
    document.getElementById('other')!.focus();
    main.querySelector('p')!.textContent = 'Loaded';
    main.appendChild(document.createElement('span'));
    await tick();
    (document.activeElement as HTMLElement).blur();
    main.innerHTML = '<h1>Keys</h1>';
    await tick();
    expect(document.activeElement).toBe(document.body);
  });
});
