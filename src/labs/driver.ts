/**
 * The lab driver: what setups, solutions and wrong attempts use to act on the account. Calls
 * are signed as the root unless `as` names an IAM user (the principal is built from the
 * account's own IAM record, as the console's identity switch does).
 */
import { ACCOUNT_ID, own } from '@/core';
import type { CallRequest, Cloud } from '@/cloud';
import { findUser, LAB_REGION } from './inspect';
import type { LabDriver } from './types';

export type Caller = NonNullable<CallRequest['caller']>;

export function principalOf(cloud: Cloud, userName?: string): Caller | undefined {
  if (!userName) return undefined;
  const u = findUser(cloud, userName);
  if (!u) throw new Error(`No IAM user named ${userName}`);
  return { type: 'user', arn: u.arn, name: u.userName, accountId: ACCOUNT_ID, userId: u.userId };
}

export function createDriver(cloud: Cloud): LabDriver {
  return {
    cloud,
    memo: {},
    call: (service, operation, input = {}, o = {}) =>
      cloud.call({ service, operation, input, caller: principalOf(cloud, o.as), region: o.region ?? LAB_REGION, source: 'lab' }),
    keyIdOf(alias, region = LAB_REGION) {
      const target = own(own(cloud.state.kms, region)?.aliases, alias)?.targetKeyId;
      if (!target) throw new Error(`${alias} does not exist in ${region}`);
      return target;
    },
  };
}
