/**
 * `npm run bench [-- --seconds 3] [-- --round-ms 100]`: what the simulation costs over the
 * cryptography it wraps. Encrypt of 4 KiB, one call at a time, in one process:
 *   (a) raw WebCrypto AES-256-GCM encrypt with a non-extractable key (the floor),
 *   (b) cloud.call Encrypt as lab-admin (validate, resolve, IAM + key policy, seal, trail),
 *   (c) handleAwsJsonRequest with a SigV4-signed request (b + JSON, base64, signature check), as
 *       the Node endpoint calls it (src/endpoint/server.ts: node:crypto hashing for SigV4).
 * Robust to a loaded machine: each variant is measured against the floor in alternating short
 * rounds (raw then variant, variant then raw, ...), so a burst of load hits both sides of a round
 * alike, and the cost reported is the median of the per-round ratios (the floor's median call
 * time over the variant's), with its spread (interquartile range, min-max) and the load average
 * before and after. Targets:
 * cloud.call at most 2x, the wire path (SigV4, JSON, base64 and the pipeline) at most 3.5x.
 * How to read the figures, and the last ones: docs/performance.md.
 */
import { cpus, loadavg } from 'node:os';
import { SimulatedClock } from '../src/core';
import { createCloud } from '../src/cloud/create-cloud';
import { handleAwsJsonRequest } from '../src/cloud/protocol/aws-json';
import { signedRequest } from '../src/cloud/protocol/testing';
import { LAB_ADMIN, principalForUser } from '../src/iam/state';
import { nodeHashing } from '../src/endpoint/node-hashing';

const arg = (name: string) => Number(process.argv[process.argv.indexOf(name) + 1]) || undefined;
const seconds = arg('--seconds') ?? 3;
const ROUND_MS = arg('--round-ms') ?? 100;
const SIZE = 4096;

type Run = () => Promise<unknown>;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
};

/**
 * One side of a round: runs `run` one call at a time for `ms`, timing each call. `rate` is calls
 * per second of the median call (a call the scheduler preempted on a busy machine is an outlier
 * the median ignores); `throughput` is calls per second of wall time, preemptions included;
 * `cpuUs` is CPU microseconds per call, all threads (WebCrypto runs on the thread pool).
 */
async function measure(run: Run, ms: number) {
  const took: number[] = [];
  const cpu = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    const t = performance.now();
    await run();
    now = performance.now();
    took.push(now - t);
  }
  const used = process.cpuUsage(cpu);
  return { rate: 1000 / quantile(took, 0.5), throughput: (took.length * 1000) / (now - start), cpuUs: (used.user + used.system) / took.length };
}

/** Per-round ratios of `variant` against `raw`, in alternating order (ABBA...). */
export async function pairedRounds(raw: Run, variant: Run, rounds: number, roundMs: number) {
  const cost: number[] = [];
  const throughputCost: number[] = [];
  const cpuCost: number[] = [];
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const first = r % 2 === 0 ? raw : variant;
    const a = await measure(first, roundMs);
    const b = await measure(first === raw ? variant : raw, roundMs);
    const [base, v] = first === raw ? [a, b] : [b, a];
    cost.push(base.rate / v.rate);
    throughputCost.push(base.throughput / v.throughput);
    cpuCost.push(v.cpuUs / base.cpuUs);
    rates.push(v.rate);
  }
  return { cost, throughputCost, cpuCost, rates };
}

async function main() {
  const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)) });
  const admin = principalForUser(cloud.state.iam, LAB_ADMIN)!;
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: {}, caller: admin });
  const keyId: string = KeyMetadata.KeyId;
  const plaintext = crypto.getRandomValues(new Uint8Array(SIZE));
  const rawKey = await crypto.subtle.importKey('raw', crypto.getRandomValues(new Uint8Array(32)), { name: 'AES-GCM' }, false, ['encrypt']);
  const request = await signedRequest(
    'TrentService.Encrypt',
    { KeyId: keyId, Plaintext: Buffer.from(plaintext).toString('base64') },
    { userAgent: 'kms-lab-bench' },
  );

  const raw: Run = () => crypto.subtle.encrypt({ name: 'AES-GCM', iv: crypto.getRandomValues(new Uint8Array(12)) }, rawKey, plaintext);
  const variants: { name: string; target: number; run: Run }[] = [
    {
      name: 'cloud.call Encrypt',
      target: 2,
      run: () => cloud.call({ service: 'kms', operation: 'Encrypt', input: { KeyId: keyId, Plaintext: plaintext }, caller: admin }),
    },
    {
      name: 'handleAwsJsonRequest (SigV4)',
      target: 3.5,
      run: async () => {
        const res = await handleAwsJsonRequest(cloud, request, { hashing: nodeHashing });
        if (res.status !== 200) throw new Error(`wire Encrypt failed: ${res.status} ${res.body}`);
      },
    },
  ];

  for (const v of [raw, ...variants.map((x) => x.run)]) await measure(v, 300); // warm up the JIT and WebCrypto
  const rounds = Math.max(6, Math.round((seconds * 1000) / ROUND_MS));
  const loadBefore = loadavg()[0]!;
  const results: ((typeof variants)[number] & Awaited<ReturnType<typeof pairedRounds>>)[] = [];
  for (const v of variants) results.push({ ...v, ...(await pairedRounds(raw, v.run, rounds, ROUND_MS)) });
  const loadAfter = loadavg()[0]!;

  const x = (n: number) => `${n.toFixed(2)}x`;
  console.log(
    `Encrypt of ${SIZE} bytes, one at a time; each variant against raw WebCrypto in ${rounds} alternating rounds of ${ROUND_MS} ms each side (Node ${process.version}, ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)})\n`,
  );
  const head = ['variant'.padEnd(30), 'call/s', 'cost', 'IQR', 'min-max', 'throughput', 'CPU', 'target'];
  const widths = [30, 8, 8, 14, 14, 12, 8, 8];
  const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[0]!))).join('');
  console.log(line(head));
  for (const r of results) {
    const q = (p: number) => x(quantile(r.cost, p));
    console.log(
      line([
        r.name,
        quantile(r.rates, 0.5).toFixed(0),
        q(0.5),
        `${q(0.25)}-${q(0.75)}`,
        `${x(Math.min(...r.cost))}-${x(Math.max(...r.cost))}`,
        x(quantile(r.throughputCost, 0.5)),
        x(quantile(r.cpuCost, 0.5)),
        `${r.target}x`,
      ]),
    );
  }
  const verdict = (r: (typeof results)[number]) =>
    `${r.name}: ${quantile(r.cost, 0.5) <= r.target ? 'met' : 'NOT met'} (${x(quantile(r.cost, 0.5))} of ${r.target}x)`;
  console.log(`\nTargets, median cost against raw WebCrypto: ${results.map(verdict).join('; ')}.`);
  console.log('cost: raw against variant, median call of each side of a round, median over the rounds (IQR, min-max: spread of the rounds);');
  console.log('throughput: the same from calls per second of wall time (preemptions included); CPU: CPU time per call, all threads.');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
