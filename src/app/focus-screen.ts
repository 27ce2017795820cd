/**
 * After a navigation, keyboard and screen reader users start at the new screen's heading. A
 * screen still loading (its chunk is fetched on first visit) has no heading yet: <main> takes
 * focus now, and the heading once it appears. A screen that swaps its "starting" view for the
 * ready one (CloudShell while its session starts) replaces the focused heading with another:
 * focus follows to the new heading instead of falling to <body>.
 *
 * This holds until the user acts (a key or a pointer press anywhere) or moves focus themselves:
 * never pull focus from where the user put it. Returns a function that stops it (the next
 * navigation, or unmount).
 */
export function focusScreenHeading(main: HTMLElement | null): () => void {
  if (!main) return () => {};
  let heading: HTMLElement | null = null;
  const focus = (h: HTMLElement) => {
    h.tabIndex = -1;
    // Only the first focus may scroll the heading into view; a later one keeps the page still.
    h.focus({ preventScroll: heading !== null });
    heading = h;
  };
  // Focus is still where the navigation left it (or fell from there when its element went away).
  const untouched = () => {
    const active = document.activeElement;
    return active === null || active === document.body || active === main || active === heading;
  };

  const now = main.querySelector<HTMLElement>('h1');
  if (now) focus(now);
  else main.focus();

  const observer = new MutationObserver(() => {
    if (!untouched()) return stop();
    const h1 = main.querySelector<HTMLElement>('h1');
    if (h1 && h1 !== document.activeElement) focus(h1);
  });
  const userActs = () => stop();
  function stop() {
    observer.disconnect();
    document.removeEventListener('keydown', userActs, true);
    document.removeEventListener('pointerdown', userActs, true);
  }
  observer.observe(main, { childList: true, subtree: true });
  document.addEventListener('keydown', userActs, true);
  document.addEventListener('pointerdown', userActs, true);
  return stop;
}
