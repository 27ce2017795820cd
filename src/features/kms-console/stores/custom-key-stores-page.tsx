/**
 * "Custom key stores": the Region's AWS CloudHSM key stores (DescribeCustomKeyStores), creating
 * one (CreateCustomKeyStore), connecting and disconnecting (Connect/DisconnectCustomKeyStore).
 * A connected store is what the create-key wizard's "AWS CloudHSM key store" origin needs.
 * The CloudHSM cluster itself is simulated: any cluster ID of the right form is an active cluster.
 */
import { useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { QueryStatus } from '@/components/ui/query-status';
import { TextArea, TextField } from '@/components/ui/form-field';
import { Table } from '@/components/ui/table';
import { callerFor, listAll } from '@/state/console-client';
import { formatDateTime } from '@/features/kms-console/lib/format';
import { paths } from '@/features/kms-console/lib/navigate';
import { useConsoleQuery } from '@/state/use-console-query';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';
import { KmsLayout } from '@/features/kms-console/ui/layout';
import { MenuButton } from '@/features/kms-console/ui/menu-button';
import { StatusIndicator, type StatusType } from '@/components/ui/status-indicator';

const call = callerFor('kms');

interface Store {
  CustomKeyStoreId: string;
  CustomKeyStoreName: string;
  CloudHsmClusterId: string;
  ConnectionState: string;
  CreationDate: Date;
}

const STATE: Record<string, string> = {
  CONNECTED: 'Connected',
  DISCONNECTED: 'Disconnected',
  CONNECTING: 'Connecting',
  DISCONNECTING: 'Disconnecting',
  FAILED: 'Failed',
};
const STORE_STATUS: Record<string, StatusType> = {
  CONNECTED: 'success',
  DISCONNECTED: 'stopped',
  CONNECTING: 'in-progress',
  DISCONNECTING: 'in-progress',
  FAILED: 'error',
};

export function CustomKeyStoresPage() {
  const stores = useConsoleQuery(() => listAll<Store>((Marker) => call('DescribeCustomKeyStores', Marker ? { Marker } : {}), 'CustomKeyStores'), []);
  const [selected, setSelected] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const action = useAction('kms');
  const store = stores.data?.find((s) => s.CustomKeyStoreId === selected[0]);

  const run = (operation: string, verb: string) =>
    void action.run((call) => call(operation, { CustomKeyStoreId: store!.CustomKeyStoreId }), {
      success: `Key store ${store!.CustomKeyStoreName} ${verb}.`,
      failure: `Failed: ${operation}`,
    });

  return (
    <KmsLayout
      current={paths.customKeyStores}
      title="Custom key stores"
      actions={
        <>
          <MenuButton
            label="Key store actions"
            items={[
              { label: 'Connect', disabled: !store || store.ConnectionState === 'CONNECTED', onSelect: () => run('ConnectCustomKeyStore', 'is connected') },
              {
                label: 'Disconnect',
                disabled: !store || store.ConnectionState !== 'CONNECTED',
                onSelect: () => run('DisconnectCustomKeyStore', 'is disconnected'),
              },
            ]}
          />
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            Create key store
          </button>
        </>
      }
      description="A custom key store keeps the key material of its KMS keys in an AWS CloudHSM cluster that you own. KMS keys in it have the origin AWS_CLOUDHSM. In KMS Lab the cluster is simulated."
    >
      <ActionResult result={action.result} onDismiss={action.clear} />
      <h2 id="kms-stores-h">AWS CloudHSM key stores</h2>
      <QueryStatus query={stores} loading="Loading key stores…" failed="Failed to describe custom key stores" />
      {stores.status === 'ready' && (
        <Table
          labelledBy="kms-stores-h"
          rows={stores.data}
          rowKey={(s) => s.CustomKeyStoreId}
          empty={<p>There are no AWS CloudHSM key stores in this Region.</p>}
          selection={{ selected, onChange: setSelected, label: (s) => `Select key store ${s.CustomKeyStoreName}`, single: true }}
          columns={[
            { header: 'Custom key store name', cell: (s) => s.CustomKeyStoreName },
            { header: 'Custom key store ID', className: 'mono', cell: (s) => s.CustomKeyStoreId },
            { header: 'AWS CloudHSM cluster ID', className: 'mono', cell: (s) => s.CloudHsmClusterId },
            {
              header: 'Connection state',
              cell: (s) => <StatusIndicator type={STORE_STATUS[s.ConnectionState] ?? 'info'}>{STATE[s.ConnectionState] ?? s.ConnectionState}</StatusIndicator>,
            },
            { header: 'Creation date', cell: (s) => formatDateTime(s.CreationDate) },
          ]}
        />
      )}
      {creating && <CreateStoreDialog onClose={() => setCreating(false)} action={action} />}
    </KmsLayout>
  );
}

function CreateStoreDialog({ onClose, action }: { onClose(): void; action: ReturnType<typeof useAction> }) {
  const [name, setName] = useState('');
  const [cluster, setCluster] = useState('cluster-1a23b4cdefg');
  const [cert, setCert] = useState('-----BEGIN CERTIFICATE-----\nMIIB (the cluster trust anchor, customerCA.crt)\n-----END CERTIFICATE-----');
  const [password, setPassword] = useState('');

  async function create() {
    onClose();
    await action.run(
      (call) =>
        call('CreateCustomKeyStore', { CustomKeyStoreName: name, CloudHsmClusterId: cluster, TrustAnchorCertificate: cert, KeyStorePassword: password }),
      { success: `Key store ${name} created. Connect it before creating keys in it.`, failure: 'Failed to create the key store' },
    );
  }

  return (
    <Dialog
      title="Create AWS CloudHSM key store"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={() => void create()}>
            Create key store
          </button>
        </>
      }
    >
      <TextField data-autofocus label="Key store name" value={name} onChange={setName} />
      <TextField label="AWS CloudHSM cluster ID" value={cluster} onChange={setCluster} className="input mono" />
      <TextArea label="Trust anchor certificate" value={cert} onChange={setCert} rows={4} className="input textarea mono" />
      <TextField label="Password of the kmsuser crypto user" type="password" value={password} onChange={setPassword} hint="7 to 32 characters." />
    </Dialog>
  );
}
