/**
 * The "Key policy" tab. Default view: key administrators, key users and other AWS accounts, each
 * change rewriting the policy (buildDefaultPolicy, via the default view) with PutKeyPolicy.
 * Policy view: the JSON, editable; a JSON syntax error is reported with its line before anything
 * is sent, and PutKeyPolicy's answers (MalformedPolicyDocumentException ...) as AWS words them.
 */
import { useRef, useState } from 'react';
import { useFocusLater } from '@/components/ui/focus-later';
import { CodeBlock } from '@/components/ui/code-block';
import { QueryStatus } from '@/components/ui/query-status';
import { PolicyEditor } from '@/components/ui/policy-editor';
import type { Origin } from '@/kms/model/key';
import type { KeySpec, KeyUsage } from '@/kms/model/key-specs';
import { jsonProblem } from '@/features/kms-console/lib/json-check';
import { readDefaultView, writeDefaultView, type DefaultView } from '@/features/kms-console/lib/policy-view';
import { callerFor } from '@/state/console-client';
import { useConsoleQuery } from '@/state/use-console-query';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';
import { OtherAccounts } from './other-accounts';
import { PrincipalList } from './principal-list';

const call = callerFor('kms');

interface Props {
  keyId: string;
  origin: Origin;
  /** The key's spec and usage: the key users' actions depend on them. */
  keySpec?: KeySpec;
  keyUsage?: KeyUsage;
  awsManaged: boolean;
}

export function KeyPolicyTab({ keyId, origin, keySpec, keyUsage, awsManaged }: Props) {
  const policy = useConsoleQuery(async () => (await call('GetKeyPolicy', { KeyId: keyId, PolicyName: 'default' })).Policy as string, [keyId]);
  const [mode, setMode] = useState<'default' | 'policy'>('default');
  const action = useAction('kms');
  // Switching views replaces the button pressed: focus goes to the one that switches back.
  const root = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater();
  const switchTo = (to: 'default' | 'policy') => {
    setMode(to);
    focusLater(() => root.current?.querySelector<HTMLElement>('[data-view-switch]'));
  };

  if (policy.status !== 'ready') return <QueryStatus query={policy} loading="Loading the key policy…" failed="Failed to get the key policy" />;

  const view = readDefaultView(policy.data);
  const put = (text: string, success: string) =>
    action.run((call) => call('PutKeyPolicy', { KeyId: keyId, PolicyName: 'default', Policy: text }), { success, failure: 'Failed to update the key policy' });
  const change = (patch: Partial<DefaultView>, success: string) => void put(writeDefaultView({ ...view!, ...patch }, { origin, keySpec, keyUsage }), success);
  const showDefault = mode === 'default' && view && !awsManaged;

  return (
    <div ref={root}>
      <ActionResult result={action.result} onDismiss={action.clear} />
      {showDefault ? (
        <>
          <div className="toolbar">
            <h2>Key policy</h2>
            <button type="button" className="button" data-view-switch onClick={() => switchTo('policy')}>
              Switch to policy view
            </button>
          </div>
          <PrincipalList
            title="Key administrators"
            description="IAM users and roles who can administer this key through the KMS API."
            arns={view.administrators}
            onChange={(administrators) => change({ administrators }, 'Key administrators updated. The key policy was changed.')}
          />
          <div className="checkbox">
            <input
              id="kms-policy-allow-delete"
              type="checkbox"
              checked={view.allowAdministratorsToDelete}
              disabled={view.administrators.length === 0}
              onChange={(e) => change({ allowAdministratorsToDelete: e.target.checked }, 'Key deletion permission updated. The key policy was changed.')}
            />
            <label htmlFor="kms-policy-allow-delete">Allow key administrators to delete this key.</label>
          </div>
          <PrincipalList
            title="Key users"
            description="IAM users and roles who can use this key in cryptographic operations."
            arns={view.users}
            onChange={(users) => change({ users }, 'Key users updated. The key policy was changed.')}
          />
          <OtherAccounts accounts={view.accounts} onChange={(accounts) => change({ accounts }, 'Other AWS accounts updated. The key policy was changed.')} />
        </>
      ) : (
        <PolicyView
          policy={policy.data}
          readOnly={awsManaged}
          note={
            awsManaged
              ? 'The key policy of an AWS managed key is managed by AWS and cannot be changed.'
              : view
                ? undefined
                : 'The default view is not available because this key policy contains statements that it cannot show. Use the policy view.'
          }
          onDefault={view && !awsManaged ? () => switchTo('default') : undefined}
          onSave={(text) => put(text, 'The key policy was updated.').then((o) => o.ok)}
        />
      )}
    </div>
  );
}

interface ViewProps {
  policy: string;
  readOnly: boolean;
  note?: string;
  onDefault?(): void;
  onSave(text: string): Promise<boolean>;
}

function PolicyView({ policy, readOnly, note, onDefault, onSave }: ViewProps) {
  const [draft, setDraft] = useState<string>();
  const [syntax, setSyntax] = useState<string>();
  // Cancel and a successful Save replace the editor (and themselves) with the policy: focus goes back to Edit.
  const editButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  const close = () => {
    setDraft(undefined);
    setSyntax(undefined);
    focusLater(() => editButton.current);
  };

  async function save() {
    const problem = jsonProblem(draft!);
    setSyntax(problem);
    if (problem) return;
    if (await onSave(draft!)) close();
  }

  return (
    <>
      <div className="toolbar">
        <h2>Key policy</h2>
        <div className="toolbar__actions">
          {onDefault && draft === undefined && (
            <button type="button" className="button" data-view-switch onClick={onDefault}>
              Switch to default view
            </button>
          )}
          {!readOnly && draft === undefined && (
            <button ref={editButton} type="button" className="button" onClick={() => setDraft(policy)}>
              Edit
            </button>
          )}
        </div>
      </div>
      {note && <p className="kms-hint">{note}</p>}
      {draft === undefined ? (
        <CodeBlock code={policy} label="Key policy JSON" />
      ) : (
        <>
          <PolicyEditor label="Key policy document (JSON)" kind="resource" value={draft} onChange={setDraft} rows={24} autoFocus />
          {syntax && (
            <p role="alert" className="form-field__error">
              {syntax} Fix it before saving: nothing was sent to AWS KMS.
            </p>
          )}
          <div className="toolbar__actions">
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
            <button type="button" className="button button--primary" onClick={() => void save()}>
              Save changes
            </button>
          </div>
        </>
      )}
    </>
  );
}
