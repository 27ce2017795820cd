import { describe, expect, it } from 'vitest';
import { LABS } from './catalog';
import { isLabId, LAB_IDS } from './lab-ids';

describe('lab ids', () => {
  it("are exactly the catalogue's ids, in order", () => {
    expect(LAB_IDS).toEqual(LABS.map((l) => l.id));
  });

  it('tell a lab id from anything else', () => {
    expect(isLabId('rotation')).toBe(true);
    expect(isLabId('no-such-lab')).toBe(false);
    expect(isLabId('')).toBe(false);
  });
});
