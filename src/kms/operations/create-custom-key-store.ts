/**
 * CreateCustomKeyStore: https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateCustomKeyStore.html
 * Creates an AWS CloudHSM key store: KMS keys whose material lives in a CloudHSM cluster you
 * control (Origin AWS_CLOUDHSM). The store starts DISCONNECTED; ConnectCustomKeyStore connects it.
 * Names are unique in the account and Region; a cluster backs at most one store; 10 stores per Region.
 * Simplified: the CloudHSM cluster is simulated. Any cluster id of the model's length is an active
 * cluster and the trust anchor only has to be a PEM certificate. The kmsuser password is checked
 * for its length and then forgotten: the simulated cluster needs no login, so the lab never keeps
 * it (not in the account, its saves or exports, nor the event history, where AWS leaves it out
 * too). External key stores (EXTERNAL_KEY_STORE) are not supported.
 * Error messages are the lab's own (AWS's are not on record).
 */
import { AwsError, toHex, type OperationBody } from '@/core';
import type { KmsContext } from '@/kms/context';

export interface CreateCustomKeyStoreInput {
  CustomKeyStoreName: string;
  CloudHsmClusterId?: string;
  TrustAnchorCertificate?: string;
  KeyStorePassword?: string;
  CustomKeyStoreType?: 'AWS_CLOUDHSM' | 'EXTERNAL_KEY_STORE';
}

export const MAX_CUSTOM_KEY_STORES = 10;

/** Its head is in custom-key-store-rows.ts (the registry's row). */
export const createCustomKeyStore: OperationBody<KmsContext, CreateCustomKeyStoreInput, { CustomKeyStoreId: string }, Record<string, never>> = {
  async run(ctx, input) {
    if (input.CustomKeyStoreType === 'EXTERNAL_KEY_STORE')
      throw new AwsError('UnsupportedOperationException', 'External key stores are not supported by KMS Lab.');
    for (const member of ['CloudHsmClusterId', 'TrustAnchorCertificate', 'KeyStorePassword'] as const) {
      if (input[member] === undefined) throw new AwsError('ValidationException', `${member} is required when CustomKeyStoreType is AWS_CLOUDHSM.`);
    }
    const stores = Object.values(ctx.state.customKeyStores);
    if (stores.some((s) => s.customKeyStoreName === input.CustomKeyStoreName)) {
      throw new AwsError(
        'CustomKeyStoreNameInUseException',
        `The custom key store name ${input.CustomKeyStoreName} is already assigned to another custom key store in the account.`,
      );
    }
    if (stores.some((s) => s.cloudHsmClusterId === input.CloudHsmClusterId)) {
      throw new AwsError(
        'CloudHsmClusterInUseException',
        `The CloudHSM cluster ${input.CloudHsmClusterId} is already associated with a custom key store in the account.`,
      );
    }
    if (!/-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/.test(input.TrustAnchorCertificate!)) {
      throw new AwsError(
        'IncorrectTrustAnchorException',
        `The trust anchor certificate does not match the trust anchor certificate of the CloudHSM cluster ${input.CloudHsmClusterId}.`,
      );
    }
    if (stores.length >= MAX_CUSTOM_KEY_STORES) {
      throw new AwsError('LimitExceededException', `The request would exceed the quota of ${MAX_CUSTOM_KEY_STORES} custom key stores in this Region.`);
    }
    // Real ids look like cks-1234567890abcdef0: "cks-" and 17 hex digits.
    const id = `cks-${toHex(ctx.env.random.bytes(9)).slice(0, 17)}`;
    ctx.state.customKeyStores[id] = {
      customKeyStoreId: id,
      customKeyStoreName: input.CustomKeyStoreName,
      cloudHsmClusterId: input.CloudHsmClusterId!,
      trustAnchorCertificate: input.TrustAnchorCertificate!,
      connectionState: 'DISCONNECTED',
      creationMs: ctx.env.clock.nowMs(),
    };
    return { CustomKeyStoreId: id };
  },
};
