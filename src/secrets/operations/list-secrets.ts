/**
 * ListSecrets: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ListSecrets.html
 * The Region's secrets without their values, by CreatedDate unless SortBy says otherwise
 * (SortOrder asc or desc), without those scheduled for deletion unless IncludePlannedDeletion.
 * Filters as documented: name, tag-key, tag-value (prefix match, case-sensitive), description
 * (prefix, not case-sensitive), all (every word of the value in any of these, not case-sensitive);
 * a value starting with ! negates. Paged with MaxResults (1-100) and NextToken; a NextToken the
 * lab did not issue is InvalidNextTokenException.
 * Simplified: primary-region and owning-service filters match nothing (no replication, no
 * secrets managed by other services); a filter's values match if any value matches.
 */
import { AwsError, bool, fromBase64, fromUtf8, int, list, str, struct, toBase64, utf8 } from '@/core';
import { defineSecretsOperation } from '@/secrets/context';
import { secretMetadata, versionsToStages, type Secret } from '@/secrets/model/secret';

interface Filter {
  Key: string;
  Values?: string[];
}
interface Input {
  IncludePlannedDeletion?: boolean;
  MaxResults?: number;
  NextToken?: string;
  Filters?: Filter[];
  SortOrder?: 'asc' | 'desc';
  SortBy?: string;
}

const FILTER_KEYS = ['description', 'name', 'tag-key', 'tag-value', 'primary-region', 'owning-service', 'all'];

function fieldsOf(s: Secret, key: string): string[] {
  if (key === 'name') return [s.name];
  if (key === 'description') return s.description ? [s.description] : [];
  if (key === 'tag-key') return s.tags.map((t) => t.Key);
  if (key === 'tag-value') return s.tags.map((t) => t.Value);
  if (key === 'all') return [s.name, s.description ?? '', ...s.tags.flatMap((t) => [t.Key, t.Value])];
  return [];
}

function matches(s: Secret, f: Filter): boolean {
  if (!f.Values?.length) return true; // a filter without values filters nothing
  const caseless = f.Key === 'description' || f.Key === 'all';
  const norm = (x: string) => (caseless ? x.toLowerCase() : x);
  const fields = fieldsOf(s, f.Key).map(norm);
  return f.Values.some((raw) => {
    const negate = raw.startsWith('!');
    const value = norm(negate ? raw.slice(1) : raw);
    const hit =
      f.Key === 'all'
        ? value
            .split(/\s+/)
            .filter(Boolean)
            .every((w) => fields.some((x) => x.split(/\s+/).some((word) => word.startsWith(w))))
        : fields.some((x) => x.startsWith(value));
    return negate ? !hit : hit;
  });
}

const SORT: Record<string, (s: Secret) => number | string> = {
  'created-date': (s) => s.createdMs,
  'last-accessed-date': (s) => s.lastAccessedMs ?? 0,
  'last-changed-date': (s) => s.lastChangedMs,
  name: (s) => s.name,
};

export const listSecrets = defineSecretsOperation<
  Input,
  { SecretList: (ReturnType<typeof secretMetadata> & { SecretVersionsToStages?: Record<string, string[]> })[]; NextToken?: string }
>({
  name: 'ListSecrets',
  action: 'secretsmanager:ListSecrets',
  readOnly: true,
  summary: 'Lists the secrets of the Region (not their values), filtered and sorted.',
  input: struct({
    IncludePlannedDeletion: bool('Include secrets scheduled for deletion'),
    MaxResults: int({ min: 1, max: 100, doc: 'The number of secrets per page (1-100)' }),
    NextToken: str({ min: 1, max: 4096, doc: 'Where the previous page ended' }),
    Filters: list(struct({ Key: str({ enum: FILTER_KEYS }), Values: list(str({ max: 512, pattern: '^!?[a-zA-Z0-9 :_@/+=.!-]*$' }), { min: 1, max: 10 }) }), {
      max: 10,
      doc: 'Filters: name, description, tag-key, tag-value, all (a value starting with ! negates)',
    }),
    SortOrder: str({ enum: ['asc', 'desc'] }),
    SortBy: str({ enum: Object.keys(SORT) }),
  }),
  async run(ctx, input) {
    const by = SORT[input.SortBy ?? 'created-date']!;
    const order = input.SortOrder === 'desc' ? -1 : 1;
    const all = Object.values(ctx.regionState.secrets)
      .filter((s) => input.IncludePlannedDeletion || s.deletionMs === undefined)
      .filter((s) => (input.Filters ?? []).every((f) => matches(s, f)))
      .sort((a, b) => (by(a) < by(b) ? -order : by(a) > by(b) ? order : a.createdMs - b.createdMs));
    let start = 0;
    if (input.NextToken !== undefined) {
      const m = /^s(\d+)$/.exec(fromUtf8(fromBase64(input.NextToken) ?? new Uint8Array()));
      if (!m) throw new AwsError('InvalidNextTokenException', 'The NextToken value is invalid.');
      start = Number(m[1]);
    }
    const size = input.MaxResults ?? 100;
    const page = all.slice(start, start + size);
    const next = start + size < all.length ? toBase64(utf8(`s${start + size}`)) : undefined;
    return { SecretList: page.map((s) => ({ ...secretMetadata(s), SecretVersionsToStages: versionsToStages(s) })), NextToken: next };
  },
});
