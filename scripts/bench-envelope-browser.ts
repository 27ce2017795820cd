/**
 * `npm run bench:envelope:browser` (BENCH_MIB=1024 BENCH_RUNS=3): the envelope benchmark in real
 * Chromium (the system's Debian build, headless, via playwright-core), in ONE page: a BENCH_MIB
 * MiB random file is generated one MiB at a time in the page's origin-private storage (OPFS; a
 * File from it is disk-backed like a picked file: Chromium caps in-memory Blobs at 500 MiB and
 * fails reads past that), then, with 1 MiB frames,
 *   lab  = the lab's envelope engine (src/envelope over the file-encryption screen's File.slice
 *          source, KMS GenerateDataKey/Decrypt through cloud.call),
 *   bare = a chunked WebCrypto AES-256-GCM loop (File.slice + encrypt, 2 frames in flight),
 * output counted and dropped. The decrypt inputs (one per variant) are made in OPFS beforehand
 * from generated random data. Runs are interleaved (bare, lab, bare, ...) per operation.
 * MiB/s = best run. Peaks are sampled every 20 ms over CDP (Runtime.getHeapUsage) during each
 * variant's runs: V8 heap used, and ArrayBuffer backing stores (outside the V8 heap, where the
 * frames live). The page (scripts/bench-browser) is built by vite.bench.config.ts, not into dist/.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { serveDist } from '../e2e/static-server';
import type { Variant } from './bench-browser/bench-page';

const MIB = Number(process.env.BENCH_MIB ?? 1024);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FRAME = 1 << 20;
const PAGE_DIR = resolve(import.meta.dirname, '..', 'node_modules', '.bench-envelope-browser');

type Peak = { ms: number; heap: number; buffers: number };

/** Samples the page's heap over CDP until stopped; the peaks are read after stop() resolves. */
function sampler(cdp: CDPSession) {
  const peak = { heap: 0, buffers: 0 };
  let on = true;
  const loop = (async () => {
    while (on) {
      const h = (await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }))) as { usedSize: number; backingStorageSize?: number };
      peak.heap = Math.max(peak.heap, h.usedSize);
      peak.buffers = Math.max(peak.buffers, h.backingStorageSize ?? 0);
      await new Promise((ok) => setTimeout(ok, 20));
    }
  })();
  return async () => {
    on = false;
    await loop;
    return peak;
  };
}

async function measure(page: Page, cdp: CDPSession, v: Variant, stat: Peak) {
  await page.evaluate(() => window.bench.gc());
  const stop = sampler(cdp);
  const [ms, out] = await page.evaluate((x) => window.bench.run(x), v);
  const p = await stop();
  if (out < MIB * 2 ** 20) throw new Error(`${v} produced ${out} bytes, less than its input`);
  stat.ms = Math.min(stat.ms, ms);
  stat.heap = Math.max(stat.heap, p.heap);
  stat.buffers = Math.max(stat.buffers, p.buffers);
}

async function main() {
  if (!existsSync(resolve(PAGE_DIR, 'index.html'))) {
    throw new Error(
      `The bench page is not built (${PAGE_DIR} is missing): run \`npx vite build --config vite.bench.config.ts\` first (\`npm run bench:envelope:browser\` does).`,
    );
  }
  const server = await serveDist(PAGE_DIR);
  // A profile on disk, so OPFS (the inputs, ~3 GiB at 1024 MiB) is on disk too.
  const profile = await mkdtemp(join(tmpdir(), 'bench-envelope-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumLaunchOptions.executablePath,
    headless: true,
    // The journeys' flags (e2e/chromium.ts), plus exact heap figures and gc() between runs.
    args: [...chromiumLaunchOptions.args, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('crash', () => errors.push('the page crashed'));
    await page.goto(server.url);
    await page.waitForFunction(() => 'bench' in window);
    const cdp = await context.newCDPSession(page);
    await page.evaluate((f) => window.bench.init(f), FRAME);
    const idle = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

    const stats = new Map<Variant, Peak>();
    const stat = (v: Variant) => stats.get(v) ?? stats.set(v, { ms: Infinity, heap: 0, buffers: 0 }).get(v)!;
    let t = performance.now();
    await page.evaluate(() => window.bench.drop());
    await page.evaluate((m) => window.bench.makePlain(m), MIB);
    const genMs = performance.now() - t;
    for (const kind of ['bare', 'lab'] as const) await page.evaluate(([k, m]) => window.bench.makeCipher(k, m), [kind, MIB] as const);
    for (const op of ['encrypt', 'decrypt'] as const) {
      for (let r = 0; r < RUNS; r++) for (const v of [`bare ${op}`, `lab ${op}`] as const) await measure(page, cdp, v, stat(v));
    }
    await page.evaluate(() => window.bench.drop());
    t = performance.now() - t;
    if (errors.length) throw new Error(`Page errors: ${errors.join('; ')}`);

    const mibps = (v: Variant) => MIB / (stats.get(v)!.ms / 1000);
    const m = (b: number) => (b / 2 ** 20).toFixed(1).padStart(8);
    console.log(
      `bench:envelope:browser  ${MIB} MiB OPFS file (generated in ${(genMs / 1000).toFixed(1)} s), frame ${FRAME} bytes, best of ${RUNS} runs, Chromium ${context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1]))} headless, one page's main thread, output discarded`,
    );
    console.log('variant        MiB/s   JS heap peak MiB   ArrayBuffer peak MiB');
    for (const [v, s] of stats) console.log(`${v.padEnd(14)} ${mibps(v).toFixed(0).padStart(5)}   ${m(s.heap)}           ${m(s.buffers)}`);
    for (const op of ['encrypt', 'decrypt'] as const) console.log(`lab ${op}: ${(mibps(`lab ${op}`) / mibps(`bare ${op}`)).toFixed(2)}x bare`);
    console.log(`JS heap at idle after init: ${(idle.usedSize / 2 ** 20).toFixed(1)} MiB; total ${(t / 1000).toFixed(0)} s`);
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
