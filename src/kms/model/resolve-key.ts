/**
 * Key identifiers, resolved once for every operation (docs/aws-behaviour.md, "Key identifiers"):
 * key ID, key ARN, alias name and alias ARN where the operation accepts "any" form; key ID
 * or key ARN only for management operations. Error texts are AWS's.
 * Using a predefined AWS alias (alias/aws/s3 ...) with no key yet creates the AWS managed key.
 */
import { ACCOUNT_ID, AwsError, aliasArn, isKeyId, keyArn, parseArn, own } from '@/core';
import type { KeyForms, KmsEnv } from '@/kms/context';
import type { KmsKey, KmsRegionState } from './key';
import { awsManagedDescription, awsManagedPolicy, awsManagedServiceOf } from './aws-managed';
import { newKey } from './new-key';

const notFound = (message: string) => new AwsError('NotFoundException', message);

export async function resolveKey(state: KmsRegionState, env: KmsEnv, region: string, identifier: string, forms: KeyForms): Promise<KmsKey> {
  let id = identifier;
  if (identifier.startsWith('arn:')) {
    const arn = parseArn(identifier);
    if (!arn || arn.service !== 'kms') throw new AwsError('InvalidArnException', `Invalid arn ${identifier}`);
    if (arn.resource.startsWith('alias/') && forms === 'any') {
      if (arn.region !== region) throw notFound(`Invalid arn ${arn.region}`);
      return resolveAlias(state, env, region, arn.resource, arn.account);
    }
    if (!arn.resource.startsWith('key/')) throw notFound(`Invalid keyId '${identifier}'`);
    if (arn.region !== region) throw notFound(`Invalid arn ${arn.region}`);
    id = arn.resource.slice(4);
    if (!isKeyId(id)) throw notFound(`Invalid keyId '${identifier}'`);
    const key = arn.account === ACCOUNT_ID ? own(state.keys, id.toLowerCase()) : undefined;
    if (!key) throw notFound(`Key '${keyArn(region, id, arn.account)}' does not exist`);
    return key;
  }
  if (identifier.startsWith('alias/') && forms === 'any') return resolveAlias(state, env, region, identifier, ACCOUNT_ID);
  if (!isKeyId(id)) throw notFound(`Invalid keyId '${identifier}'`);
  const key = own(state.keys, id.toLowerCase());
  if (!key) throw notFound(`Key '${keyArn(region, id)}' does not exist`);
  return key;
}

async function resolveAlias(state: KmsRegionState, env: KmsEnv, region: string, aliasName: string, account: string): Promise<KmsKey> {
  const alias = account === ACCOUNT_ID ? own(state.aliases, aliasName) : undefined;
  const target = alias && own(state.keys, alias.targetKeyId);
  if (target) return target;
  const service = account === ACCOUNT_ID ? awsManagedServiceOf(aliasName) : undefined;
  if (service) return createAwsManagedKey(state, env, region, service);
  throw notFound(`Alias ${aliasArn(region, aliasName, account)} is not found.`);
}

/** Creates the AWS managed key of a service, as an integrated service does on first use. */
export async function createAwsManagedKey(state: KmsRegionState, env: KmsEnv, region: string, service: string): Promise<KmsKey> {
  const aliasName = `alias/aws/${service}`;
  const existing = own(state.aliases, aliasName);
  if (existing && own(state.keys, existing.targetKeyId)) return own(state.keys, existing.targetKeyId)!;
  const key = await newKey(env, {
    region,
    description: awsManagedDescription(service),
    keyManager: 'AWS',
    policy: awsManagedPolicy(service, region),
    awsService: service,
  });
  const now = env.clock.nowMs();
  key.rotation = { enabled: true, periodDays: 365, nextRotationMs: now + 365 * 86_400_000, onDemandCount: 0, history: [] };
  state.keys[key.keyId] = key;
  state.aliases[aliasName] = { aliasName, targetKeyId: key.keyId, creationMs: now, lastUpdatedMs: now };
  return key;
}
