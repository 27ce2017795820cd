/**
 * IAM wildcards: `*` matches any run of characters (also none), `?` exactly one; everything else
 * is literal. Used for Action/NotAction (case-insensitive), Resource/NotResource and the
 * StringLike/ArnLike condition operators (case-sensitive).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
const cache = new Map<string, RegExp>();

export function globToRegExp(pattern: string, ignoreCase = false): RegExp {
  const cacheKey = `${ignoreCase ? 'i' : 's'}:${pattern}`;
  let re = cache.get(cacheKey);
  if (!re) {
    const src = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    re = new RegExp(`^${src}$`, ignoreCase ? 'is' : 's');
    if (cache.size > 2000) cache.clear();
    cache.set(cacheKey, re);
  }
  return re;
}

export const globMatch = (pattern: string, text: string, ignoreCase = false): boolean => globToRegExp(pattern, ignoreCase).test(text);

/** `kms:Create*` matches `kms:CreateKey`; service prefix and action name are case-insensitive. */
export const actionMatches = (pattern: string, action: string): boolean => globMatch(pattern, action, true);

/**
 * ArnLike/ArnEquals: each of the six colon-separated parts is matched on its own, so a
 * wildcard never spans a colon in the first five parts. Not an ARN: no match.
 */
export function arnMatches(pattern: string, arn: string): boolean {
  const p = splitArn(pattern);
  const a = splitArn(arn);
  if (!p || !a) return false;
  return p.every((part, i) => globMatch(part, a[i]!));
}

function splitArn(s: string): string[] | undefined {
  const parts = s.split(':');
  if (parts.length < 6 || (parts[0] !== 'arn' && parts[0] !== '*')) return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}
