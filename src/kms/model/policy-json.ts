/**
 * KMS returns key policies re-serialized in its own pretty form (Jackson's default printer:
 * `"Key" : value`, two-space indent, arrays inline `[ {...}, {...} ]`), so GetKeyPolicy is
 * not byte-identical to what was put (docs/aws-behaviour.md, "Key policies").
 */
export function kmsPretty(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[ ]';
    return `[ ${value.map((v) => kmsPretty(v, indent)).join(', ')} ]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{ }';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)} : ${kmsPretty(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
