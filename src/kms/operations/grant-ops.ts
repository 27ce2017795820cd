/**
 * The grant operations' files in one chunk, loaded on the first call of any of them (the rows in
 * registry.ts import this module): one chunk, not five, so the code they share with the first
 * screen is not split into many small files (README "Budgets").
 */
export { createGrant } from './create-grant';
export { listGrants } from './list-grants';
export { listRetirableGrants } from './list-retirable-grants';
export { retireGrant } from './retire-grant';
export { revokeGrant } from './revoke-grant';
