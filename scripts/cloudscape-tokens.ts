/**
 * `npm run tokens`: the console's look from AWS's own design system. Writes
 * src/styles/cloudscape-tokens.css, the custom properties the stylesheets use (colours, type,
 * spacing, radii), each set to the value of a Cloudscape design token
 * (@cloudscape-design/design-tokens, visual refresh: light and dark through light-dark()), and
 * src/styles/fonts/open-sans-*.woff2, the Open Sans faces @cloudscape-design/global-styles ships
 * (it embeds them in its stylesheet as data URLs; here they are files, fetched only when text
 * needs them, so the first screen's CSS stays small). Only CSS custom properties reach the
 * browser, never the packages' JavaScript. scripts/cloudscape-tokens.test.ts fails when the
 * files differ from what the installed packages give (run `npm run tokens` after updating them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A file of an installed package (read from node_modules: the packages' exports do not list every file). */
const packageFile = (name: string, file: string) => fileURLToPath(new URL(`../node_modules/${name}/${file}`, import.meta.url));

type Value = string | { light: string; dark: string } | { comfortable: string; compact: string };
interface TokenFile {
  tokens: Record<string, { $value: Value }>;
  contexts: Record<string, { tokens: Record<string, { $value: Value }> }>;
}

/**
 * Each custom property of the stylesheets and the Cloudscape token it takes (a context, such as
 * the top navigation's, when the console uses the token's value in that context).
 */
export const MAPPING: readonly { property: string; token: string; context?: string; per?: string }[] = [
  { property: '--font-sans', token: 'font-family-base' },
  { property: '--font-mono', token: 'font-family-monospace' },
  { property: '--font-size-base', token: 'font-size-body-m' },
  // Unitless (20px / 14px): a line height in px would be inherited as is by larger text, which would overlap.
  { property: '--line-height', token: 'line-height-body-m', per: 'font-size-body-m' },
  { property: '--font-size-heading-xl', token: 'font-size-heading-xl' },
  { property: '--font-size-heading-l', token: 'font-size-heading-l' },
  { property: '--font-size-heading-m', token: 'font-size-heading-m' },
  { property: '--font-size-small', token: 'font-size-body-s' },
  { property: '--space-1', token: 'space-static-xxs' },
  { property: '--space-2', token: 'space-static-xs' },
  { property: '--space-3', token: 'space-static-s' },
  { property: '--space-4', token: 'space-static-m' },
  { property: '--space-6', token: 'space-static-xl' },
  { property: '--space-8', token: 'space-static-xxl' },
  { property: '--radius', token: 'border-radius-input' },
  { property: '--radius-button', token: 'border-radius-button' },
  { property: '--radius-container', token: 'border-radius-container' },
  { property: '--color-bg', token: 'color-background-layout-main' },
  { property: '--color-surface', token: 'color-background-cell-shaded' },
  { property: '--color-text', token: 'color-text-body-default' },
  { property: '--color-heading', token: 'color-text-heading-default' },
  { property: '--color-text-muted', token: 'color-text-heading-secondary' },
  { property: '--color-border', token: 'color-border-input-default' },
  { property: '--color-border-subtle', token: 'color-border-divider-default' },
  { property: '--color-header-bg', token: 'color-background-container-content', context: 'top-navigation' },
  { property: '--color-header-text', token: 'color-text-top-navigation-title', context: 'top-navigation' },
  { property: '--color-header-muted', token: 'color-text-interactive-default', context: 'top-navigation' },
  { property: '--color-header-border', token: 'color-border-input-default', context: 'top-navigation' },
  { property: '--color-header-control-bg', token: 'color-background-input-default', context: 'top-navigation' },
  { property: '--color-accent', token: 'color-text-link-default' },
  { property: '--color-accent-text', token: 'color-text-button-primary-default' },
  { property: '--color-accent-hover', token: 'color-text-link-hover' },
  { property: '--color-focus', token: 'color-border-item-focused' },
  { property: '--color-backdrop', token: 'color-background-backdrop' },
  { property: '--color-success', token: 'color-text-status-success' },
  { property: '--color-danger', token: 'color-text-status-error' },
  { property: '--color-warning-bg', token: 'color-background-status-warning' },
  { property: '--color-warning-border', token: 'color-border-status-warning' },
  { property: '--color-danger-bg', token: 'color-background-status-error' },
  { property: '--color-info-bg', token: 'color-background-status-info' },
  { property: '--color-disabled-bg', token: 'color-background-button-primary-disabled' },
  { property: '--color-disabled-text', token: 'color-text-button-primary-disabled' },
  { property: '--color-disabled-border', token: 'color-border-button-normal-disabled' },
];

