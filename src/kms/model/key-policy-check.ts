/**
 * Checks a key policy before CreateKey or PutKeyPolicy stores it, as KMS does:
 * well-formed JSON and statements (MalformedPolicyDocumentException), principals that exist,
 * the 32 KB document quota (LimitExceededException), and the lockout safety check: unless
 * BypassPolicyLockoutSafetyCheck, the caller must still be able to call PutKeyPolicy under
 * the new policy. Returns the policy re-serialized in KMS's pretty form.
 */
import { ACCOUNT_ID, AwsError, parseArn } from '@/core';
import { evaluate } from '@/iam/evaluate';
import type { IamState, Principal } from '@/iam/model';
import { parsePolicy } from '@/iam/policy-document';
import { kmsPretty } from './policy-json';

export const KEY_POLICY_MAX_BYTES = 32768;

export function checkKeyPolicy(text: string, o: { iam: IamState; caller: Principal; keyArn: string; bypassLockoutCheck?: boolean }): string {
  if (new TextEncoder().encode(text).length > KEY_POLICY_MAX_BYTES) {
    throw new AwsError('LimitExceededException', `Key policy exceeds the maximum size of ${KEY_POLICY_MAX_BYTES} bytes.`);
  }
  const parsed = parsePolicy(text);
  if (!parsed.ok) throw new AwsError('MalformedPolicyDocumentException', parsed.problem);
  for (const principal of principalsOf(JSON.parse(text))) {
    if (!principalExists(o.iam, principal)) {
      throw new AwsError('MalformedPolicyDocumentException', 'Policy contains a statement with one or more invalid principals.');
    }
  }
  if (!o.bypassLockoutCheck) {
    const decision = evaluate(o.iam, {
      principal: o.caller,
      action: 'kms:PutKeyPolicy',
      resource: o.keyArn,
      resourcePolicy: { document: parsed.policy, label: 'New key policy' },
    });
    if (!decision.allowed) {
      throw new AwsError('MalformedPolicyDocumentException', 'The new key policy will not allow you to update the key policy in the future.');
    }
  }
  return kmsPretty(JSON.parse(text));
}

function principalsOf(doc: { Statement?: unknown }): string[] {
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  const out: string[] = [];
  for (const s of statements as { Principal?: unknown }[]) {
    const p = s?.Principal;
    if (p && typeof p === 'object' && 'AWS' in p) {
      const aws = (p as { AWS: unknown }).AWS;
      for (const a of Array.isArray(aws) ? aws : [aws]) if (typeof a === 'string') out.push(a);
    }
  }
  return out;
}

/** Other accounts are taken on trust; in this account, users and roles must exist. */
function principalExists(iam: IamState, principal: string): boolean {
  if (principal === '*' || /^\d{12}$/.test(principal)) return true;
  const arn = parseArn(principal);
  if (!arn || (arn.service !== 'iam' && arn.service !== 'sts')) return false;
  if (arn.account !== ACCOUNT_ID) return /^\d{12}$/.test(arn.account);
  if (arn.resource === 'root') return true;
  const name = arn.resource.split('/').pop()!.toLowerCase();
  if (arn.resource.startsWith('user/')) return Object.values(iam.users).some((u) => u.userName.toLowerCase() === name);
  if (arn.resource.startsWith('role/')) return Object.values(iam.roles).some((r) => r.roleName.toLowerCase() === name);
  if (arn.resource.startsWith('assumed-role/')) return true;
  return false;
}
