/**
 * The home page: the account's KMS keys in the selected Region, read from the engine through
 * the API like the AWS console reads them, and a button that creates a key.
 */
import { useState } from 'react';
import { CreateKeyButton } from './create-key-button';
import { KeyTable } from './key-table';
import { useKeyRows, type HomeAccount } from './use-key-rows';

interface Props {
  account: HomeAccount;
  region: string;
  regionName: string;
}

export function HomePage({ account, region, regionName }: Props) {
  const keys = useKeyRows(account, region);
  const [message, setMessage] = useState<{ text: string; error: boolean; region: string }>();
  const shown = message?.region === region ? message : undefined;

  return (
    <>
      <h1>KMS keys</h1>
      <p className="muted">
        A simulated AWS account that runs in this browser. Each key you create holds real AES-256 key material inside
        WebCrypto and is saved in this browser's storage; nothing is sent over the network.
      </p>
      <section aria-labelledby="keys-heading">
        <div className="toolbar">
          <h2 id="keys-heading">
            Keys in {regionName} <span className="mono muted">({region})</span>
          </h2>
          <CreateKeyButton call={account.call} region={region} regionName={regionName} onResult={(m) => setMessage({ ...m, region })} />
        </div>
        <p role="status" className={shown?.error ? 'message message--error' : 'message'}>
          {shown?.text}
        </p>
        {keys.status === 'loading' && <p aria-busy="true">Loading keys…</p>}
        {keys.status === 'error' && (
          <p role="alert" className="message message--error">
            The keys could not be listed. {keys.message}
          </p>
        )}
        {keys.status === 'ready' && keys.data.rows.length === 0 && (
          <div className="empty-state">
            <p>There are no keys in {regionName} yet.</p>
            <p className="muted">Keys are regional: each Region of the account has its own.</p>
          </div>
        )}
        {keys.status === 'ready' && keys.data.rows.length > 0 && <KeyTable rows={keys.data.rows} labelledBy="keys-heading" />}
      </section>
    </>
  );
}
