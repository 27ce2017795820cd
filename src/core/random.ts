/**
 * Randomness is injected. The browser and the endpoint use the platform's CSPRNG;
 * tests and classroom demos use a seeded generator so that ids and key material repeat.
 */
import { toHex } from './bytes';

export interface Random {
  bytes(n: number): Uint8Array;
}

/**
 * The platform CSPRNG, drawn 4 KiB at a time: every call needs a few small values (IVs,
 * request and event ids), and one getRandomValues per value dominated the pipeline's cost.
 */
export function cryptoRandom(): Random {
  const POOL = 4096;
  let pool = new Uint8Array(0);
  let used = 0;
  const fill = (out: Uint8Array) => {
    for (let o = 0; o < out.length; o += 65536) crypto.getRandomValues(out.subarray(o, Math.min(out.length, o + 65536)));
  };
  return {
    bytes(n) {
      const out = new Uint8Array(n);
      if (n > POOL / 4) {
        fill(out);
        return out;
      }
      if (used + n > pool.length) {
        pool = new Uint8Array(POOL);
        fill(pool);
        used = 0;
      }
      out.set(pool.subarray(used, used + n));
      pool.fill(0, used, used + n);
      used += n;
      return out;
    },
  };
}

/** xoshiro128** seeded by splitmix32: fast, repeatable, not for real secrets. */
export function seededRandom(seed: number): Random {
  let x = seed >>> 0;
  const split = () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const s = [split(), split(), split(), split()];
  const next = () => {
    const r = Math.imul(rotl(Math.imul(s[1]!, 5), 7), 9) >>> 0;
    const t = (s[1]! << 9) >>> 0;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return r;
  };
  return {
    bytes(n) {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i += 4) {
        const v = next();
        for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (v >>> (8 * j)) & 0xff;
      }
      return out;
    },
  };
}

const rotl = (v: number, k: number) => ((v << k) | (v >>> (32 - k))) >>> 0;

/** A lowercase dashed UUID v4 built from the injected randomness. */
export function uuid(random: Random): string {
  const b = random.bytes(16);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = toHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Uppercase alphanumerics, as in IAM unique ids (AIDA...) and access key ids (AKIA...). */
export function randomAlnum(random: Random, n: number): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return Array.from(random.bytes(n), (x) => A[x & 31]).join('');
}
