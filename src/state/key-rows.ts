/**
 * The rows of every key table of the console (the home page's, and the KMS console's customer
 * managed and AWS managed keys), read the way the AWS console reads them: ListKeys to the last
 * page, DescribeKey for each key, ListAliases for the Aliases column. Every call is a real call
 * into the simulated account as the signed-in identity, so it shows in the event history as
 * console reads do.
 */
import { isAwsError } from '@/core/errors';
import { listAll, type Caller } from './console-client';

export interface KeyRow {
  keyId: string;
  arn: string;
  /** The key's aliases, sorted. */
  aliases: string[];
  /** The KeyState: Enabled, Disabled, PendingDeletion ... */
  state: string;
  keySpec: string;
  keyUsage: string;
  keyManager: 'AWS' | 'CUSTOMER';
  origin: string;
  description: string;
  creationDate: Date;
  deletionDate?: Date;
}

export interface AliasEntry {
  AliasName: string;
  AliasArn: string;
  TargetKeyId?: string;
}

/** The console's words for who manages a key. */
export const keyTypeOf = (r: Pick<KeyRow, 'keyManager'>) => (r.keyManager === 'AWS' ? 'AWS managed' : 'Customer managed');

/** Every alias of the Region, or of one key. */
export const listAliases = (call: Caller, keyId?: string) =>
  listAll<AliasEntry>((Marker) => call('ListAliases', { ...(keyId ? { KeyId: keyId } : {}), ...(Marker ? { Marker } : {}) }, 'kms'), 'Aliases');

/** An engine without ListAliases (UnknownOperationException) still lists its keys, without aliases. */
const aliasesOrNone = (call: Caller) =>
  listAliases(call).catch((e: unknown) => {
    if (isAwsError(e) && e.code === 'UnknownOperationException') return [];
    throw e;
  });

export async function loadKeyRows(call: Caller): Promise<KeyRow[]> {
  const keys = await listAll<{ KeyId: string }>((Marker) => call('ListKeys', Marker ? { Marker } : {}, 'kms'), 'Keys');
  const [aliases, described] = await Promise.all([aliasesOrNone(call), Promise.all(keys.map((k) => call('DescribeKey', { KeyId: k.KeyId }, 'kms')))]);
  return described.map(({ KeyMetadata: m }) => ({
    keyId: m.KeyId,
    arn: m.Arn,
    aliases: aliases
      .filter((a) => a.TargetKeyId === m.KeyId)
      .map((a) => a.AliasName)
      .sort(),
    state: m.KeyState,
    keySpec: m.KeySpec,
    keyUsage: m.KeyUsage,
    keyManager: m.KeyManager,
    origin: m.Origin,
    description: m.Description ?? '',
    creationDate: m.CreationDate,
    deletionDate: m.DeletionDate,
  }));
}
