/**
 * The key tables' rows, read the way the console reads them: ListKeys, DescribeKey for each key,
 * ListAliases for the Aliases column.
 */
import type { Caller } from '@/state/console-client';
import { listAll } from '@/state/console-client';

export interface KeyRow {
  keyId: string;
  arn: string;
  aliases: string[];
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

export const listAliases = (call: Caller, keyId?: string) =>
  listAll<AliasEntry>((Marker) => call('ListAliases', { ...(keyId ? { KeyId: keyId } : {}), ...(Marker ? { Marker } : {}) }), 'Aliases');

export async function loadKeyRows(call: Caller): Promise<KeyRow[]> {
  const keys = await listAll<{ KeyId: string }>((Marker) => call('ListKeys', Marker ? { Marker } : {}), 'Keys');
  const [aliases, described] = await Promise.all([listAliases(call), Promise.all(keys.map((k) => call('DescribeKey', { KeyId: k.KeyId })))]);
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

/** Text filter over the visible columns and the description, case-insensitive. */
export function filterRows(rows: KeyRow[], text: string): KeyRow[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return rows;
  return rows.filter((r) => [r.keyId, r.arn, ...r.aliases, r.state, r.keySpec, r.keyUsage, r.description].some((v) => v.toLowerCase().includes(needle)));
}
