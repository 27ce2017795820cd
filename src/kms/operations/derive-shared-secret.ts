/**
 * DeriveSharedSecret: https://docs.aws.amazon.com/kms/latest/APIReference/API_DeriveSharedSecret.html
 * ECDH key agreement between the private key of a KEY_AGREEMENT key (ECC_NIST_P256/P384/P521) and
 * a peer's public key (DER SubjectPublicKeyInfo on the same curve): the raw shared secret (the
 * x-coordinate of the shared point, 32, 48 or 66 bytes), the one the peer computes with its own
 * private key and the public key from GetPublicKey (`openssl pkeyutl -derive`, node:crypto's
 * diffieHellman). Feed it to a key derivation function before use, as AWS advises.
 * CloudTrail records it read-only, never with the secret.
 * Simplified: AWS's message for a peer public key that is not a key of the KMS key's curve is not
 * on record; the lab answers ValidationException in its own words. Recipient (Nitro Enclaves
 * attestation) is not supported.
 */
import { AwsError, blob, str, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { dryRunError } from '@/kms/model/ciphertext-key';
import { keyNamedBy } from '@/kms/model/key-resource';
import { SPECS } from '@/kms/model/key-specs';
import { KEY_STATES } from '@/kms/model/key-states';
import { requireUsage } from '@/kms/model/usage-rules';
import { dryRunShape, grantTokensShape, keyIdShape } from './common-shapes';

interface Input {
  KeyId: string;
  KeyAgreementAlgorithm: string;
  PublicKey: Uint8Array;
  DryRun?: boolean;
}

interface Output {
  KeyId: string;
  SharedSecret: Uint8Array;
  KeyAgreementAlgorithm: string;
  KeyOrigin: string;
}

export const deriveSharedSecret = defineKmsOperation<Input, Output, OneKey>({
  name: 'DeriveSharedSecret',
  action: 'kms:DeriveSharedSecret',
  readOnly: true,
  summary: 'Derives an ECDH shared secret from a key agreement key and a peer public key.',
  sensitiveOutput: ['SharedSecret'],
  resources: { key: keyNamedBy('KeyId', { forms: 'any', states: KEY_STATES.usable }) },
  input: struct(
    {
      KeyId: keyIdShape,
      KeyAgreementAlgorithm: str({ enum: ['ECDH'], doc: 'Key agreement algorithm (ECDH)' }),
      PublicKey: blob({ min: 1, max: 8192, doc: "The peer's public key, DER SubjectPublicKeyInfo" }),
      GrantTokens: grantTokensShape,
      DryRun: dryRunShape,
    },
    ['KeyId', 'KeyAgreementAlgorithm', 'PublicKey'],
  ),
  async run(ctx, input, { key }) {
    requireUsage(key, 'KEY_AGREEMENT', 'DeriveSharedSecret');
    const curve = SPECS[key.keySpec].curve!;
    const material = key.materials.find((m) => m.id === key.currentMaterialId);
    if (!material?.handles?.ECDH) throw new AwsError('KMSInvalidStateException', `${key.arn} is pending import.`);
    const [{ readSpki }, { ecCurveOfSpki }, { deriveSecret }] = await Promise.all([
      import('@/kms/crypto/key-formats'),
      import('@/kms/crypto/key-pairs'),
      import('@/kms/crypto/ecdh'),
    ]);
    const refused = () =>
      new AwsError('ValidationException', `PublicKey must be a DER-encoded SubjectPublicKeyInfo of a ${curve} public key, the curve of ${key.keySpec}.`);
    let peerCurve;
    try {
      const info = readSpki(input.PublicKey);
      peerCurve = ecCurveOfSpki(info.algorithm, info.parameters);
    } catch {
      throw refused();
    }
    if (peerCurve !== curve) throw refused();
    if (input.DryRun) throw dryRunError();
    const secret = await deriveSecret(material.handles.ECDH, curve, input.PublicKey).catch(() => {
      throw refused(); // not a point of the curve
    });
    return { KeyId: key.arn, SharedSecret: secret, KeyAgreementAlgorithm: 'ECDH', KeyOrigin: key.origin };
  },
});
