/**
 * CreateKey: https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html
 * Creates a key of any key spec AWS offers, for a key usage the spec allows (model/key-specs.ts):
 * symmetric encryption (SYMMETRIC_DEFAULT, the default), HMAC, RSA, NIST and secp256k1 elliptic
 * curves, Ed25519 and ML-DSA. Origin AWS_KMS generates material (a key pair for asymmetric keys);
 * EXTERNAL starts in PendingImport with none, for every spec; AWS_CLOUDHSM needs a connected custom
 * key store and a symmetric encryption key. Without a Policy the API's default policy
 * key-default-1 applies.
 * Simplified: multi-Region and external key store keys are refused with
 * UnsupportedOperationException; the refusal of other specs in a custom key store uses the lab's
 * wording.
 */
import { AwsError, bool, str, struct, own } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { buildDefaultPolicy } from '@/kms/model/default-policy';
import type { Origin, Tag } from '@/kms/model/key';
import { keyMetadata } from '@/kms/model/key-metadata';
import { CUSTOMER_MASTER_KEY_SPECS, KEY_SPECS, KEY_USAGES, checkSpecAndUsage, type KeySpec, type KeyUsage } from '@/kms/model/key-specs';
import { checkKeyPolicy } from '@/kms/model/key-policy-check';
import { newKey } from '@/kms/model/new-key';
import { mergeTags } from '@/kms/model/tags';
import { tagsShape } from './common-shapes';

interface Input {
  Policy?: string;
  Description?: string;
  KeyUsage?: string;
  KeySpec?: string;
  CustomerMasterKeySpec?: string;
  Origin?: string;
  CustomKeyStoreId?: string;
  BypassPolicyLockoutSafetyCheck?: boolean;
  Tags?: Tag[];
  MultiRegion?: boolean;
}

export const createKey = defineKmsOperation<Input, { KeyMetadata: ReturnType<typeof keyMetadata> }>({
  name: 'CreateKey',
  action: 'kms:CreateKey',
  summary: 'Creates a KMS key (symmetric, HMAC or asymmetric) in the current Region.',
  input: struct({
    Policy: str({ min: 1, max: 131072, pattern: '^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$', doc: 'Key policy (JSON)' }),
    Description: str({ min: 0, max: 8192, doc: 'Description of the key' }),
    KeyUsage: str({ enum: KEY_USAGES, doc: 'Cryptographic operations the key is for (required for every spec but SYMMETRIC_DEFAULT)' }),
    CustomerMasterKeySpec: str({ enum: CUSTOMER_MASTER_KEY_SPECS, doc: 'Deprecated name of KeySpec' }),
    KeySpec: str({ enum: KEY_SPECS, doc: 'Type of key: SYMMETRIC_DEFAULT (default), HMAC_*, RSA_*, ECC_*, ML_DSA_*' }),
    Origin: str({ enum: ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'], doc: 'Source of the key material' }),
    CustomKeyStoreId: str({ min: 1, max: 64, doc: 'Custom key store for an AWS_CLOUDHSM key' }),
    BypassPolicyLockoutSafetyCheck: bool('Skips the check that you can still change the policy'),
    Tags: tagsShape,
    MultiRegion: bool('Creates a multi-Region primary key'),
  }),
  async run(ctx, input) {
    if (input.KeySpec && input.CustomerMasterKeySpec) {
      throw new AwsError(
        'ValidationException',
        'You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.',
      );
    }
    const spec = (input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT') as KeySpec;
    const usage = checkSpecAndUsage(spec, input.KeyUsage as KeyUsage | undefined);
    if (input.MultiRegion) throw new AwsError('UnsupportedOperationException', 'Multi-Region keys are not supported by KMS Lab.');
    const origin = (input.Origin ?? (input.CustomKeyStoreId ? 'AWS_CLOUDHSM' : 'AWS_KMS')) as Origin | 'EXTERNAL_KEY_STORE';
    if (origin === 'EXTERNAL_KEY_STORE') throw new AwsError('UnsupportedOperationException', 'External key stores are not supported by KMS Lab.');
    let clusterId: string | undefined;
    if (origin === 'AWS_CLOUDHSM') {
      const store = input.CustomKeyStoreId ? own(ctx.state.customKeyStores, input.CustomKeyStoreId) : undefined;
      if (!input.CustomKeyStoreId) throw new AwsError('ValidationException', 'A CustomKeyStoreId is required when the Origin is AWS_CLOUDHSM.');
      if (!store) throw new AwsError('CustomKeyStoreNotFoundException', `Custom key store ${input.CustomKeyStoreId} does not exist.`);
      if (store.connectionState !== 'CONNECTED') {
        throw new AwsError('CustomKeyStoreInvalidStateException', `Custom key store ${store.customKeyStoreId} is not connected.`);
      }
      if (spec !== 'SYMMETRIC_DEFAULT') {
        throw new AwsError('UnsupportedOperationException', `KeySpec ${spec} is not supported for a KMS key in a custom key store.`);
      }
      clusterId = store.cloudHsmClusterId;
    } else if (input.CustomKeyStoreId) {
      throw new AwsError('UnsupportedOperationException', `Origin ${origin} is not valid with a CustomKeyStoreId.`);
    }
    const tags = mergeTags([], input.Tags ?? []);
    const key = await newKey(ctx.env, {
      region: ctx.region,
      description: input.Description,
      origin,
      policy: buildDefaultPolicy(),
      tags,
      keySpec: spec,
      keyUsage: usage,
      customKeyStoreId: input.CustomKeyStoreId,
      cloudHsmClusterId: clusterId,
    });
    if (input.Policy !== undefined) {
      key.policy = checkKeyPolicy(input.Policy, {
        iam: ctx.env.iam,
        caller: ctx.caller,
        keyArn: key.arn,
        bypassLockoutCheck: input.BypassPolicyLockoutSafetyCheck,
      });
    }
    ctx.state.keys[key.keyId] = key;
    ctx.resources.push(key.arn);
    return { KeyMetadata: keyMetadata(key) };
  },
});
