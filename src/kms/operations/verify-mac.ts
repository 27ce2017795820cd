/**
 * VerifyMac: https://docs.aws.amazon.com/kms/latest/APIReference/API_VerifyMac.html
 * Computes the HMAC of the message as GenerateMac does and compares it with the given MAC in
 * constant time. A MAC that does not match is KMSInvalidMacException with no message, never
 * MacValid false, as AWS answers. CloudTrail records VerifyMac as read-only.
 */
import { AwsError, blob, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { dryRunShape, grantTokensShape, keyIdShape, macAlgorithmShape, messageShape } from './common-shapes';

interface Input {
  Message: Uint8Array;
  KeyId: string;
  MacAlgorithm: string;
  Mac: Uint8Array;
  DryRun?: boolean;
}

export const verifyMac = defineKmsOperation<Input, { KeyId: string; MacValid: boolean; MacAlgorithm: string }, OneKey>({
  name: 'VerifyMac',
  action: 'kms:VerifyMac',
  readOnly: true,
  summary: 'Checks an HMAC made with an HMAC KMS key.',
  resources: { key: keyNamedBy('KeyId', { forms: 'any', states: KEY_STATES.usable }) },
  input: struct(
    {
      Message: messageShape,
      KeyId: keyIdShape,
      MacAlgorithm: macAlgorithmShape,
      Mac: blob({ min: 1, max: 6144, doc: 'The MAC to verify' }),
      GrantTokens: grantTokensShape,
      DryRun: dryRunShape,
    },
    ['Message', 'KeyId', 'MacAlgorithm', 'Mac'],
  ),
  async run(ctx, input, { key }) {
    // The MAC code loads with the first MAC call: the first screen does not carry it.
    const [{ macOf }, { macEquals }] = await Promise.all([import('@/kms/model/mac-key'), import('@/kms/crypto/hmac')]);
    const mac = await macOf(key, input.MacAlgorithm, input.Message, 'VerifyMac', input.DryRun);
    if (!macEquals(mac, input.Mac)) throw new AwsError('KMSInvalidMacException');
    return { KeyId: key.arn, MacValid: true, MacAlgorithm: input.MacAlgorithm };
  },
});
