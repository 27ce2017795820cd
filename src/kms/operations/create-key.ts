/**
 * CreateKey: https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html
 * Creates a symmetric encryption key (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT). Origin AWS_KMS
 * generates material; EXTERNAL starts in PendingImport with none; AWS_CLOUDHSM needs a
 * connected custom key store. Without a Policy the API's default policy key-default-1 applies.
 * Simplified: asymmetric, HMAC, multi-Region and external key store keys are refused with
 * UnsupportedOperationException (the course teaches symmetric keys).
 */
import { AwsError, bool, str, struct, own } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { buildDefaultPolicy } from '@/kms/model/default-policy';
import type { Origin, Tag } from '@/kms/model/key';
import { keyMetadata } from '@/kms/model/key-metadata';
import { checkKeyPolicy } from '@/kms/model/key-policy-check';
import { newKey } from '@/kms/model/new-key';
import { mergeTags } from '@/kms/model/tags';
import { tagsShape } from './common-shapes';

const KEY_SPECS = [
  'RSA_2048',
  'ECC_NIST_P384',
  'ECC_NIST_P256',
  'ECC_NIST_P521',
  'HMAC_384',
  'RSA_3072',
  'ECC_SECG_P256K1',
  'RSA_4096',
  'SYMMETRIC_DEFAULT',
  'HMAC_256',
  'HMAC_224',
  'HMAC_512',
];

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
  summary: 'Creates a KMS key (symmetric encryption key) in the current Region.',
  input: struct({
    Policy: str({ min: 1, max: 131072, pattern: '^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$', doc: 'Key policy (JSON)' }),
    Description: str({ min: 0, max: 8192, doc: 'Description of the key' }),
    KeyUsage: str({ enum: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC'], doc: 'Cryptographic operations the key is for' }),
    CustomerMasterKeySpec: str({ enum: KEY_SPECS, doc: 'Deprecated name of KeySpec' }),
    KeySpec: str({ enum: KEY_SPECS, doc: 'Type of key (SYMMETRIC_DEFAULT)' }),
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
    const spec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
    if (spec !== 'SYMMETRIC_DEFAULT') {
      if (!input.KeyUsage)
        throw new AwsError('ValidationException', 'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.');
      throw new AwsError(
        'UnsupportedOperationException',
        `KeySpec ${spec} is not supported by KMS Lab, which simulates symmetric encryption keys (SYMMETRIC_DEFAULT).`,
      );
    }
    const usage = input.KeyUsage ?? 'ENCRYPT_DECRYPT';
    if (usage !== 'ENCRYPT_DECRYPT') throw new AwsError('ValidationException', `KeyUsage ${usage} is not compatible with KeySpec ${spec}`);
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
