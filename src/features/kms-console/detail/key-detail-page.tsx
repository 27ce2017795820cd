/**
 * A key's page: General configuration (alias, ARN, status, creation date, description,
 * regionality), the key's tabs (the tab is in the URL: #/kms/keys/<id>/rotation; Grants is loaded
 * on first use), the Key actions, the pending-deletion notice with Cancel key deletion, and the Try it panel.
 */
import { lazy, Suspense, useState } from 'react';
import { QueryStatus } from '@/components/ui/query-status';
import { isAwsError } from '@/core/errors';
import { Tabs, type TabItem } from '@/components/ui/tabs';
import { formatDateTime, statusLabel } from '@/features/kms-console/lib/format';
import { listAliases } from '@/state/key-rows';
import { href, paths } from '@/features/kms-console/lib/navigate';
import { callerFor } from '@/state/console-client';
import { useConsoleQuery } from '@/state/use-console-query';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';
import { KmsLayout } from '@/features/kms-console/ui/layout';
import { KeyActions } from '@/features/kms-console/keys/key-actions';
import { AliasesTab } from './aliases-tab';
import { CryptoTab, keyTypeOf, type KeyMeta } from './crypto-tab';
import { DescriptionEditor } from './description-editor';
import { KeyMaterialTab } from './key-material-tab';
import { KeyPolicyTab } from './key-policy-tab';
import { RotationTab } from './rotation-tab';
import { TagsTab } from './tags-tab';
import { PublicKeyTab } from './public-key-tab';
import { TryItPanel } from './try-it-panel';
import { TrySignPanel } from './try-it-sign';
import { TryRsaPanel } from './try-it-rsa';
import { TryAgreementPanel } from './try-it-agreement';
import type { KeySpec as KmsKeySpec, KeyUsage as KmsKeyUsage } from '@/kms/model/key-specs';
import { KEY_STATE_STATUS, StatusIndicator } from '@/components/ui/status-indicator';

const call = callerFor('kms');

// A KMS Lab tab, not the AWS console's: its code (and the explanations) load when it is first opened.
const WhoCanTab = lazy(() => import('./who-can-tab'));
// Loaded on first use: the Grants tab is the only one most visits never open.
const GrantsTab = lazy(() => import('./grants-tab').then((m) => ({ default: m.GrantsTab })));

const tabInUrl = () => new URLSearchParams(location.hash.split('?')[1] ?? '').get('tab') ?? undefined;

export const TAB_IDS = ['policy', 'cryptographic-configuration', 'tags', 'rotation', 'aliases', 'grants', 'key-material', 'who-can'] as const;

