import { describe, expect, it } from 'vitest';
import { mergeLabProgress } from './lab-progress-merge';

const p = (passed: string[], hints: Record<string, number> = {}, completed = false) => ({ passed, hints, completed });

describe('merging lab progress saved by two tabs', () => {
  it('takes what each side changed, and both when both changed the same lab', () => {
    const base = { a: p(['s1']), b: p([]), c: p(['s1'], { s2: 1 }) };
    const mine = { a: p(['s1', 's2']), b: p([]), c: p(['s1'], { s2: 2 }) };
    const stored = { a: p(['s1']), b: p(['s1'], {}, true), c: p(['s1', 's3'], { s2: 1, s3: 3 }), d: p(['x']) };
    expect({ ...mergeLabProgress(base, mine, stored) }).toEqual({
      a: p(['s1', 's2']),
      b: p(['s1'], {}, true),
      c: p(['s1', 's3'], { s3: 3, s2: 2 }, false),
      d: p(['x']),
    });
  });

  it('a Reset lab made only here stays reset; a lab removed here (an import) and untouched elsewhere stays removed', () => {
    const base = { a: p(['s1', 's2'], {}, true), b: p(['s1']) };
    const mine = { a: p([]) };
    expect({ ...mergeLabProgress(base, mine, base) }).toEqual({ a: p([]) });
  });
});
