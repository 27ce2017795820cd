/**
 * After a navigation, keyboard and screen reader users start at the new screen's heading. A
 * screen still loading (its chunk is fetched on first visit, issue 8) has no heading yet: <main>
 * takes focus now, and the heading once it appears, unless the user has moved focus meanwhile.
 * Returns a function that stops waiting (the next navigation, or unmount).
 */
export function focusScreenHeading(main: HTMLElement | null, waitMs = 10_000): () => void {
  if (!main) return () => {};
  const focus = (heading: HTMLElement) => {
    heading.tabIndex = -1;
    heading.focus();
  };
  const now = main.querySelector<HTMLElement>('h1');
  if (now) {
    focus(now);
    return () => {};
  }
  main.focus();
  const observer = new MutationObserver(() => {
    const heading = main.querySelector<HTMLElement>('h1');
    if (!heading) return;
    stop();
    // Only if focus is where the navigation left it: never pull focus from a control the user chose.
    const active = document.activeElement;
    if (active === main || active === document.body || active === null) focus(heading);
  });
  const timer = setTimeout(() => stop(), waitMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}
