/**
 * Rules shared by the IAM operations, stated once: AWS's error names, HTTP statuses and
 * wording, entity lookups, managed-policy attachment and inline-policy quotas.
 * Errors: https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html and each
 * operation's Errors section. Quotas: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
import { AwsError, groupArn, parseArn, roleArn, userArn } from '@/core';
import { findGroup, findRole, findUser } from '@/iam/find';
import { findManagedPolicy, type ManagedPolicy } from '@/iam/managed-policies';
import type { IamGroup, IamRole, IamUser, PolicyDocumentRecord } from '@/iam/model';
import { parsePolicyDocument, type PolicyKind } from '@/iam/policy-document';
import type { IamContext } from './context';

export const noSuchEntity = (message: string) => new AwsError('NoSuchEntity', message, 404);
export const entityAlreadyExists = (message: string) => new AwsError('EntityAlreadyExists', message, 409);
export const deleteConflict = (message: string) => new AwsError('DeleteConflict', message, 409);
export const limitExceeded = (message: string) => new AwsError('LimitExceeded', message, 409);
export const malformedPolicy = (message: string) => new AwsError('MalformedPolicyDocument', message, 400);
export const invalidInput = (message: string) => new AwsError('InvalidInput', message, 400);
export const iamValidationError = (message: string) => new AwsError('ValidationError', message, 400);

export function needUser(ctx: IamContext, name: string): IamUser {
  const u = findUser(ctx.iam, name);
  if (!u) throw noSuchEntity(`The user with name ${name} cannot be found.`);
  return u;
}

export function needGroup(ctx: IamContext, name: string): IamGroup {
  const g = findGroup(ctx.iam, name);
  if (!g) throw noSuchEntity(`The group with name ${name} cannot be found.`);
  return g;
}

export function needRole(ctx: IamContext, name: string): IamRole {
  const r = findRole(ctx.iam, name);
  if (!r) throw noSuchEntity(`The role with name ${name} cannot be found.`);
  return r;
}

/** ARNs for authorization: the entity's real ARN (with its path) when it exists. */
export const userResource = (ctx: IamContext, name: string) => findUser(ctx.iam, name)?.arn ?? userArn(name);
export const groupResource = (ctx: IamContext, name: string) => findGroup(ctx.iam, name)?.arn ?? groupArn(name);
export const roleResource = (ctx: IamContext, name: string) => findRole(ctx.iam, name)?.arn ?? roleArn(name);

/**
 * Operations whose UserName is optional act on the calling IAM user. The lab keeps no access
 * keys for the root user (AWS advises against them), so root, like a role, must name the user.
 */
export function targetUserName(ctx: IamContext, given: string | undefined): string {
  if (given !== undefined) return given;
  if (ctx.caller.type !== 'user') throw iamValidationError('Must specify userName when calling with non-User credentials');
  return ctx.caller.name;
}

export function checkArn(arn: string): void {
  if (!parseArn(arn)) throw invalidInput(`ARN ${arn} is not valid.`);
}

/** Only AWS managed policies exist in the lab; customer managed ones are not modelled. */
export function needAttachable(arn: string): ManagedPolicy {
  checkArn(arn);
  const p = findManagedPolicy(arn);
  if (!p) throw noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
  return p;
}

export const MANAGED_POLICIES_PER_IDENTITY = 10;

/** Attaching twice is a no-op, as in IAM; an 11th policy exceeds the quota. */
export function attachPolicy(attached: string[], arn: string, quotaName: 'PoliciesPerUser' | 'PoliciesPerGroup' | 'PoliciesPerRole'): void {
  const p = needAttachable(arn);
  if (attached.includes(p.arn)) return;
  if (attached.length >= MANAGED_POLICIES_PER_IDENTITY) throw limitExceeded(`Cannot exceed quota for ${quotaName}: ${MANAGED_POLICIES_PER_IDENTITY}`);
  attached.push(p.arn);
}

export function detachPolicy(attached: string[], arn: string): void {
  checkArn(arn);
  const i = attached.indexOf(arn);
  if (i < 0) throw noSuchEntity(`Policy ${arn} was not found.`);
  attached.splice(i, 1);
}

/** Aggregate inline policy size per identity, whitespace not counted. */
export const INLINE_QUOTA = { user: 2048, group: 5120, role: 10240 } as const;

/** Checks a document as a policy of `kind` and returns it, or throws MalformedPolicyDocument. */
export function checkDocument(text: string, kind: PolicyKind = 'identity'): string {
  const r = parsePolicyDocument(text, kind);
  if (!r.ok) throw malformedPolicy(r.problem);
  return text;
}

/** Adds or replaces an inline policy after checking the document and the size quota. */
export function putInlinePolicy(list: PolicyDocumentRecord[], name: string, document: string, owner: { type: 'user' | 'group' | 'role'; name: string }): void {
  checkDocument(document);
  const others = list.filter((p) => p.name !== name);
  const size = [...others.map((p) => p.document), document].reduce((n, d) => n + d.replace(/\s/g, '').length, 0);
  const max = INLINE_QUOTA[owner.type];
  if (size > max) throw limitExceeded(`Maximum policy size of ${max} bytes exceeded for ${owner.type} ${owner.name}`);
  const existing = list.find((p) => p.name === name);
  if (existing) existing.document = document;
  else list.push({ name, document });
}

export function deleteInlinePolicy(list: PolicyDocumentRecord[], name: string, ownerType: 'user' | 'group' | 'role'): void {
  const i = list.findIndex((p) => p.name === name);
  if (i < 0) throw noSuchEntity(`The ${ownerType} policy with name ${name} cannot be found.`);
  list.splice(i, 1);
}

export function getInlinePolicy(list: PolicyDocumentRecord[], name: string, ownerType: 'user' | 'group' | 'role'): PolicyDocumentRecord {
  const p = list.find((x) => x.name === name);
  if (!p) throw noSuchEntity(`The ${ownerType} policy with name ${name} cannot be found.`);
  return p;
}

export const hasPathPrefix = (path: string, prefix: string | undefined) => prefix === undefined || path.startsWith(prefix);
