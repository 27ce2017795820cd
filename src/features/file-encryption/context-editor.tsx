/** The encryption context as key=value rows (stored in the file's header, authenticated by KMS and by the frames). */
import { Button } from '@/components/ui/button';

export type Row = { key: string; value: string };

export function ContextEditor({ rows, onChange }: { rows: Row[]; onChange(rows: Row[]): void }) {
  const set = (i: number, patch: Partial<Row>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="envelope-context">
      <legend>Encryption context</legend>
      {rows.map((r, i) => (
        <div key={i} className="envelope-context__row">
          <label className="envelope-context__field">
            Key <input className="input" value={r.key} onChange={(e) => set(i, { key: e.target.value })} aria-label={`Context key ${i + 1}`} />
          </label>
          <label className="envelope-context__field">
            Value <input className="input" value={r.value} onChange={(e) => set(i, { value: e.target.value })} aria-label={`Context value ${i + 1}`} />
          </label>
          <Button onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={`Remove context pair ${i + 1}`}>
            Remove
          </Button>
        </div>
      ))}
      <Button onClick={() => onChange([...rows, { key: '', value: '' }])}>Add pair</Button>
    </fieldset>
  );
}

/** Rows to a context; an error message for an empty key or a repeated one. */
export function toContext(rows: Row[]): { context: Record<string, string>; error?: string } {
  const context: Record<string, string> = {};
  for (const r of rows) {
    if (!r.key && !r.value) continue;
    if (!r.key) return { context, error: 'Every encryption context pair needs a key.' };
    if (r.key in context) return { context, error: `The key "${r.key}" appears twice in the encryption context.` };
    if (r.key.startsWith('aws-crypto-')) return { context, error: 'Keys starting with "aws-crypto-" are reserved by the AWS Encryption SDK.' };
    context[r.key] = r.value;
  }
  return { context };
}
