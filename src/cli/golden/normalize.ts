/**
 * Replaces values that differ between two runs by their order of first appearance: key ids
 * (UUIDs, also inside ARNs), 64-hex key material ids, and base64 runs (ciphertexts, data
 * keys: 40+ characters, or 16+ with padding). The same value always gets the same token
 * within one run, so the structure of the output is still compared. Timestamps are left
 * alone: the golden test gives both accounts the same simulated clock, so they must match
 * as printed (microseconds included).
 */
const RULES: [string, RegExp][] = [
  ['ID', /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g],
  ['HEX', /\b[0-9a-f]{64}\b/g],
  ['B64', /[A-Za-z0-9+/]{40,}={0,2}|[A-Za-z0-9+/]{16,}={1,2}/g],
];

export class Normalizer {
  private readonly seen = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  normalize(text: string): string {
    let out = text;
    for (const [kind, re] of RULES) {
      out = out.replace(re, (value) => {
        const key = `${kind}:${value}`;
        let token = this.seen.get(key);
        if (!token) {
          const n = (this.counts.get(kind) ?? 0) + 1;
          this.counts.set(kind, n);
          token = `<${kind}${n}>`;
          this.seen.set(key, token);
        }
        return token;
      });
    }
    return out;
  }
}
