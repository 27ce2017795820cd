/**
 * Finds the key a symmetric ciphertext names (Decrypt and ReEncrypt need no KeyId), with
 * AWS's errors: unparseable -> InvalidCiphertextException; a key that is gone, in another
 * Region or not visible -> AccessDeniedException; a KeyId naming another key -> IncorrectKeyException.
 */
import { AwsError, own } from '@/core';
import type { KmsContext } from '@/kms/context';
import { parseBlob } from '@/kms/crypto/ciphertext-blob';
import type { KmsKey } from './key';

export async function keyForCiphertext(ctx: KmsContext, blob: Uint8Array, keyId?: string): Promise<KmsKey> {
  const parsed = parseBlob(blob);
  if (!parsed) throw new AwsError('InvalidCiphertextException');
  const key = own(ctx.state.keys, parsed.keyId);
  if (!key) {
    throw new AwsError(
      'AccessDeniedException',
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    );
  }
  if (keyId !== undefined) {
    const named = await ctx.resolveKey(keyId, 'any');
    if (named.keyId !== key.keyId) {
      throw new AwsError('IncorrectKeyException', 'The key ID in the request does not identify a CMK that can perform this operation.');
    }
  }
  if (!ctx.resources.includes(key.arn)) ctx.resources.push(key.arn);
  return key;
}

/** The current material, used for every new ciphertext. */
export function currentMaterial(key: KmsKey) {
  const material = key.materials.find((m) => m.id === key.currentMaterialId);
  if (!material) throw new AwsError('KMSInvalidStateException', `${key.arn} is pending import.`);
  return material;
}

/** Written once in core (errors.ts); re-exported for the KMS operations that import it from here. */
export { dryRunError } from '@/core';

/** Only SYMMETRIC_DEFAULT applies to the lab's symmetric keys. */
export function checkSymmetricAlgorithm(algorithm: string | undefined) {
  if (algorithm && algorithm !== 'SYMMETRIC_DEFAULT') {
    throw new AwsError('InvalidKeyUsageException', `Algorithm ${algorithm} is incompatible with key spec SYMMETRIC_DEFAULT.`);
  }
}
