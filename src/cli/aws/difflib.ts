/**
 * Python's difflib.get_close_matches (SequenceMatcher ratio without junk heuristics, which
 * only start at 200 characters): the "maybe you meant" suggestions of the AWS CLI.
 */
function longestMatch(a: string, b: string, alo: number, ahi: number, blo: number, bhi: number): [number, number, number] {
  const b2j = new Map<string, number[]>();
  for (let j = blo; j < bhi; j++) {
    const list = b2j.get(b[j]!) ?? [];
    list.push(j);
    b2j.set(b[j]!, list);
  }
  let best: [number, number, number] = [alo, blo, 0];
  let j2len = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (const j of b2j.get(a[i]!) ?? []) {
      const k = (j2len.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > best[2]) best = [i - k + 1, j - k + 1, k];
    }
    j2len = next;
  }
  return best;
}

function matchingCharacters(a: string, b: string): number {
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  let total = 0;
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = longestMatch(a, b, alo, ahi, blo, bhi);
    if (k === 0) continue;
    total += k;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  return total;
}

export function ratio(a: string, b: string): number {
  const len = a.length + b.length;
  return len ? (2 * matchingCharacters(a, b)) / len : 1;
}

export function closeMatches(word: string, possibilities: string[], n = 3, cutoff = 0.6): string[] {
  const scored: [number, string][] = [];
  for (const x of possibilities) {
    // SequenceMatcher(a=x, b=word)
    const r = ratio(x, word);
    if (r >= cutoff) scored.push([r, x]);
  }
  scored.sort((p, q) => q[0] - p[0] || (q[1] > p[1] ? 1 : q[1] < p[1] ? -1 : 0));
  return scored.slice(0, n).map(([, x]) => x);
}
