/**
 * The rows of the home page's key table, fetched the way the AWS console does it: through the
 * API (ListKeys, then DescribeKey per key, and ListAliases for the alias column). Every call is
 * a real call into the simulated account, so it shows up in the event history like console reads.
 */
import type { CallRequest } from '@/cloud/types';

export type ConsoleCall = (req: CallRequest) => Promise<any>;

export interface KeyRow {
  keyId: string;
  arn: string;
  aliases: string[];
  status: string;
  keySpec: string;
  keyUsage: string;
  keyType: 'AWS managed' | 'Customer managed';
}

export interface KeyRows {
  rows: KeyRow[];
  /** False when the engine answered ListAliases with UnknownOperationException. */
  aliasesListed: boolean;
}

const kms = (call: ConsoleCall, region: string, operation: string, input: Record<string, unknown> = {}) =>
  call({ service: 'kms', operation, input, region, source: 'console' });

/** Follows NextMarker until the list is complete, as the console does for its tables. */
async function listAll<T>(
  fetchPage: (marker?: string) => Promise<{ NextMarker?: string; Truncated?: boolean } & Record<string, any>>,
  member: string,
): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  do {
    const page = await fetchPage(marker);
    items.push(...((page[member] ?? []) as T[]));
    marker = page.Truncated ? page.NextMarker : undefined;
  } while (marker);
  return items;
}

async function aliasesByKey(call: ConsoleCall, region: string): Promise<Map<string, string[]> | undefined> {
  try {
    const aliases = await listAll<{ AliasName: string; TargetKeyId?: string }>(
      (Marker) => kms(call, region, 'ListAliases', Marker ? { Marker } : {}),
      'Aliases',
    );
    const byKey = new Map<string, string[]>();
    for (const a of aliases) {
      if (a.TargetKeyId) byKey.set(a.TargetKeyId, [...(byKey.get(a.TargetKeyId) ?? []), a.AliasName]);
    }
    return byKey;
  } catch (e) {
    if ((e as { code?: string }).code === 'UnknownOperationException') return undefined;
    throw e;
  }
}

export async function listKeyRows(call: ConsoleCall, region: string): Promise<KeyRows> {
  const keys = await listAll<{ KeyId: string }>((Marker) => kms(call, region, 'ListKeys', Marker ? { Marker } : {}), 'Keys');
  const [aliases, described] = await Promise.all([
    aliasesByKey(call, region),
    Promise.all(keys.map((k) => kms(call, region, 'DescribeKey', { KeyId: k.KeyId }))),
  ]);
  const rows = described.map(({ KeyMetadata: m }): KeyRow => ({
    keyId: m.KeyId,
    arn: m.Arn,
    aliases: aliases?.get(m.KeyId) ?? [],
    status: m.KeyState,
    keySpec: m.KeySpec,
    keyUsage: m.KeyUsage,
    keyType: m.KeyManager === 'AWS' ? 'AWS managed' : 'Customer managed',
  }));
  return { rows, aliasesListed: aliases !== undefined };
}
