/**
 * A managed policy's page: its details (GetPolicy) and its JSON document. The document comes
 * from the lab's copy of the AWS managed policy (AWS serves it through GetPolicyVersion, which
 * the lab does not model).
 */
import { CodeBlock } from '@/components/ui/code-block';
import { QueryStatus } from '@/components/ui/query-status';
import { formatDateTime } from '@/components/ui/format';
import { managedPolicyArn } from '@/core/ids';
import { findManagedPolicy } from '@/iam/managed-policies';
import { useConsoleQuery } from '@/state/use-console-query';
import { iam } from './iam-api';
import { IamLayout } from './iam-layout';
import { policiesHref } from './links';

interface PolicyOut {
  PolicyName: string;
  Arn: string;
  Description?: string;
  DefaultVersionId: string;
  AttachmentCount: number;
  CreateDate: Date;
  UpdateDate: Date;
}

export function PolicyDetailPage({ params }: { params: { name?: string } }) {
  const name = params.name ?? '';
  const arn = managedPolicyArn(name);
  const data = useConsoleQuery(() => iam<{ Policy: PolicyOut }>('GetPolicy', { PolicyArn: arn }), [arn]);
  const document = findManagedPolicy(arn)?.document;
  const p = data.status === 'ready' ? data.data.Policy : undefined;
  return (
    <IamLayout section="policies" title={name} crumbs={[{ label: 'Policies', href: policiesHref }]}>
      <QueryStatus query={data} loading="Loading policy…" failed={`Failed to load policy ${name}`} />
      {p && (
        <>
          <section className="panel" aria-labelledby="policy-details">
            <h2 id="policy-details">Policy details</h2>
            <dl className="summary summary--grid">
              <div>
                <dt>Type</dt>
                <dd>AWS managed</dd>
              </div>
              <div>
                <dt>ARN</dt>
                <dd className="mono">{p.Arn}</dd>
              </div>
              <div>
                <dt>Description</dt>
                <dd>{p.Description}</dd>
              </div>
              <div>
                <dt>Default version</dt>
                <dd className="mono">{p.DefaultVersionId}</dd>
              </div>
              <div>
                <dt>Attached entities</dt>
                <dd>{p.AttachmentCount}</dd>
              </div>
              <div>
                <dt>Edited time</dt>
                <dd>{formatDateTime(p.UpdateDate)}</dd>
              </div>
            </dl>
          </section>
          <section className="panel" aria-labelledby="policy-permissions">
            <h2 id="policy-permissions">Permissions defined in this policy</h2>
            {document && <CodeBlock code={JSON.stringify(document, null, 4)} label={`${name} policy JSON`} />}
          </section>
        </>
      )}
    </IamLayout>
  );
}
