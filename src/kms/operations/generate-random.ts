/**
 * GenerateRandom: https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateRandom.html
 * Random bytes (1-1024) from KMS; no key is involved, so only IAM policies decide
 * (kms:GenerateRandom). With CustomKeyStoreId the bytes come from that store's CloudHSM
 * cluster, which must be connected.
 * Simplified: Recipient (Nitro Enclaves attestation) is not supported; the bytes come from the
 * lab's injected randomness whichever store is named.
 */
import { AwsError, int, str, struct, own } from '@/core';
import { defineKmsOperation } from '@/kms/context';

interface Input {
  NumberOfBytes?: number;
  CustomKeyStoreId?: string;
}

export const generateRandom = defineKmsOperation<Input, { Plaintext: Uint8Array }>({
  name: 'GenerateRandom',
  action: 'kms:GenerateRandom',
  summary: 'Returns cryptographically secure random bytes (1-1024).',
  sensitiveOutput: ['Plaintext'],
  input: struct({
    NumberOfBytes: int({ min: 1, max: 1024, doc: 'How many random bytes (1-1024)' }),
    CustomKeyStoreId: str({ min: 1, max: 64, doc: 'CloudHSM key store whose cluster generates the bytes' }),
  }),
  async run(ctx, input) {
    // Optional in the service model but required in fact; AWS's own wording.
    if (input.NumberOfBytes === undefined) throw new AwsError('ValidationException', 'NumberOfBytes is required.');
    if (input.CustomKeyStoreId !== undefined) {
      const store = own(ctx.state.customKeyStores, input.CustomKeyStoreId);
      if (!store) throw new AwsError('CustomKeyStoreNotFoundException', `Custom key store ${input.CustomKeyStoreId} does not exist.`);
      if (store.connectionState !== 'CONNECTED') {
        throw new AwsError('CustomKeyStoreInvalidStateException', `Custom key store ${store.customKeyStoreId} is not connected.`);
      }
    }
    return { Plaintext: ctx.env.random.bytes(input.NumberOfBytes) };
  },
});
