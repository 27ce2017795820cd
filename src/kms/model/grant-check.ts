/**
 * All the first screen knows of grants: whether a key has any (its `grants` list is plain data on
 * the key) and whether a request passes grant tokens. Only then are the grant rules (grants.ts:
 * the matcher, the tokens) loaded, before the authorization step needs them, so a visit that
 * never meets a grant never loads them (README "Budgets").
 */
import type { KmsKey } from './key';

type GrantRules = typeof import('./grants');

let rules: GrantRules | undefined;

export const hasGrants = (key: KmsKey): boolean => (key.grants?.length ?? 0) > 0;

/** Loads the grant rules (once). */
export async function loadGrantRules(): Promise<GrantRules> {
  return (rules ??= await import('./grants'));
}

/**
 * The grant rules, already loaded: the key step loads them when the key it resolves has grants
 * (key-resource.ts), so authorization, which is synchronous, finds them.
 */
export function loadedGrantRules(): GrantRules {
  if (!rules) throw new Error('The grant rules are read before they were loaded: await loadGrantRules() when a key has grants.');
  return rules;
}

/** Checks a request's GrantTokens, loading the token rules only when there are tokens. */
export async function checkGrantTokens(tokens: unknown): Promise<void> {
  if (Array.isArray(tokens) && tokens.length > 0) (await loadGrantRules()).checkGrantTokens(tokens);
}
