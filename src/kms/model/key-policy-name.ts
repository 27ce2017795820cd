/**
 * Every KMS key has exactly one key policy, named `default` (docs/aws-behaviour.md, "Key policies").
 * Another well-formed name is a policy that does not exist.
 */
import { AwsError, str } from '@/core';

export const DEFAULT_POLICY_NAME = 'default';

export const policyNameShape = str({ min: 1, max: 128, pattern: '[\\w]+', doc: 'Name of the key policy (only "default")' });

export function checkPolicyName(name: string | undefined): void {
  if (name !== undefined && name !== DEFAULT_POLICY_NAME) throw new AwsError('NotFoundException', 'No such policy exists');
}
