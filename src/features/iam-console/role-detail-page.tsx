/** A role's page: Summary, and the tabs Permissions (attach policies) and Trust relationships. */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CodeBlock } from '@/components/ui/code-block';
import { Dialog } from '@/components/ui/dialog';
import { ErrorAlert } from '@/components/ui/error-alert';
import { QueryStatus } from '@/components/ui/query-status';
import { formatDateTime } from '@/components/ui/format';
import { Table } from '@/components/ui/table';
import { Tabs } from '@/components/ui/tabs';
import { showFlash } from '@/state/flash';
import { useConsoleQuery } from '@/state/use-console-query';
import { iamCall, runSteps, StepFailed } from './iam-api';
import { IamLayout } from './iam-layout';
import { policyHref, rolesHref } from './links';
import { PolicyPicker } from './policy-picker';
import { loadRole, trustedEntities, type RoleData } from './role-data';

const pretty = (text: string) => {
  try {
    return JSON.stringify(JSON.parse(text), null, 4);
  } catch {
    return text;
  }
};

export function RoleDetailPage({ params }: { params: { name?: string } }) {
  const name = params.name ?? '';
  const data = useConsoleQuery(() => loadRole(name), [name]);
  const [tab, setTab] = useState('permissions');
  const ready = data.status === 'ready' ? data.data : undefined;
  return (
    <IamLayout section="roles" title={name} crumbs={[{ label: 'Roles', href: rolesHref }]}>
      <QueryStatus query={data} loading="Loading role…" failed={`Failed to load role ${name}`} />
      {ready && (
        <>
          <section className="panel" aria-labelledby="role-summary">
            <h2 id="role-summary">Summary</h2>
            <dl className="summary summary--grid">
              <div>
                <dt>ARN</dt>
                <dd className="mono">{ready.role.Arn}</dd>
              </div>
              <div>
                <dt>Creation date</dt>
                <dd>{formatDateTime(ready.role.CreateDate)}</dd>
              </div>
              <div>
                <dt>Description</dt>
                <dd>{ready.role.Description || '–'}</dd>
              </div>
              <div>
                <dt>Maximum session duration</dt>
                <dd>{(ready.role.MaxSessionDuration ?? 3600) / 3600} hour(s)</dd>
              </div>
            </dl>
          </section>
          <Tabs
            label="Role details"
            selected={tab}
            onSelect={setTab}
            tabs={[
              { id: 'permissions', label: 'Permissions', content: <RolePermissions data={ready} /> },
              {
                id: 'trust',
                label: 'Trust relationships',
                content: (
                  <>
                    <h3>Trusted entities</h3>
                    <p>Entities that can assume this role: {trustedEntities(ready.role.AssumeRolePolicyDocument).join(', ') || 'none'}.</p>
                    <CodeBlock code={pretty(ready.role.AssumeRolePolicyDocument)} label="Trust policy" />
                  </>
                ),
              },
            ]}
          />
        </>
      )}
    </IamLayout>
  );
}

function RolePermissions({ data }: { data: RoleData }) {
  const [adding, setAdding] = useState(false);
  const roleName = data.role.RoleName;
  return (
    <>
      <div className="toolbar">
        <h3 id="role-policies-heading">Permissions policies ({data.attached.length})</h3>
        <Button variant="primary" onClick={() => setAdding(true)}>
          Add permissions
        </Button>
      </div>
      <Table
        labelledBy="role-policies-heading"
        rows={data.attached}
        rowKey={(p) => p.PolicyArn}
        empty={<p>No policies attached to this role.</p>}
        columns={[
          { header: 'Policy name', cell: (p) => <a href={policyHref(p.PolicyName)}>{p.PolicyName}</a> },
          { header: 'Type', cell: () => 'AWS managed' },
        ]}
      />
      {adding && <AttachRoleDialog roleName={roleName} attached={data.attached.map((p) => p.PolicyArn)} onClose={() => setAdding(false)} />}
    </>
  );
}

function AttachRoleDialog({ roleName, attached, onClose }: { roleName: string; attached: string[]; onClose(): void }) {
  const [arns, setArns] = useState<string[]>([]);
  const [error, setError] = useState<unknown>();
  const calls = arns.map((arn) => iamCall('AttachRolePolicy', { RoleName: roleName, PolicyArn: arn }));
  async function attach() {
    if (!arns.length) return;
    setError(undefined);
    try {
      await runSteps(calls.map((call) => ({ call, failure: '' })));
      showFlash({ tone: 'success', text: `Policies attached to role ${roleName}.`, calls });
      onClose();
    } catch (e) {
      setError(e instanceof StepFailed ? e.cause : e);
    }
  }
  return (
    <Dialog
      title={`Add permissions to ${roleName}`}
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
      <PolicyPicker selected={arns} onChange={setArns} exclude={attached} />
      {error !== undefined && <ErrorAlert error={error} title={`Failed to attach policies to role ${roleName}`} />}
    </Dialog>
  );
}
