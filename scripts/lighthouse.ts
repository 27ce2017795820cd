/**
 * `npm run lighthouse`: Lighthouse (12.x, the last line for Node 20) on the built site in the
 * system's Chromium, on the home page and three other first screens (hash routes: Lighthouse
 * loads each URL as a first-time visitor, storage cleared). Prints performance, accessibility and
 * best-practices scores and the first-screen timings (FCP, LCP, TBT, CLS) per screen with the
 * desktop preset, and exits non-zero when any of the three categories is below 95 (a screen below
 * is measured three times and judged by the median run). `--mobile` adds Lighthouse's default
 * (mobile: a mid-range phone, 4x CPU slowdown, slow 4G, simulated), which then fails when
 * performance is below 90 or the other two below 95; it is not in the test command yet (its
 * scores need a quiet machine: 4x slowdown of a busy CPU is not a phone). The site is served
 * gzip-compressed, as GitHub Pages serves it. KMSLAB_DIST points at a build written elsewhere
 * (`vite build --outDir`), as for the e2e journeys; CHROMIUM_PATH overrides the browser;
 * LIGHTHOUSE_SCREENS='#/,#/learn' audits only those screens (while fixing one).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serveDist } from '../e2e/static-server';

const SCREENS = process.env.LIGHTHOUSE_SCREENS?.split(',') ?? ['#/', '#/kms/keys', '#/learn', '#/drills'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
/** The budget; LIGHTHOUSE_MIN_SCORE (every category, desktop) and LIGHTHOUSE_MIN_MOBILE (mobile performance) override it, e.g. to see the check fail. */
const MIN_SCORE = Number(process.env.LIGHTHOUSE_MIN_SCORE ?? 95);
const MIN_MOBILE_PERFORMANCE = Number(process.env.LIGHTHOUSE_MIN_MOBILE ?? 90);
const minimum = (preset: Preset, c: (typeof CATEGORIES)[number]) => (preset === 'mobile' && c === 'performance' ? MIN_MOBILE_PERFORMANCE : MIN_SCORE);
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
] as const;

type Preset = 'desktop' | 'mobile';

interface Row {
  preset: Preset;
  screen: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: string[];
  /** The failed audits of a category below the minimum, to say what to fix. */
  failing: string[];
}

async function audit(url: string, port: number, preset: Preset, screen: string): Promise<Row> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Row['scores'];
  const metrics = METRICS.map(([name, id]) => `${name} ${lhr.audits[id]?.displayValue ?? '?'}`);
  const failing: string[] = [];
  for (const c of CATEGORIES) {
    if (scores[c] >= minimum(preset, c)) continue;
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing.push(`${c}: ${a.id} (${Math.round(a.score * 100)}) ${a.displayValue ?? a.title}`);
    }
  }
  return { preset, screen, scores, metrics, failing };
}

const below = (r: Row) => CATEGORIES.some((c) => r.scores[c] < minimum(r.preset, c));

/**
 * One run; when it is below the minimum, two more and the median run (by performance) counts:
 * timings vary with the machine's load, and one slow run should not fail the check, nor should
 * one lucky run pass it.
 */
async function measure(url: string, port: number, preset: Preset, screen: string): Promise<Row> {
  const first = await audit(url, port, preset, screen);
  if (!below(first)) return first;
  const runs = [first, await audit(url, port, preset, screen), await audit(url, port, preset, screen)];
  runs.sort((a, b) => a.scores.performance - b.scores.performance);
  const median = runs[1]!;
  return { ...median, screen: `${screen} (median of 3)` };
}

async function main() {
  const presets: Preset[] = process.argv.includes('--mobile') ? ['desktop', 'mobile'] : ['desktop'];
  // Compressed, as GitHub Pages serves it.
  const server = await serveDist(undefined, '/', true);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Also when Lighthouse fails outside the awaited run (a tab that crashed under load ends the
  // process from an event handler): no browser left running on the machine.
  process.on('exit', () => chrome.kill());
  const rows: Row[] = [];
  try {
    for (const preset of presets) {
      for (const screen of SCREENS) {
        const row = await measure(server.url + screen, chrome.port, preset, screen);
        rows.push(row);
        const s = row.scores;
        console.log(
          `${preset.padEnd(7)} ${row.screen.padEnd(12)} performance ${s.performance}  accessibility ${s.accessibility}  best-practices ${s['best-practices']}  | ${row.metrics.join('  ')}`,
        );
        for (const f of row.failing) console.log(`        ${f}`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  const failed = rows.filter(below);
  if (failed.length) {
    console.error(`Below the budget: ${failed.map((r) => `${r.screen} (${r.preset})`).join(', ')}`);
    process.exitCode = 1;
  } else
    console.log(
      `Every screen scores at least ${MIN_SCORE} in ${CATEGORIES.join(', ')} (desktop)` +
        (presets.includes('mobile') ? `, and at least ${MIN_MOBILE_PERFORMANCE} in performance and ${MIN_SCORE} in the others (mobile).` : '.'),
    );
}

await main();
