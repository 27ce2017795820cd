/** Choose a KMS key by alias (ListAliases), confirmed with DescribeKey: as the signed-in identity. */
import { SelectField } from '@/components/ui/form-field';
import { QueryStatus } from '@/components/ui/query-status';
import { consoleCall } from '@/state/console-store';
import { useConsoleQuery } from '@/state/use-console-query';

interface Alias {
  AliasName: string;
  TargetKeyId?: string;
}

export function KeyChoice({ value, onChange }: { value: string; onChange(alias: string): void }) {
  const aliases = useConsoleQuery(async () => {
    const out: Alias[] = [];
    let Marker: string | undefined;
    do {
      const r = await consoleCall<{ Aliases: Alias[]; NextMarker?: string; Truncated?: boolean }>({
        service: 'kms',
        operation: 'ListAliases',
        input: Marker ? { Marker } : {},
      });
      out.push(...r.Aliases.filter((a) => a.TargetKeyId && !a.AliasName.startsWith('alias/aws/')));
      Marker = r.Truncated ? r.NextMarker : undefined;
    } while (Marker);
    return out;
  });
  const key = useConsoleQuery(
    async () => (value ? (await consoleCall({ service: 'kms', operation: 'DescribeKey', input: { KeyId: value } })).KeyMetadata : undefined),
    [value],
  );
  if (aliases.status !== 'ready') return <QueryStatus query={aliases} loading="Loading aliases…" failed="Failed to list the aliases" />;
  const list = aliases.data;
  if (list.length === 0)
    return <p>No customer managed key with an alias in this Region. Create one in the KMS console first (Customer managed keys, Create key).</p>;
  const options = [{ value: '', label: 'Choose a key' }, ...list.map((a) => ({ value: a.AliasName, label: a.AliasName }))];
  return (
    <div>
      <SelectField
        label="KMS key (alias)"
        value={value}
        onChange={onChange}
        options={options}
        hint="Encrypt asks this key for a data key (GenerateDataKey). Decrypt uses the key named in the file's header."
      />
      {key.status === 'ready' && key.data && (
        <p className="envelope-key">
          <span className="envelope-mono">{key.data.Arn}</span> · {key.data.KeyState}
        </p>
      )}
      <QueryStatus query={key} failed={`Failed to describe key ${value}`} />
    </div>
  );
}
