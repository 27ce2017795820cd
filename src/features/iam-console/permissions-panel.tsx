/**
 * "Permissions policies" of a user or a group: its attached AWS managed policies and its inline
 * policies, with Add permissions (attach), Create inline policy, edit (click an inline policy)
 * and Remove (detach, or delete the inline policy). The same calls for both, by owner type.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Table } from '@/components/ui/table';
import { showFlash } from '@/state/flash';
import { iam, iamCall, runSteps, StepFailed, type AttachedPolicy } from './iam-api';
import { InlinePolicyPanel, type InlineOwner } from './inline-policy-panel';
import { policyHref } from './links';
import { PolicyPicker } from './policy-picker';

interface Row {
  key: string;
  name: string;
  type: 'AWS managed' | 'Customer inline';
  arn?: string;
}

const OPS = {
  user: { member: 'UserName', attach: 'AttachUserPolicy', detach: 'DetachUserPolicy', del: 'DeleteUserPolicy', get: 'GetUserPolicy' },
  group: { member: 'GroupName', attach: 'AttachGroupPolicy', detach: 'DetachGroupPolicy', del: 'DeleteGroupPolicy', get: 'GetGroupPolicy' },
} as const;

const steps = (calls: ReturnType<typeof iamCall>[]) =>
  runSteps(calls.map((call) => ({ call, failure: '' }))).catch((e) => {
    throw e instanceof StepFailed ? e.cause : e;
  });

export function PermissionsPanel({ owner, attached, inline }: { owner: InlineOwner; attached: AttachedPolicy[]; inline: string[] }) {
  const ops = OPS[owner.type];
  const who = { [ops.member]: owner.name };
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [editor, setEditor] = useState<{ name: string; document: string } | 'new'>();
  const [viewError, setViewError] = useState<unknown>();
  const rows: Row[] = [
    ...attached.map((p): Row => ({ key: p.PolicyArn, name: p.PolicyName, type: 'AWS managed', arn: p.PolicyArn })),
    ...inline.map((n): Row => ({ key: `inline:${n}`, name: n, type: 'Customer inline' })),
  ];
  const chosen = rows.filter((r) => selected.includes(r.key));
  const removeCalls = chosen.map((r) => (r.arn ? iamCall(ops.detach, { ...who, PolicyArn: r.arn }) : iamCall(ops.del, { ...who, PolicyName: r.name })));

  async function editInline(name: string) {
    setViewError(undefined);
    try {
      const r = await iam<{ PolicyDocument: string }>(ops.get, { ...who, PolicyName: name });
      setEditor({ name, document: r.PolicyDocument });
    } catch (e) {
      setViewError(e);
    }
  }

  const headingId = `${owner.type}-policies-heading`;
  return (
    <>
      <div className="toolbar">
        <h3 id={headingId}>Permissions policies ({rows.length})</h3>
        <div className="toolbar__actions">
          <Button aria-disabled={chosen.length === 0 || undefined} onClick={() => chosen.length && setRemoving(true)}>
            Remove
          </Button>
          <Button onClick={() => setEditor('new')}>Create inline policy</Button>
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add permissions
          </Button>
        </div>
      </div>
      <Table
        labelledBy={headingId}
        rows={rows}
        rowKey={(r) => r.key}
        selection={{ selected, onChange: setSelected, label: (r) => `Select ${r.name}` }}
        empty={<p>No policies attached directly to this {owner.type}.</p>}
        columns={[
          {
            header: 'Policy name',
            cell: (r) =>
              r.arn ? (
                <a href={policyHref(r.name)}>{r.name}</a>
              ) : (
                <Button className="button--link" aria-label={`Edit inline policy ${r.name}`} onClick={() => void editInline(r.name)}>
                  {r.name}
                </Button>
              ),
          },
          { header: 'Type', cell: (r) => r.type },
          { header: 'Attached via', cell: () => 'Directly' },
        ]}
      />
      {viewError !== undefined && <ErrorAlert error={viewError} title="Failed to read the inline policy" onDismiss={() => setViewError(undefined)} />}
      {editor && (
        <InlinePolicyPanel
          key={editor === 'new' ? 'new' : editor.name}
          owner={owner}
          existing={editor === 'new' ? undefined : editor}
          onClose={() => setEditor(undefined)}
        />
      )}
      {adding && <AttachDialog owner={owner} attached={attached.map((p) => p.PolicyArn)} onClose={() => setAdding(false)} />}
      {removing && (
        <ConfirmDialog
          title={chosen.length === 1 ? `Remove ${chosen[0]!.name}?` : `Remove ${chosen.length} policies?`}
          actionLabel="Remove"
          errorTitle="Failed to remove the policy"
          onClose={() => setRemoving(false)}
          onConfirm={async () => {
            await steps(removeCalls);
            setSelected([]);
            showFlash({ tone: 'success', text: `Removed ${chosen.map((r) => r.name).join(', ')} from ${owner.type} ${owner.name}.`, calls: removeCalls });
          }}
        >
          <p>
            The {owner.type} <span className="mono">{owner.name}</span> loses the permissions of {chosen.map((r) => r.name).join(', ')}. Inline policies are
            deleted.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}

function AttachDialog({ owner, attached, onClose }: { owner: InlineOwner; attached: string[]; onClose(): void }) {
  const ops = OPS[owner.type];
  const [arns, setArns] = useState<string[]>([]);
  const [error, setError] = useState<unknown>();
  const calls = arns.map((arn) => iamCall(ops.attach, { [ops.member]: owner.name, PolicyArn: arn }));
  async function attach() {
    if (!arns.length) return;
    setError(undefined);
    try {
      await steps(calls);
      showFlash({ tone: 'success', text: `Policies attached to ${owner.type} ${owner.name}.`, calls });
      onClose();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Dialog
      title={`Add permissions to ${owner.name}`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" aria-disabled={arns.length === 0 || undefined} onClick={() => void attach()}>
            Add permissions
          </Button>
        </>
      }
    >
      <p>Attach policies directly.</p>
      <PolicyPicker selected={arns} onChange={setArns} exclude={attached} />
      {error !== undefined && <ErrorAlert error={error} title={`Failed to attach policies to ${owner.type} ${owner.name}`} />}
    </Dialog>
  );
}
