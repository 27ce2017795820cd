/**
 * Policies: the managed policies of the account (the lab offers AWS managed ones), each with its
 * JSON on its own page. Reads ListPolicies.
 */
import { useState } from 'react';
import { QueryStatus } from '@/components/ui/query-status';
import { TextField } from '@/components/ui/form-field';
import { NONE, Table } from '@/components/ui/table';
import { findManagedPolicy } from '@/iam/managed-policies';
import { useConsoleQuery } from '@/state/use-console-query';
import { IamLayout } from './iam-layout';
import { policyHref } from './links';
import { loadPolicies } from './policy-picker';

export function PoliciesPage() {
  const policies = useConsoleQuery(loadPolicies);
  const [filter, setFilter] = useState('');
  const all = policies.status === 'ready' ? policies.data : [];
  const shown = all.filter((p) => p.PolicyName.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <IamLayout
      section="policies"
      title="Policies"
      description="A policy is an object in AWS that defines permissions. AWS managed policies are created and maintained by AWS; you attach them to users, groups and roles."
    >
      <h2 id="policies-heading" className="table-heading">
        Policies ({all.length})
      </h2>
      <TextField label="Filter policies by name" value={filter} onChange={setFilter} type="search" />
      <QueryStatus query={policies} loading="Loading policies…" failed="Failed to list policies" />
      {policies.status === 'ready' && (
        <Table
          labelledBy="policies-heading"
          rows={shown}
          rowKey={(p) => p.Arn}
          empty={<p>No policies match “{filter}”.</p>}
          columns={[
            { header: 'Policy name', cell: (p) => <a href={policyHref(p.PolicyName)}>{p.PolicyName}</a> },
            { header: 'Type', cell: () => 'AWS managed' },
            { header: 'Used as', cell: (p) => (p.AttachmentCount > 0 ? `Permissions policy (${p.AttachmentCount})` : NONE) },
            { header: 'Description', cell: (p) => findManagedPolicy(p.Arn)?.description ?? '' },
          ]}
        />
      )}
    </IamLayout>
  );
}
