/**
 * The layout check's eyes: one function run inside the page (one page.evaluate per state) that
 * reads the geometry of what is shown and returns every problem it sees, each as
 * "<rule>: <what, where>". Rules (issue: the console's look at every width):
 *   page-scroll       the page scrolls sideways
 *   top-bar           the top bar is taller than 64 px (one row), from 1024 px wide
 *   text-overlap      two texts drawn over each other
 *   clipped-text      text cut by its box (overflow, ellipsis) with no title holding its full text; also a
 *                     closed select whose chosen option's text is wider than the select
 *   label-value       a label (dt, label[for]) not next to its value (its dd, its control)
 *   hidden-control    a control in the viewport covered by something else (a panel) at its centre
 *   disabled-look     a disabled control with a pointer/progress cursor, or coloured like an enabled one
 * Code blocks (pre), the terminal's log and text fields may scroll sideways; anything with a
 * title holding its full text may be cut with an ellipsis.
 */
import type { Page } from '@playwright/test';

export interface ProbeOptions {
  /** Largest top bar height in px. */
  maxTopBar: number;
}

/** Runs in the page: must not refer to anything outside itself. */
function probe(o: ProbeOptions): string[] {
  const problems: string[] = [];
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const describe = (el: Element): string => {
    const text = (el.getAttribute('aria-label') || (el as HTMLElement).innerText || el.textContent || '').trim().replace(/\s+/g, ' ');
    const id = el.id ? `#${el.id}` : '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${id}${cls} "${text.slice(0, 40)}"`;
  };
  type Box = { l: number; t: number; r: number; b: number };
  const inter = (a: Box, b: Box): Box => ({ l: Math.max(a.l, b.l), t: Math.max(a.t, b.t), r: Math.min(a.r, b.r), b: Math.min(a.b, b.b) });
  const boxOf = (r: DOMRect): Box => ({ l: r.left, t: r.top, r: r.right, b: r.bottom });
  const shown = (el: Element) => {
    // Inside a closed disclosure (<details>), only its summary is drawn.
    const closed = el.closest('details:not([open])');
    if (closed && !closed.querySelector(':scope > summary')?.contains(el)) return false;
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.opacity !== '0' && (el as HTMLElement).getClientRects().length > 0;
  };

  // page-scroll
  const scroller = document.scrollingElement ?? document.documentElement;
  if (scroller.scrollWidth > vw + 1) problems.push(`page-scroll: the page is ${scroller.scrollWidth} px wide in a ${vw} px window`);

  // top-bar
  const bar = document.querySelector('header.site-header');
  if (bar && vw >= 1024) {
    const h = Math.round(bar.getBoundingClientRect().height);
    if (h > o.maxTopBar) problems.push(`top-bar: the top bar is ${h} px high (at most ${o.maxTopBar})`);
  }

  // The box each element is clipped to (its overflow ancestors'), cached; undefined when not clipped.
  const clipCache = new Map<Element, Box | null>();
  const scrollsSideways = (el: Element) => el.tagName === 'PRE' || el.tagName === 'TEXTAREA' || el.getAttribute('role') === 'log' || !!el.closest('pre');
  function clipOf(el: Element | null): Box | null {
    if (!el || el === document.body || el === document.documentElement) return null;
    if (clipCache.has(el)) return clipCache.get(el)!;
    const parent = clipOf(el.parentElement);
    const s = getComputedStyle(el);
    let own: Box | null = null;
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
      const r = el.getBoundingClientRect();
      own = { l: r.left + el.clientLeft, t: r.top + el.clientTop, r: r.left + el.clientLeft + el.clientWidth, b: r.top + el.clientTop + el.clientHeight };
    }
    const box = own && parent ? inter(own, parent) : (own ?? parent);
    clipCache.set(el, box);
    return box;
  }
  const clippers = (el: Element): Element[] => {
    const out: Element[] = [];
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') out.push(e);
    }
    return out;
  };
  const titled = (el: Element, text: string) => {
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
      const t = e.getAttribute('title') ?? e.getAttribute('data-full-text');
      if (t && t.replace(/\s+/g, ' ').includes(text.slice(0, 60))) return true;
    }
    return false;
  };

  // Text under something opaque (a page scrolled under the sticky top bar, a screen under an open menu) is not drawn.
  const drawn = (el: Element, b: Box) => {
    const x = (b.l + b.r) / 2;
    const y = (b.t + b.b) / 2;
    if (x < 0 || y < 0 || x >= vw || y >= vh) return true;
    const top = document.elementFromPoint(x, y);
    return !top || el.contains(top) || top.contains(el);
  };
  // Every piece of text drawn: its line boxes, cut to what its overflow ancestors show.
  const modal = document.querySelector('[aria-modal="true"], dialog[open]');
  interface Piece {
    el: Element;
    box: Box;
  }
  const pieces: Piece[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const reportedClip = new Set<Element>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent!.trim();
    const el = n.parentElement!;
    if (!text || !el || el.closest('script, style, option, select, textarea, [aria-hidden="true"], .visually-hidden, .skip-link')) continue;
    if (modal && !modal.contains(el)) continue; // under a modal dialog's backdrop: not the learner's to read now
    if (!shown(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const clip = clipOf(el);
    // Visually hidden (clipped to a pixel) for screen readers: not drawn.
    if (clip && (clip.r - clip.l <= 1 || clip.b - clip.t <= 1)) continue;
    for (const r of range.getClientRects()) {
      if (r.width < 1 || r.height < 1) continue;
      const full = boxOf(r);
      const box = clip ? inter(full, clip) : full;
      const cut = box.r < full.r - 1.5 || box.l > full.l + 1.5 || box.b < full.b - 2 || box.t > full.t + 2;
      if (cut && !reportedClip.has(el) && !scrollsSideways(el) && !titled(el, text)) {
        // Cut by a container that scrolls only vertically, with the text below or above its fold: reachable by scrolling.
        // (A table's wrapper clips sideways only, overflow-y visible: it cuts nothing vertically.)
        const byVerticalScroller = clippers(el).every((c) => {
          const s = getComputedStyle(c);
          return (s.overflowY === 'auto' || s.overflowY === 'scroll' || s.overflowY === 'visible') && box.r >= full.r - 1.5 && box.l <= full.l + 1.5;
        });
        if (!byVerticalScroller) {
          reportedClip.add(el);
          problems.push(
            `clipped-text: ${describe(el)} shows ${Math.max(0, Math.round(box.r - box.l))} of ${Math.round(full.r - full.l)} px, with no title holding its full text`,
          );
        }
      }
      if (box.r - box.l >= 1 && box.b - box.t >= 1 && drawn(el, box)) pieces.push({ el, box });
    }
  }
  // Ellipsis: the browser cuts the text inside its own box (no overflowing rect to see): scrollWidth tells.
  for (const el of document.querySelectorAll('*')) {
    if (reportedClip.has(el) || !(el instanceof HTMLElement) || scrollsSideways(el)) continue;
    const s = getComputedStyle(el);
    if (s.textOverflow !== 'ellipsis' && s.webkitLineClamp === 'none') continue;
    if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
      const text = el.innerText.trim().replace(/\s+/g, ' ');
      if (text && shown(el) && !titled(el, text)) problems.push(`clipped-text: ${describe(el)} is cut with an ellipsis, with no title holding its full text`);
    }
  }

  // A closed select draws its chosen option's text itself, cut at its arrow: measured with the select's font.
  const ruler = document.createElement('canvas').getContext('2d');
  for (const sel of document.querySelectorAll('select')) {
    const s = getComputedStyle(sel);
    if (!ruler || !shown(sel) || sel.multiple || s.color === 'rgba(0, 0, 0, 0)') continue;
    const text = (sel.selectedOptions[0]?.textContent ?? '').trim().replace(/\s+/g, ' ');
    if (!text || titled(sel, text)) continue;
    ruler.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    const room = sel.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - 20; // the arrow's room
    const need = ruler.measureText(text).width;
    if (need > room + 1)
      problems.push(`clipped-text: ${describe(sel)} shows ${Math.round(room)} of ${Math.round(need)} px of "${text.slice(0, 40)}", with no title holding it`);
  }

  // text-overlap: pieces of different elements whose boxes intersect, found through a coarse grid.
  const CELL = 64;
  const grid = new Map<string, number[]>();
  pieces.forEach((p, i) => {
    for (let x = Math.floor(p.box.l / CELL); x <= Math.floor(p.box.r / CELL); x++)
      for (let y = Math.floor(p.box.t / CELL); y <= Math.floor(p.box.b / CELL); y++) {
        const k = `${x},${y}`;
        (grid.get(k) ?? grid.set(k, []).get(k)!).push(i);
      }
  });
  const seen = new Set<string>();
  for (const list of grid.values())
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const p = pieces[list[a]!]!;
        const q = pieces[list[b]!]!;
        if (p.el === q.el) continue;
        const i = inter(p.box, q.box);
        const w = i.r - i.l;
        const h = i.b - i.t;
        if (w <= 2 || h <= 0.35 * Math.min(p.box.b - p.box.t, q.box.b - q.box.t)) continue;
        const key = `${list[a]}-${list[b]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push(`text-overlap: ${describe(p.el)} and ${describe(q.el)} are drawn over each other`);
      }

  // label-value: a dt over its dd (or beside it, on its row); a label next to its control.
  // `between`: the height of what may sit between a label and its control (the field's description).
  const near = (a: Box, b: Box, between = 0) => {
    const below = b.t >= a.b - 4 && b.t - a.b <= 24 + between && b.l - a.l >= -8 && b.l - a.l <= 48;
    const beside = b.l >= a.r - 4 && b.l - a.r <= 48 && Math.abs(b.t - a.t) <= 12;
    return below || beside;
  };
  for (const dt of document.querySelectorAll('dt')) {
    if (!shown(dt) || (modal && !modal.contains(dt))) continue;
    const dd = dt.nextElementSibling;
    if (!dd || dd.tagName !== 'DD' || !shown(dd)) continue;
    if (!near(boxOf(dt.getBoundingClientRect()), boxOf(dd.getBoundingClientRect())))
      problems.push(`label-value: the label ${describe(dt)} is not next to its value ${describe(dd)}`);
  }
  for (const label of document.querySelectorAll('label[for]')) {
    const control = document.getElementById(label.getAttribute('for')!);
    if (!control || !shown(label) || !shown(control) || label.closest('.visually-hidden') || (modal && !modal.contains(label))) continue;
    const a = boxOf(label.getBoundingClientRect());
    // A control with a fixed prefix ("alias/") starts where its prefix does.
    const c = boxOf((control.closest('.kms-prefixed') ?? control).getBoundingClientRect());
    const type = control.getAttribute('type');
    // A checkbox or radio button sits before its label.
    const description = (control.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? document.getElementById(id) : null))
      .filter((d): d is HTMLElement => !!d && shown(d))
      .map((d) => d.getBoundingClientRect())
      .filter((r) => r.top >= a.b - 4 && r.bottom <= c.t + 4)
      .reduce((sum, r) => sum + r.height + 8, 0);
    const ok =
      type === 'checkbox' || type === 'radio'
        ? c.r <= a.l + 4 && a.l - c.r <= 24 && Math.abs((c.t + c.b) / 2 - (a.t + a.b) / 2) <= 16
        : near(a, c, description);
    if (!ok) problems.push(`label-value: the label ${describe(label)} is not next to its control ${describe(control)}`);
  }

  // hidden-control: what is drawn at the centre of each control in the viewport must be the control.
  const controls = document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, [role="tab"], [tabindex="0"]');
  for (const c of controls) {
    if (!shown(c) || (modal && !modal.contains(c))) continue;
    const r = c.getBoundingClientRect();
    const clip = clipOf(c);
    const box = clip ? inter(boxOf(r), clip) : boxOf(r);
    if (box.r - box.l < 2 || box.b - box.t < 2) continue; // scrolled away inside its container
    const x = (box.l + box.r) / 2;
    const y = (box.t + box.b) / 2;
    if (x < 0 || y < 0 || x >= vw || y >= vh) continue;
    const top = document.elementFromPoint(x, y);
    if (!top || c.contains(top) || top.contains(c)) continue;
    // A label over its own input (styled radio cards) is the input's.
    if (top.closest('label') && top.closest('label')!.contains(c)) continue;
    if (c.tagName === 'INPUT' && (c as HTMLInputElement).labels?.[0]?.contains(top)) continue;
    // Scrolled under the sticky top bar: the learner scrolls back to it.
    if (top.closest('header.site-header') && r.top < (document.querySelector('header.site-header')?.getBoundingClientRect().bottom ?? 0)) continue;
    const cover = top.closest('aside, section, header, [role="dialog"], div') ?? top;
    problems.push(`hidden-control: ${describe(c)} is under ${describe(cover)}`);
  }

  // disabled-look
  const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const colourful = (css: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = channels(css);
    if (a < 0.1) return false;
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    return max - min > 60; // saturated, like the console's blue buttons and links
  };
  for (const c of document.querySelectorAll<HTMLElement>('button, input, select, textarea, a, [role="button"], [role="menuitem"]')) {
    const disabled = (c as HTMLButtonElement).disabled || c.getAttribute('aria-disabled') === 'true';
    if (!disabled || !shown(c) || (modal && !modal.contains(c))) continue;
    const s = getComputedStyle(c);
    if (s.cursor === 'pointer' || s.cursor === 'progress' || s.cursor === 'wait')
      problems.push(`disabled-look: disabled ${describe(c)} shows a ${s.cursor} cursor`);
    const type = c.getAttribute('type');
    if (type === 'checkbox' || type === 'radio') continue;
    if (Number(s.opacity) > 0.6 && (colourful(s.backgroundColor) || colourful(s.color) || colourful(s.borderTopColor)))
      problems.push(`disabled-look: disabled ${describe(c)} is coloured like an enabled control (${s.color} on ${s.backgroundColor})`);
  }
  return problems;
}

/** Every problem the page shows now, in one round trip. */
export async function layoutProblems(page: Page, o: ProbeOptions = { maxTopBar: 64 }): Promise<string[]> {
  // Transpilers may wrap named functions in a __name(...) helper that the page does not have.
  return page.evaluate(`(() => { const __name = (f) => f; return (${probe.toString()})(${JSON.stringify(o)}); })()`);
}
