/** The certificate's tags: list, add, remove (AddTagsToCertificate / RemoveTagsFromCertificate). */
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/form-field';
import { Table } from '@/components/ui/table';
import { QueryStatus } from '@/components/ui/query-status';
import { useConsoleQuery } from '@/state/use-console-query';
import { callerFor } from '@/state/console-client';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/acm-console/ui/action-result';

const call = callerFor('acm');

interface Tag {
  Key: string;
  Value?: string;
}

export function TagsSection({ arn }: { arn: string }) {
  const heading = useId();
  const q = useConsoleQuery(async () => (await call<{ Tags: Tag[] }>('ListTagsForCertificate', { CertificateArn: arn })).Tags, [arn]);
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const action = useAction('acm');
  const tags = q.status === 'ready' ? q.data : [];
  return (
    <section className="acm-section" aria-labelledby={heading}>
      <h2 id={heading}>Tags ({tags.length})</h2>
      <ActionResult result={action.result} onDismiss={action.clear} />
      <QueryStatus query={q} failed="Failed to list the tags" />
      <Table<Tag>
        labelledBy={heading}
        rows={tags}
        rowKey={(t) => t.Key}
        empty="No tags associated with the resource."
        columns={[
          { header: 'Key', cell: (t) => t.Key },
          { header: 'Value', cell: (t) => t.Value ?? '–' },
          {
            header: 'Actions',
            cell: (t) => (
              <Button
                className="button--small"
                aria-label={`Remove tag ${t.Key}`}
                onClick={() =>
                  void action.run((c) => c('RemoveTagsFromCertificate', { CertificateArn: arn, Tags: [{ Key: t.Key }] }), {
                    success: `Removed tag ${t.Key}.`,
                    failure: 'Failed to remove tag',
                  })
                }
              >
                Remove
              </Button>
            ),
          },
        ]}
      />
      <form
        className="acm-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!key.trim()) return;
          const tag: Tag = value ? { Key: key.trim(), Value: value } : { Key: key.trim() };
          void action
            .run((c) => c('AddTagsToCertificate', { CertificateArn: arn, Tags: [tag] }), { success: `Added tag ${tag.Key}.`, failure: 'Failed to add tag' })
            .then((o) => o.ok && (setKey(''), setValue('')));
        }}
      >
        <TextField label="Tag key" value={key} onChange={setKey} />
        <TextField label="Tag value - optional" value={value} onChange={setValue} />
        <Button type="submit">Add tag</Button>
      </form>
    </section>
  );
}
