import { describe, expect, it } from 'vitest';
import { UUID_RE } from './ids';
import { cryptoRandom, randomAlnum, seededRandom, uuid } from './random';

describe('randomness', () => {
  it('a seed repeats its sequence; another seed does not', () => {
    expect(seededRandom(7).bytes(32)).toEqual(seededRandom(7).bytes(32));
    expect(seededRandom(7).bytes(32)).not.toEqual(seededRandom(8).bytes(32));
  });

  it('makes v4 UUIDs and IAM-style ids', () => {
    const r = seededRandom(1);
    const id = uuid(r);
    expect(id).toMatch(UUID_RE);
    expect(id[14]).toBe('4');
    expect(randomAlnum(r, 16)).toMatch(/^[A-Z2-7]{16}$/);
  });

  it('platform randomness fills large buffers', () => {
    const b = cryptoRandom().bytes(200_000);
    expect(b.length).toBe(200_000);
    expect(b.subarray(150_000).some((x) => x !== 0)).toBe(true);
  });
});
