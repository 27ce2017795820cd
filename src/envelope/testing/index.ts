/**
 * Test helpers: a fresh account with a KMS key `alias/files`, reached only through cloud.call
 * (the envelope engine may import core and cloud only, tests included).
 */
import { SimulatedClock, seededRandom } from '@/core';
import { createCloud } from '@/cloud';
import { cloudKms, type KmsCall } from '@/envelope/kms-envelope';

export async function envelopeLab() {
  const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(42) });
  const kmsAs = (caller?: any): KmsCall => cloudKms(cloud, caller);
  const call = (service: 'kms' | 'iam', operation: string, input: Record<string, unknown> = {}) => cloud.call({ service, operation, input });
  const { KeyMetadata } = await call('kms', 'CreateKey');
  await call('kms', 'CreateAlias', { AliasName: 'alias/files', TargetKeyId: KeyMetadata.KeyId });
  return {
    cloud,
    keyId: KeyMetadata.KeyId as string,
    kms: kmsAs(),
    call,
    /** An IAM user with no policy at all (so KMS denies it), as a KMS caller. */
    async stranger(name: string) {
      await call('iam', 'CreateUser', { UserName: name });
      const { AccessKey } = await call('iam', 'CreateAccessKey', { UserName: name });
      return kmsAs(cloud.findAccessKey(AccessKey.AccessKeyId)!.principal);
    },
  };
}

export function randomBytes(n: number) {
  const out = new Uint8Array(n);
  for (let o = 0; o < n; o += 65536) crypto.getRandomValues(out.subarray(o, Math.min(n, o + 65536)));
  return out;
}
