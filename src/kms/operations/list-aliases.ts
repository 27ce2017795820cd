/**
 * ListAliases: https://docs.aws.amazon.com/kms/latest/APIReference/API_ListAliases.html
 * The aliases of the account in the Region, sorted by name, including the predefined AWS
 * aliases (alias/aws/<service>): those whose AWS managed key does not exist yet come without
 * TargetKeyId and dates. With KeyId (key ID or key ARN), only the aliases of that key.
 * kms:ListAliases is an IAM-only permission, also when KeyId is given.
 * Simplified: the predefined aliases are the services the lab knows (model/aws-managed.ts).
 */
import { aliasArn, struct, own } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { AWS_MANAGED_SERVICES } from '@/kms/model/aws-managed';
import { paginate } from '@/kms/model/paginate';
import { keyIdOrArnShape, limitShape, markerShape } from './common-shapes';

interface Input {
  KeyId?: string;
  Limit?: number;
  Marker?: string;
}

interface AliasListEntry {
  AliasName: string;
  AliasArn: string;
  TargetKeyId?: string;
  CreationDate?: Date;
  LastUpdatedDate?: Date;
}

export const listAliases = defineKmsOperation<Input, { Aliases: AliasListEntry[]; NextMarker?: string; Truncated: boolean }>({
  name: 'ListAliases',
  action: 'kms:ListAliases',
  readOnly: true,
  summary: 'Lists the aliases of the account in the current Region (or of one key).',
  input: struct({ KeyId: keyIdOrArnShape, Limit: limitShape(100), Marker: markerShape }),
  async run(ctx, input) {
    const key = input.KeyId !== undefined ? await ctx.resolveKey(input.KeyId, 'id-or-arn') : undefined;
    const entries: AliasListEntry[] = Object.values(ctx.state.aliases)
      .filter((a) => !key || a.targetKeyId === key.keyId)
      .map((a) => ({
        AliasName: a.aliasName,
        AliasArn: aliasArn(ctx.region, a.aliasName),
        TargetKeyId: a.targetKeyId,
        CreationDate: new Date(a.creationMs),
        LastUpdatedDate: new Date(a.lastUpdatedMs),
      }));
    if (!key) {
      for (const service of Object.keys(AWS_MANAGED_SERVICES)) {
        const name = `alias/aws/${service}`;
        if (!own(ctx.state.aliases, name)) entries.push({ AliasName: name, AliasArn: aliasArn(ctx.region, name) });
      }
    }
    entries.sort((a, b) => (a.AliasName < b.AliasName ? -1 : a.AliasName > b.AliasName ? 1 : 0));
    const { page, NextMarker, Truncated } = paginate(entries, input.Limit ?? 50, input.Marker);
    return { Aliases: page, NextMarker, Truncated };
  },
});
