/** The key's description with Edit -> UpdateKeyDescription, as on the console's General configuration. */
import { useState } from 'react';
import { TextArea } from '@/components/ui/form-field';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';

export function DescriptionEditor({ keyId, description }: { keyId: string; description: string }) {
  const [draft, setDraft] = useState<string>();
  const action = useAction('kms');

  async function save() {
    const outcome = await action.run((call) => call('UpdateKeyDescription', { KeyId: keyId, Description: draft }), {
      success: 'Description updated.',
      failure: 'Failed to update the description',
    });
    if (outcome.ok) setDraft(undefined);
  }

  return (
    <>
      {draft === undefined ? (
        <>
          {description || '–'}{' '}
          <button type="button" className="button button--small" onClick={() => setDraft(description)} aria-label="Edit description">
            Edit
          </button>
        </>
      ) : (
        <>
          <TextArea label="Description" value={draft} onChange={setDraft} rows={3} />
          <div className="toolbar__actions">
            <button type="button" className="button button--small" onClick={() => setDraft(undefined)}>
              Cancel
            </button>
            <button type="button" className="button button--small button--primary" onClick={() => void save()}>
              Save
            </button>
          </div>
        </>
      )}
      <ActionResult result={action.result} onDismiss={action.clear} />
    </>
  );
}
