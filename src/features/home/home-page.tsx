/**
 * The home page: the account's KMS keys in the selected Region, read from the engine through
 * the API like the AWS console reads them (as the signed-in identity), and a button that
 * creates a key.
 */
import { useState } from 'react';
import { REGION_NAMES } from '@/core/ids';
import { consoleCall, useConsole } from '@/state/console-store';
import { CreateKeyButton } from './create-key-button';
import { KeyTable } from './key-table';
import { useKeyRows } from './use-key-rows';

export function HomePage() {
  const region = useConsole((s) => s.region);
  const regionName = REGION_NAMES[region] ?? region;
  const keys = useKeyRows(region);
  const [message, setMessage] = useState<{ text: string; error: boolean; region: string }>();
  const shown = message?.region === region ? message : undefined;

  return (
    <>
      <h1>KMS keys</h1>
      <p className="muted">
        A simulated AWS account that runs in this browser. Each key you create holds real AES-256 key material inside WebCrypto and is saved in this browser's
        storage; nothing is sent over the network.
      </p>
      <section aria-labelledby="keys-heading">
        <div className="toolbar">
          <h2 id="keys-heading">
            Keys in {regionName} <span className="mono muted">({region})</span>
          </h2>
          <CreateKeyButton call={(req) => consoleCall(req)} region={region} regionName={regionName} onResult={(m) => setMessage({ ...m, region })} />
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
      <section aria-labelledby="services-heading" className="home-services">
        <h2 id="services-heading">Services</h2>
        <ul>
          <li>
            <a href="#/kms/keys/customer">Key Management Service</a>: the full KMS console, with aliases, key policies, rotation and deletion.
          </li>
          <li>
            <a href="#/iam/users">IAM</a>: users, user groups, roles and the policies that say who may do what.
          </li>
          <li>
            <a href="#/cloudtrail/events">CloudTrail Event history</a>: every call made in this account, who made it, and whether it was denied.
          </li>
        </ul>
      </section>
    </>
  );
}
