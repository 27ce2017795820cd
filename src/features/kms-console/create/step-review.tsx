/**
 * Step 5, "Review": the choices, the key policy the console will create from them (built by
 * buildDefaultPolicy; editable, as in the console), a warning when IAM policies let a chosen
 * administrator use the key or a user administer it, and the calls Finish will make.
 */
import { useRef, useState } from 'react';
import { useFocusLater } from '@/components/ui/focus-later';
import { useConsole } from '@/state/console-store';
import { CliEquivalent } from '@/components/ui/cli-equivalent';
import { CodeBlock } from '@/components/ui/code-block';
import { PolicyEditor, policyProblem } from '@/components/ui/policy-editor';
import { describePrincipal } from '@/features/kms-console/lib/policy-view';
import { USAGE_LABELS } from '@/kms/model/key-specs';
import { SeparationWarning } from './separation-warning';
import { aliasName, createKeyInput, wizardPolicy, type WizardState } from './wizard-state';

interface Props {
  state: WizardState;
  set(patch: Partial<WizardState>): void;
  goTo(step: number): void;
}

const ORIGIN_TEXT: Record<string, string> = { AWS_KMS: 'KMS', EXTERNAL: 'External (Import key material)', AWS_CLOUDHSM: 'AWS CloudHSM key store' };

function Section({ title, step, goTo, children }: { title: string; step: number; goTo(s: number): void; children: React.ReactNode }) {
  const id = `kms-review-${step}`;
  return (
    <section aria-labelledby={id} className="panel">
      <div className="toolbar">
        <h2 id={id}>{title}</h2>
        <button type="button" className="button" onClick={() => goTo(step)} aria-label={`Edit ${title.toLowerCase()}`}>
          Edit
        </button>
      </div>
      {children}
    </section>
  );
}

const names = (arns: string[]) => (arns.length ? arns.map((a) => describePrincipal(a).name).join(', ') : '–');

export function StepReview({ state, set, goTo }: Props) {
  const region = useConsole((s) => s.region);
  const [editing, setEditing] = useState(false);
  // Edit policy, Use this policy and Discard changes each disappear when pressed: focus moves on (editor, Edit policy).
  const editButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  const [draft, setDraft] = useState(state.editedPolicy ?? wizardPolicy(state));
  const policy = state.editedPolicy ?? wizardPolicy(state);

  return (
    <>
      <Section title="Key configuration" step={0} goTo={goTo}>
        <dl className="summary">
          <dt>Key type</dt>
          <dd>{state.keyType === 'symmetric' ? 'Symmetric' : 'Asymmetric'}</dd>
          <dt>Key spec</dt>
          <dd className="mono">{state.keySpec}</dd>
          <dt>Key usage</dt>
          <dd>{USAGE_LABELS[state.keyUsage]}</dd>
          <dt>Origin</dt>
          <dd>{ORIGIN_TEXT[state.origin]}</dd>
          <dt>Regionality</dt>
          <dd>Single-Region key</dd>
        </dl>
      </Section>
      <Section title="Alias and description" step={1} goTo={goTo}>
        <dl className="summary">
          <dt>Alias</dt>
          <dd>{aliasName(state)}</dd>
          <dt>Description</dt>
          <dd>{state.description || '–'}</dd>
          <dt>Tags</dt>
          <dd>{state.tags.length ? state.tags.map((t) => `${t.key}=${t.value}`).join(', ') : '–'}</dd>
        </dl>
      </Section>
      <Section title="Key administrators" step={2} goTo={goTo}>
        <dl className="summary">
          <dt>Key administrators</dt>
          <dd>{names(state.administrators)}</dd>
          <dt>Allow key administrators to delete this key</dt>
          <dd>{state.allowAdministratorsToDelete ? 'Yes' : 'No'}</dd>
        </dl>
      </Section>
      <Section title="Key users" step={3} goTo={goTo}>
        <dl className="summary">
          <dt>Key users</dt>
          <dd>{names(state.users)}</dd>
          <dt>Other AWS accounts</dt>
          <dd>{state.accounts.length ? state.accounts.map((a) => a.account).join(', ') : '–'}</dd>
        </dl>
      </Section>
      <SeparationWarning state={state} policy={policy} />
      <section aria-labelledby="kms-review-policy" className="panel">
        <div className="toolbar">
          <h2 id="kms-review-policy">Key policy</h2>
          {!editing && (
            <button ref={editButton} type="button" className="button" onClick={() => setEditing(true)}>
              Edit policy
            </button>
          )}
        </div>
        <p className="kms-hint">The key policy that will be created from your choices. It names the key administrators and key users you chose.</p>
        {editing ? (
          <>
            <PolicyEditor label="Key policy" kind="resource" value={draft} onChange={setDraft} rows={20} autoFocus />
            <div className="toolbar__actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  if (policyProblem(draft, 'resource')) return;
                  set({ editedPolicy: draft });
                  setEditing(false);
                  focusLater(() => editButton.current);
                }}
              >
                Use this policy
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  set({ editedPolicy: undefined });
                  setDraft(wizardPolicy(state));
                  setEditing(false);
                  focusLater(() => editButton.current);
                }}
              >
                Discard changes
              </button>
            </div>
          </>
        ) : (
          <CodeBlock code={policy} label="Key policy JSON" />
        )}
      </section>
      <CliEquivalent
        title="CLI equivalent of Finish"
        calls={[
          { service: 'kms', operation: 'CreateKey', input: createKeyInput(state), region },
          { service: 'kms', operation: 'CreateAlias', input: { AliasName: aliasName(state), TargetKeyId: '<new key ID>' }, region },
        ]}
      />
    </>
  );
}
