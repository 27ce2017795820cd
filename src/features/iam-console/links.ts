/**
 * Addresses of the IAM screens. `#/iam/users/<name>` is a user's page; a user literally named
 * "create" or "details" is reached at `#/iam/users/details/<name>`, as AWS's own console spells
 * every user page, so it never collides with the Create user wizard.
 */
const RESERVED = new Set(['create', 'details']);
const enc = encodeURIComponent;

export const usersHref = '#/iam/users';
export const groupsHref = '#/iam/groups';
export const rolesHref = '#/iam/roles';
export const policiesHref = '#/iam/policies';

export const userHref = (name: string) => (RESERVED.has(name) ? `#/iam/users/details/${enc(name)}` : `#/iam/users/${enc(name)}`);
export const groupHref = (name: string) => (RESERVED.has(name) ? `#/iam/groups/details/${enc(name)}` : `#/iam/groups/${enc(name)}`);
export const roleHref = (name: string) => (RESERVED.has(name) ? `#/iam/roles/details/${enc(name)}` : `#/iam/roles/${enc(name)}`);
export const policyHref = (name: string) => `#/iam/policies/${enc(name)}`;

export const go = (href: string) => {
  window.location.hash = href.slice(1);
};
