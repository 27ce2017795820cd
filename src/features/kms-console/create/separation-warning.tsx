/**
 * The review step's warning when the key policy about to be created does not separate duties:
 * a chosen key administrator can also use the key, or a key user can also administer it, because
 * an IAM policy allows it and the policy's "Enable IAM User Permissions" statement lets IAM
 * policies decide (in the course's setup: AdministratorAccess through myKMSGroup). Decided by the
 * one authorization step (src/cloud/who-can.ts `crossedDuties`), with AWS's advice on how to
 * separate them.
 */
import { useMemo } from 'react';
import { crossedDuties, type CrossedDuty } from '@/cloud/who-can';
import { ACCOUNT_ID } from '@/core/ids';
import { useConsole } from '@/state/console-store';
import type { WizardState } from './wizard-state';

const actionList = (d: CrossedDuty) => d.actions.map((a) => a.replace(/^kms:/, '')).join(', ');

export function SeparationWarning({ state, policy }: { state: WizardState; policy: string }) {
  const cloud = useConsole((s) => s.cloud);
  const region = useConsole((s) => s.region);
  const revision = useConsole((s) => s.revision);
  const duties = useMemo(() => {
    if (!cloud || (!state.administrators.length && !state.users.length)) return [];
    try {
      JSON.parse(policy);
    } catch {
      return [];
    }
    const arn = `arn:aws:kms:${region}:${ACCOUNT_ID}:key/new-key`;
    const { administrators, users, keySpec, keyUsage, origin } = state;
    return crossedDuties(cloud, { arn, policy, administrators, users, keySpec, keyUsage, origin });
  }, [cloud, region, revision, policy, state]);
  if (!duties.length) return null;
  return (
    <section className="kms-notice" aria-labelledby="kms-review-duties">
      <h2 id="kms-review-duties">Key administrators and key users are not separated</h2>
      <ul>
        {duties.map((d) => (
          <li key={`${d.chosenAs}-${d.arn}`}>
            <strong>{d.name}</strong>, chosen as key {d.chosenAs}, can also {d.alsoCan} this key ({actionList(d)}): {d.policies.join(' and ')} allows it, and
            the key policy&apos;s &quot;Enable IAM User Permissions&quot; statement lets IAM policies decide.
          </li>
        ))}
      </ul>
      <p>
        Naming administrators and users in the key policy does not limit them: the key policy adds to what their IAM policies allow. AWS&apos;s advice for
        separation of duties: give key administrators and key users IAM policies with only the actions of their role, on the keys they need (no kms:* on every
        resource, as AdministratorAccess gives), and keep in mind that an administrator who may change the key policy (kms:PutKeyPolicy) can give itself any
        permission on the key. The key page&apos;s &quot;Who can do what&quot; tab shows the result once the key exists.
      </p>
    </section>
  );
}
