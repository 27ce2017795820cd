/**
 * What GenerateMac and VerifyMac share: an HMAC key (KeyUsage GENERATE_VERIFY_MAC), the one MAC
 * algorithm of its spec (AWS: `Algorithm HMAC_SHA_256 is incompatible with key spec HMAC_224.`),
 * and the MAC of the message under the key's current material (crypto/hmac.ts).
 */
import { AwsError } from '@/core';
import type { KmsKey } from './key';
import { MAC_HASH, SPECS, type MacAlgorithm } from './key-specs';
import { requireUsage } from './usage-rules';

export async function macOf(key: KmsKey, algorithm: string, message: Uint8Array, operation: 'GenerateMac' | 'VerifyMac', dryRun?: boolean) {
  requireUsage(key, 'GENERATE_VERIFY_MAC', operation);
  if (algorithm !== `HMAC_SHA_${SPECS[key.keySpec].bits}` || !(algorithm in MAC_HASH)) {
    throw new AwsError('InvalidKeyUsageException', `Algorithm ${algorithm} is incompatible with key spec ${key.keySpec}.`);
  }
  const material = key.materials.find((m) => m.id === key.currentMaterialId);
  if (!material) throw new AwsError('KMSInvalidStateException', `${key.arn} is pending import.`);
  if (dryRun) throw new AwsError('DryRunOperationException', 'The request would have succeeded, but the DryRun option is set.');
  const { computeMac } = await import('@/kms/crypto/hmac');
  return computeMac(algorithm as MacAlgorithm, message, material.handles?.HMAC, material.raw);
}