export function KeyDetailPage({ keyId, tab: routeTab }: { keyId: string; tab?: string }) {
  // The tab is in the URL (#/kms/keys/<id>?tab=rotation: shareable, kept on reload). Switching
  // tabs replaces the URL's query only: the app remounts a screen when the hash *path* changes,
  // which would lose the focus on the tab list. #/kms/keys/<id>/rotation opens a tab too.
  const [tab, setTab] = useState(() => routeTab ?? tabInUrl());
  const selectTab = (id: string) => {
    setTab(id);
    history.replaceState(history.state, '', `#/${paths.key(keyId, id)}`);
  };
  const data = useConsoleQuery(async () => {
    // ListAliases needs an IAM permission that DescribeKey does not: a key user may see the key but not its aliases.
    const [{ KeyMetadata }, aliases] = await Promise.all([
      call('DescribeKey', { KeyId: keyId }),
      listAliases(call, keyId).then(
        (list) => ({ names: list.map((a) => a.AliasName).sort() }),
        (error: unknown) => ({ names: [] as string[], error }),
      ),
    ]);
    return { meta: KeyMetadata as KeyMeta, aliases: aliases.names, aliasError: 'error' in aliases ? aliases.error : undefined };
  }, [keyId]);
  const action = useAction('kms');

  if (data.status !== 'ready') {
    return (
      <KmsLayout current={paths.customerKeys} title={keyId} crumbs={[{ label: 'Customer managed keys', href: href(paths.customerKeys) }]}>
        <QueryStatus query={data} loading="Loading the key…" failed={`Failed to describe key ${keyId}`} />
      </KmsLayout>
    );
  }

  const { meta, aliases, aliasError } = data.data;
  const awsManaged = meta.KeyManager === 'AWS';
  const name = aliases[0]?.replace(/^alias\//, '') ?? meta.KeyId;
  const listPath = awsManaged ? paths.awsKeys : paths.customerKeys;
  const tabs: TabItem[] = [
    {
      id: 'policy',
      label: 'Key policy',
      content: (
        <KeyPolicyTab
          keyId={meta.KeyId}
          origin={meta.Origin}
          keySpec={meta.KeySpec as KmsKeySpec}
          keyUsage={meta.KeyUsage as KmsKeyUsage}
          awsManaged={awsManaged}
        />
      ),
    },
    { id: 'cryptographic-configuration', label: 'Cryptographic configuration', content: <CryptoTab meta={meta} /> },
    { id: 'tags', label: 'Tags', content: <TagsTab keyId={meta.KeyId} awsManaged={awsManaged} /> },
    // Rotation exists for symmetric encryption keys only: the console shows no Key rotation tab for the others.
    ...(meta.KeySpec === 'SYMMETRIC_DEFAULT'
      ? [{ id: 'rotation', label: 'Key rotation', content: <RotationTab keyId={meta.KeyId} keyState={meta.KeyState} awsManaged={awsManaged} /> }]
      : []),
    { id: 'aliases', label: 'Aliases', content: <AliasesTab keyId={meta.KeyId} awsManaged={awsManaged} /> },
    {
      id: 'grants',
      label: 'Grants',
      content: (
        <Suspense fallback={<p aria-busy="true">Loading the grants…</p>}>
          <GrantsTab keyId={meta.KeyId} keySpec={meta.KeySpec as KmsKeySpec} keyUsage={meta.KeyUsage as KmsKeyUsage} awsManaged={awsManaged} />
        </Suspense>
      ),
    },
  ];
  if (keyTypeOf(meta.KeySpec) === 'Asymmetric') tabs.splice(2, 0, { id: 'public-key', label: 'Public key', content: <PublicKeyTab keyId={meta.KeyId} /> });
  if (meta.Origin === 'EXTERNAL') tabs.push({ id: 'key-material', label: 'Key material', content: <KeyMaterialTab meta={meta} /> });
  if (!awsManaged)
    tabs.push({
      id: 'who-can',
      label: 'Who can do what',
      content: (
        <Suspense fallback={<p aria-busy="true">Loading…</p>}>
          <WhoCanTab keyId={meta.KeyId} keyArn={meta.Arn} origin={meta.Origin} keySpec={meta.KeySpec as KmsKeySpec} keyUsage={meta.KeyUsage as KmsKeyUsage} />
        </Suspense>
      ),
    });
  const selected = tabs.some((t) => t.id === tab) ? tab! : 'policy';

  return (
    <KmsLayout
      current={listPath}
      title={name}
      crumbs={[{ label: awsManaged ? 'AWS managed keys' : 'Customer managed keys', href: href(listPath) }]}
      actions={!awsManaged && <KeyActions keys={[{ keyId: meta.KeyId, name, state: meta.KeyState }]} action={action} />}
    >
      <ActionResult result={action.result} onDismiss={action.clear} />
      {meta.KeyState === 'PendingDeletion' && (
        <div className="kms-notice" role="note">
          <p>
            <strong>This key is scheduled for deletion on {formatDateTime(meta.DeletionDate!)}.</strong> It cannot be used while deletion is pending. To keep
            it, choose Key actions, Cancel key deletion: the key comes back disabled.
          </p>
        </div>
      )}
      <section className="panel" aria-labelledby="kms-general-h">
        <h2 id="kms-general-h">General configuration</h2>
        <dl className="summary summary--grid">
          <div>
            <dt>Alias</dt>
            <dd>
              {aliases.length ? aliases.join(', ') : '–'}
              {aliasError !== undefined && (
                <span className="kms-small muted"> (the aliases could not be listed: {isAwsError(aliasError) ? aliasError.code : 'error'})</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <StatusIndicator type={KEY_STATE_STATUS[meta.KeyState] ?? 'info'} className="kms-status">
                {statusLabel(meta.KeyState)}
              </StatusIndicator>
            </dd>
          </div>
          <div>
            <dt>ARN</dt>
            <dd className="mono kms-break">{meta.Arn}</dd>
          </div>
          <div>
            <dt>Creation date</dt>
            <dd>{formatDateTime(meta.CreationDate)}</dd>
          </div>
          {meta.DeletionDate && (
            <div>
              <dt>Scheduled deletion date</dt>
              <dd>{formatDateTime(meta.DeletionDate)}</dd>
            </div>
          )}
          <div>
            <dt>Description</dt>
            <dd>{awsManaged ? meta.Description || '–' : <DescriptionEditor keyId={meta.KeyId} description={meta.Description} />}</dd>
          </div>
          <div>
            <dt>Regionality</dt>
            <dd>Single Region</dd>
          </div>
        </dl>
      </section>
      <Tabs label="Key details" tabs={tabs} selected={selected} onSelect={selectTab} />
      {meta.KeySpec === 'SYMMETRIC_DEFAULT' && <TryItPanel keyId={meta.KeyId} />}
      {meta.KeyUsage === 'SIGN_VERIFY' && <TrySignPanel key={meta.KeyId} keyId={meta.KeyId} usage="SIGN_VERIFY" algorithms={meta.SigningAlgorithms ?? []} />}
      {meta.KeyUsage === 'GENERATE_VERIFY_MAC' && (
        <TrySignPanel key={meta.KeyId} keyId={meta.KeyId} usage="GENERATE_VERIFY_MAC" algorithms={meta.MacAlgorithms ?? []} />
      )}
      {meta.KeyUsage === 'ENCRYPT_DECRYPT' && meta.KeySpec.startsWith('RSA_') && (
        <TryRsaPanel key={meta.KeyId} keyId={meta.KeyId} keySpec={meta.KeySpec as KmsKeySpec} algorithms={meta.EncryptionAlgorithms ?? []} />
      )}
      {meta.KeyUsage === 'KEY_AGREEMENT' && <TryAgreementPanel key={meta.KeyId} keyId={meta.KeyId} keySpec={meta.KeySpec as KmsKeySpec} />}
    </KmsLayout>
  );
}
