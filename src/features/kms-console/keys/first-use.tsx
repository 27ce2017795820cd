/**
 * "Use a service for the first time": until the lab simulates S3, EBS and the other integrated
 * services, the AWS managed keys page lets the learner stand in for a service's
 * first encrypted use. The action is the call that creates the key in AWS too: DescribeKey on the
 * service's predefined alias (alias/aws/<service>), signed as the selected identity and recorded
 * in Event history. When a simulated service arrives, its own first use replaces this form.
 */
import { useId, useState } from 'react';
import { AWS_MANAGED_SERVICES } from '@/kms/model/aws-managed';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';

/** Services the lab simulates: their own first use creates their key (Secrets Manager: storing a secret). */
const SIMULATED = ['secretsmanager'];

export function FirstUse({ existing, onCreated }: { existing: readonly string[]; onCreated(): void }) {
  const id = useId();
  const services = Object.entries(AWS_MANAGED_SERVICES).filter(([name]) => !SIMULATED.includes(name) && !existing.includes(`alias/aws/${name}`));
  const [choice, setChoice] = useState('');
  const action = useAction('kms');
  const service = services.some(([name]) => name === choice) ? choice : (services[0]?.[0] ?? '');

  async function trigger() {
    if (!service) return;
    const alias = `alias/aws/${service}`;
    const outcome = await action.run((call) => call('DescribeKey', { KeyId: alias }), {
      success: `${AWS_MANAGED_SERVICES[service]!.title} used encryption for the first time in this Region: KMS created ${alias}.`,
      failure: `Failed to create ${alias}`,
    });
    if (outcome.ok) onCreated();
  }

  if (!services.length) return null;
  return (
    <section className="kms-first-use" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Use a service with encryption for the first time</h3>
      <p>
        The lab does not simulate these services yet. Stand in for one: the lab calls <code>DescribeKey</code> on its alias, as you, and KMS creates the AWS
        managed key just as the service&apos;s first use would. Secrets Manager is simulated: <a href="#/secretsmanager/newsecret">store a secret</a> to create
        aws/secretsmanager.
      </p>
      <div className="kms-first-use__row">
        <label htmlFor={`${id}-s`}>Service</label>
        <select id={`${id}-s`} value={service} onChange={(e) => setChoice(e.target.value)}>
          {services.map(([name, s]) => (
            <option key={name} value={name}>
              {s.title} (alias/aws/{name})
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => void trigger()} disabled={action.busy}>
          Use it for the first time
        </button>
      </div>
      <ActionResult result={action.result} onDismiss={action.clear} />
    </section>
  );
}
