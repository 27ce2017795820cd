/**
 * GetPublicKey: https://docs.aws.amazon.com/kms/latest/APIReference/API_GetPublicKey.html
 * The public key of an asymmetric KMS key, DER-encoded SubjectPublicKeyInfo (RFC 5280), with what
 * a user of it offline needs: the key spec, the key usage and the algorithms of that usage. So
 * `aws kms get-public-key --key-id ... --output text --query PublicKey | base64 --decode > pub.der`
 * then `openssl pkeyutl -verify -pubin -keyform DER -inkey pub.der ...` works, as the KMS guide
 * teaches (https://docs.aws.amazon.com/kms/latest/developerguide/download-public-key.html).
 * Symmetric and HMAC keys have no public key: UnsupportedOperationException, as AWS answers.
 * Simplified: AWS's message for a symmetric or HMAC key is not on record; the lab's names the key spec.
 */
import { AwsError, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { isAsymmetric, keyAlgorithms } from '@/kms/model/key-specs';
import { grantTokensShape, keyIdShape } from './common-shapes';

interface Output {
  KeyId: string;
  PublicKey: Uint8Array;
  CustomerMasterKeySpec: string;
  KeySpec: string;
  KeyUsage: string;
  EncryptionAlgorithms?: string[];
  SigningAlgorithms?: string[];
  KeyAgreementAlgorithms?: string[];
}

export const getPublicKey = defineKmsOperation<{ KeyId: string }, Output, OneKey>({
  name: 'GetPublicKey',
  action: 'kms:GetPublicKey',
  readOnly: true,
  summary: 'Returns the public key of an asymmetric KMS key (DER SubjectPublicKeyInfo).',
  resources: { key: keyNamedBy('KeyId', { forms: 'any', states: KEY_STATES.usable }) },
  input: struct({ KeyId: keyIdShape, GrantTokens: grantTokensShape }, ['KeyId']),
  async run(ctx, input, { key }) {
    if (!isAsymmetric(key.keySpec)) {
      throw new AwsError('UnsupportedOperationException', `${key.arn} key spec ${key.keySpec} has no public key: GetPublicKey is for asymmetric KMS keys.`);
    }
    const material = key.materials.find((m) => m.id === key.currentMaterialId);
    if (!material?.publicKey) throw new AwsError('KMSInvalidStateException', `${key.arn} is pending import.`);
    return {
      KeyId: key.arn,
      PublicKey: new Uint8Array(material.publicKey),
      CustomerMasterKeySpec: key.keySpec,
      KeySpec: key.keySpec,
      KeyUsage: key.keyUsage,
      ...keyAlgorithms(key.keySpec, key.keyUsage),
    };
  },
});
