/** The "Tags" tab: the key's tags (ListResourceTags); add or change one (TagResource), remove the selected (UntagResource). */
import { useState } from 'react';
import { QueryStatus } from '@/components/ui/query-status';
import { TextField } from '@/components/ui/form-field';
import { Table } from '@/components/ui/table';
import { callerFor, listAll } from '@/state/console-client';
import { tagKeyProblem, tagValueProblem } from '@/features/kms-console/lib/alias-rules';
import { useConsoleQuery } from '@/state/use-console-query';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';

const call = callerFor('kms');

interface Tag {
  TagKey: string;
  TagValue: string;
}

export function TagsTab({ keyId, awsManaged }: { keyId: string; awsManaged: boolean }) {
  const tags = useConsoleQuery(() => listAll<Tag>((Marker) => call('ListResourceTags', { KeyId: keyId, ...(Marker ? { Marker } : {}) }), 'Tags'), [keyId]);
  const [selected, setSelected] = useState<string[]>([]);
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [tried, setTried] = useState(false);
  const action = useAction('kms');
  const keyProblem = tagKeyProblem(key, []);
  const valueProblem = tagValueProblem(value);

  async function add() {
    setTried(true);
    if (keyProblem || valueProblem) return;
    const existed = tags.data?.some((t) => t.TagKey === key);
    const outcome = await action.run((call) => call('TagResource', { KeyId: keyId, Tags: [{ TagKey: key, TagValue: value }] }), {
      success: existed ? `Tag ${key} updated.` : `Tag ${key} added.`,
      failure: 'Failed to tag the key',
    });
    if (outcome.ok) {
      setKey('');
      setValue('');
      setTried(false);
    }
  }

  async function remove() {
    if (!selected.length) return;
    const outcome = await action.run((call) => call('UntagResource', { KeyId: keyId, TagKeys: selected }), {
      success: `Removed ${selected.length === 1 ? `tag ${selected[0]}` : `${selected.length} tags`}.`,
      failure: 'Failed to remove tags',
    });
    if (outcome.ok) setSelected([]);
  }

  return (
    <>
      <ActionResult result={action.result} onDismiss={action.clear} />
      <div className="toolbar">
        <h2 id="kms-tags-h">Tags</h2>
        {!awsManaged && (
          <button type="button" className="button" aria-disabled={selected.length === 0 || undefined} onClick={() => void remove()}>
            Remove
          </button>
        )}
      </div>
      <QueryStatus query={tags} loading="Loading the tags…" failed="Failed to list the tags" />
      {tags.status === 'ready' && (
        <Table
          labelledBy="kms-tags-h"
          rows={tags.data}
          rowKey={(t) => t.TagKey}
          empty={<p>No tags are associated with this key.</p>}
          selection={awsManaged ? undefined : { selected, onChange: setSelected, label: (t) => `Select tag ${t.TagKey}` }}
          columns={[
            { header: 'Tag key', cell: (t) => t.TagKey },
            { header: 'Tag value', cell: (t) => t.TagValue },
          ]}
        />
      )}
      {!awsManaged && (
        <form
          className="panel kms-inline-form"
          aria-labelledby="kms-add-tag-h"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <h3 id="kms-add-tag-h">Add or change a tag</h3>
          <TextField label="Tag key" value={key} onChange={setKey} error={tried ? keyProblem : undefined} />
          <TextField label="Tag value - optional" value={value} onChange={setValue} error={tried ? valueProblem : undefined} />
          <button type="submit" className="button">
            Save tag
          </button>
        </form>
      )}
    </>
  );
}
