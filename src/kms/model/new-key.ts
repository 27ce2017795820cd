/** Builds a key record: the one place where a key's initial fields are decided. */
import { keyArn, uuid } from '@/core';
import type { KmsEnv } from '@/kms/context';
import type { KeyManager, KmsKey, Origin, Tag } from './key';
import type { KeySpec, KeyUsage } from './key-specs';
import { newMaterialFor } from './materials';

export interface NewKeyOptions {
  region: string;
  description?: string;
  origin?: Origin;
  keyManager?: KeyManager;
  policy: string;
  tags?: Tag[];
  customKeyStoreId?: string;
  cloudHsmClusterId?: string;
  awsService?: string;
  keySpec?: KeySpec;
  keyUsage?: KeyUsage;
}

export async function newKey(env: KmsEnv, o: NewKeyOptions): Promise<KmsKey> {
  const keyId = uuid(env.random);
  const origin = o.origin ?? 'AWS_KMS';
  const key: KmsKey = {
    keyId,
    arn: keyArn(o.region, keyId),
    region: o.region,
    creationMs: env.clock.nowMs(),
    description: o.description ?? '',
    keyUsage: o.keyUsage ?? 'ENCRYPT_DECRYPT',
    keySpec: o.keySpec ?? 'SYMMETRIC_DEFAULT',
    origin,
    keyManager: o.keyManager ?? 'CUSTOMER',
    keyState: origin === 'EXTERNAL' ? 'PendingImport' : 'Enabled',
    policy: o.policy,
    tags: o.tags ?? [],
    materials: [],
    rotation: { enabled: false, periodDays: 365, onDemandCount: 0, history: [] },
    importTokens: [],
  };
  if (o.customKeyStoreId) key.customKeyStoreId = o.customKeyStoreId;
  if (o.cloudHsmClusterId) key.cloudHsmClusterId = o.cloudHsmClusterId;
  if (o.awsService) key.awsService = o.awsService;
  if (origin !== 'EXTERNAL') {
    const material = await newMaterialFor(env, key.keySpec, key.keyUsage);
    key.materials.push(material);
    key.currentMaterialId = material.id;
  }
  return key;
}