/** The Open Sans faces the console uses (regular and bold; 600 is drawn from the bold face). */
export const FONT_WEIGHTS = [400, 700] as const;

const TOKENS_PACKAGE = '@cloudscape-design/design-tokens';
const STYLES_PACKAGE = '@cloudscape-design/global-styles';

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(packageFile(name, 'package.json'), 'utf8')) as { version: string }).version;
}

function loadTokens(): TokenFile {
  return JSON.parse(readFileSync(packageFile(TOKENS_PACKAGE, 'index-visual-refresh.json'), 'utf8')) as TokenFile;
}

/** A token's CSS value: `light-dark(L, D)` when the themes differ, the comfortable density for spacing. */
export function cssValue(value: Value): string {
  if (typeof value === 'string') return value;
  if ('comfortable' in value) return value.comfortable;
  return value.light === value.dark ? value.light : `light-dark(${value.light}, ${value.dark})`;
}

/** The generated stylesheet's text. */
export function tokensCss(file: TokenFile = loadTokens()): string {
  const find = (token: string, context?: string) => {
    const entry = (context ? file.contexts[context]?.tokens[token] : undefined) ?? file.tokens[token];
    if (!entry) throw new Error(`${TOKENS_PACKAGE} has no token ${token}${context ? ` (context ${context})` : ''}`);
    return cssValue(entry.$value);
  };
  const lines = MAPPING.map(({ property, token, context, per }) => {
    const value = find(token, context);
    // A ratio of two px tokens, e.g. a unitless line height.
    const ratio = per ? String(Math.round((parseFloat(value) / parseFloat(find(per))) * 10000) / 10000) : value;
    return `  ${property}: ${ratio};`;
  });
  const faces = FONT_WEIGHTS.map(
    (w) =>
      `@font-face {\n  font-family: 'Open Sans';\n  font-weight: ${w};\n  font-style: normal;\n  font-display: optional;\n  src: url('./fonts/open-sans-${w}.woff2') format('woff2');\n}`,
  );
  return [
    `/* Generated by \`npm run tokens\` (scripts/cloudscape-tokens.ts) from ${TOKENS_PACKAGE} ${packageVersion(TOKENS_PACKAGE)} and ${STYLES_PACKAGE} ${packageVersion(STYLES_PACKAGE)} (Apache-2.0; Open Sans, Apache-2.0). Do not edit. */`,
    ':root {',
    ...lines,
    '}',
    ...faces,
    '',
  ].join('\n');
}

/** The woff2 bytes of each face, from global-styles' stylesheet (where they are data URLs). */
export function fontFiles(): Map<number, Buffer> {
  const css = readFileSync(packageFile(STYLES_PACKAGE, 'index.css'), 'utf8');
  const out = new Map<number, Buffer>();
  for (const m of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const body = m[1]!;
    const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1]);
    const normal = /font-style:\s*normal/.test(body);
    const data = /url\('data:font\/woff2;base64,([^']+)'\)/.exec(body)?.[1];
    if (normal && data && (FONT_WEIGHTS as readonly number[]).includes(weight)) out.set(weight, Buffer.from(data, 'base64'));
  }
  for (const w of FONT_WEIGHTS) if (!out.has(w)) throw new Error(`${STYLES_PACKAGE} has no Open Sans ${w} normal face`);
  return out;
}

export const CSS_PATH = fileURLToPath(new URL('../src/styles/cloudscape-tokens.css', import.meta.url));
export const fontPath = (weight: number) => fileURLToPath(new URL(`../src/styles/fonts/open-sans-${weight}.woff2`, import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(CSS_PATH, tokensCss());
  for (const [w, bytes] of fontFiles()) writeFileSync(fontPath(w), bytes);
  console.log(`Wrote ${CSS_PATH} and ${FONT_WEIGHTS.length} font files.`);
}
