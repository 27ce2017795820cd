/**
 * Create or edit an inline policy of a user or a group: a policy name and the JSON editor,
 * checked as it is typed; saving is PutUserPolicy / PutGroupPolicy, and IAM's own answer
 * (MalformedPolicyDocument, LimitExceeded...) is shown as the console shows it.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TextField } from '@/components/ui/form-field';
import { PolicyEditor, policyProblem } from '@/components/ui/policy-editor';
import { showFlash } from '@/state/flash';
import { iamCall, runSteps, StepFailed } from './iam-api';
import { nameProblem } from './wizard';

export const NEW_POLICY = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "Statement1",
            "Effect": "Allow",
            "Action": [],
            "Resource": []
        }
    ]
}`;

export interface InlineOwner {
  type: 'user' | 'group';
  name: string;
}

interface Props {
  owner: InlineOwner;
  /** Editing an existing policy: its name and current document. */
  existing?: { name: string; document: string };
  onClose(): void;
}

export const putInlineCall = (owner: InlineOwner, policyName: string, document: string) =>
  owner.type === 'user'
    ? iamCall('PutUserPolicy', { UserName: owner.name, PolicyName: policyName, PolicyDocument: document })
    : iamCall('PutGroupPolicy', { GroupName: owner.name, PolicyName: policyName, PolicyDocument: document });

export function InlinePolicyPanel({ owner, existing, onClose }: Props) {
  const [name, setName] = useState(existing?.name ?? '');
  const [nameError, setNameError] = useState<string>();
  const [document, setDocument] = useState(existing?.document ?? NEW_POLICY);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [blocked, setBlocked] = useState<string>();

  async function save() {
    if (busy) return;
    const problem = nameProblem(name, 'Policy name', 128);
    setNameError(problem);
    const docProblem = policyProblem(document);
    setBlocked(docProblem ? `Fix the policy before saving: ${docProblem.message}` : undefined);
    if (problem || docProblem) return;
    setBusy(true);
    setError(undefined);
    const call = putInlineCall(owner, name, document);
    try {
      await runSteps([{ call, failure: '' }]);
      showFlash({ tone: 'success', text: existing ? `Policy ${name} updated.` : `Policy ${name} created.`, calls: [call] });
      onClose();
    } catch (e) {
      setError(e instanceof StepFailed ? e.cause : e);
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="inline-policy-heading">
      <h3 id="inline-policy-heading">{existing ? `Edit policy ${existing.name}` : 'Create inline policy'}</h3>
      <p className="muted">
        An inline policy belongs to {owner.type} <span className="mono">{owner.name}</span> only, and is deleted with it.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {!existing && (
          <TextField
            label="Policy name"
            value={name}
            onChange={setName}
            error={nameError}
            hint="Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters."
            autoComplete="off"
            spellCheck={false}
          />
        )}
        <PolicyEditor label="Policy editor (JSON)" value={document} onChange={setDocument} />
        {blocked && (
          <p role="alert" className="message message--error">
            {blocked}
          </p>
        )}
        {error !== undefined && <ErrorAlert error={error} title={existing ? `Failed to update policy ${name}` : `Failed to create policy ${name}`} />}
        <div className="form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" aria-disabled={busy || undefined}>
            {existing ? 'Save changes' : 'Create policy'}
          </Button>
        </div>
      </form>
    </section>
  );
}
