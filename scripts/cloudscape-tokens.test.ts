import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSS_PATH, FONT_WEIGHTS, MAPPING, cssValue, fontFiles, fontPath, tokensCss } from './cloudscape-tokens';

const TOKENS_CSS = readFileSync(CSS_PATH, 'utf8');
const PRESENTER_CSS = readFileSync(new URL('../src/styles/tokens.css', import.meta.url), 'utf8');

/** The custom properties a `:root`-style block sets, by name. */
function properties(block: string): Map<string, string> {
  return new Map([...block.matchAll(/(--[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** A colour of one theme: `light-dark(L, D)` picks L or D. */
function themed(value: string, theme: 'light' | 'dark'): string {
  const m = /^light-dark\(\s*([^,]+),\s*([^)]+)\)$/.exec(value);
  return m ? (theme === 'light' ? m[1]! : m[2]!).trim() : value;
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Foreground, background, minimum ratio: text 7:1 (body) or 4.5:1, other marks 3:1 (WCAG 1.4.3, 1.4.11). */
const PAIRS: [string, string, number][] = [
  ['--color-text', '--color-bg', 7],
  ['--color-text', '--color-surface', 7],
  ['--color-heading', '--color-bg', 7],
  ['--color-text', '--color-info-bg', 7],
  ['--color-text', '--color-warning-bg', 7],
  ['--color-text', '--color-danger-bg', 7],
  ['--color-text-muted', '--color-bg', 4.5],
  ['--color-text-muted', '--color-surface', 4.5],
  ['--color-accent', '--color-bg', 4.5],
  ['--color-accent', '--color-surface', 4.5],
  ['--color-accent-hover', '--color-bg', 4.5],
  ['--color-accent-text', '--color-accent', 4.5],
  ['--color-danger', '--color-bg', 4.5],
  ['--color-danger', '--color-danger-bg', 4.5],
  ['--color-success', '--color-bg', 4.5],
  ['--color-header-text', '--color-header-bg', 7],
  ['--color-header-muted', '--color-header-bg', 4.5],
  ['--color-header-text', '--color-header-control-bg', 7],
  ['--color-header-border', '--color-header-bg', 3],
  ['--color-border', '--color-bg', 3],
  ['--color-focus', '--color-bg', 3],
  ['--color-warning-border', '--color-warning-bg', 3],
];

describe("the console's design tokens (Cloudscape)", () => {
  it('src/styles/cloudscape-tokens.css is what the installed design-tokens package gives (run `npm run tokens` after an update)', () => {
    expect(TOKENS_CSS).toBe(tokensCss());
  });

  it("the Open Sans files are global-styles' own faces, byte for byte", () => {
    const faces = fontFiles();
    for (const w of FONT_WEIGHTS) expect(readFileSync(fontPath(w)).equals(faces.get(w)!), `open-sans-${w}.woff2`).toBe(true);
  });

  it('takes every value from a token: one line per mapped property, light and dark through light-dark()', () => {
    const props = properties(TOKENS_CSS);
    expect([...props.keys()]).toEqual(MAPPING.map((m) => m.property));
    expect(props.get('--color-bg')).toBe('light-dark(#ffffff, #161d26)');
    // Cloudscape's 20px line on 14px type, unitless so that larger text inherits a ratio, not 20px.
    expect(props.get('--line-height')).toBe('1.4286');
    expect(cssValue({ light: '#000000', dark: '#000000' })).toBe('#000000');
    expect(cssValue({ comfortable: '8px', compact: '4px' })).toBe('8px');
  });

  it('a token the package does not have is an error, not a silent gap', () => {
    expect(() => tokensCss({ tokens: {}, contexts: {} })).toThrow(/has no token font-family-base/);
  });

  const base = properties(TOKENS_CSS);
  const presenter = new Map([...base, ...properties(/:root\[data-presenter\] \{([^}]*)\}/.exec(PRESENTER_CSS)![1]!)]);
  for (const [mode, props] of [
    ['light', base],
    ['dark', base],
    ['presenter light', presenter],
    ['presenter dark', presenter],
  ] as const) {
    it(`${mode}: text and controls stand out from what they sit on`, () => {
      const theme = mode.endsWith('dark') ? 'dark' : 'light';
      const low = PAIRS.flatMap(([fg, bg, min]) => {
        const need = mode.startsWith('presenter') && min === 4.5 ? 7 : min;
        const ratio = contrast(themed(props.get(fg)!, theme), themed(props.get(bg)!, theme));
        return ratio >= need ? [] : [`${fg} on ${bg}: ${ratio.toFixed(2)} < ${need}`];
      });
      expect(low).toEqual([]);
    });
  }

  it('the contrast check measures: black on white is 21:1, a pale grey on white fails 4.5:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#b4b4bb', '#ffffff')).toBeLessThan(4.5);
  });
});
