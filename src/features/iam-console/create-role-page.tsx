/**
 * Create role for an AWS service, in the AWS console's three steps: Select trusted entity (AWS
 * service and its use case, which writes the trust policy), Add permissions, Name, review, and
 * create. Creating calls CreateRole, then AttachRolePolicy for each policy.
 */
import { useState } from 'react';
import { CliEquivalent } from '@/components/ui/cli-equivalent';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TextArea, TextField } from '@/components/ui/form-field';
import { PolicyEditor, policyProblem } from '@/components/ui/policy-editor';
import { showFlash } from '@/state/flash';
import { iamCall, runSteps, StepFailed, type Step } from './iam-api';
import { IamLayout } from './iam-layout';
import { go, rolesHref } from './links';
import { PolicyPicker } from './policy-picker';
import { serviceTrustPolicy, SERVICE_USE_CASES } from './role-data';
import { nameProblem, Wizard } from './wizard';

export function roleSteps(name: string, trust: string, description: string, policies: string[]): Step[] {
  const input: Record<string, unknown> = { RoleName: name, AssumeRolePolicyDocument: trust };
  if (description) input.Description = description;
  return [
    { call: iamCall('CreateRole', input), failure: `Failed to create role ${name}` },
    ...policies.map((arn) => ({
      call: iamCall('AttachRolePolicy', { RoleName: name, PolicyArn: arn }),
      failure: `Failed to attach policy ${arn} to role ${name}`,
    })),
  ];
}

export function CreateRolePage() {
  const [step, setStep] = useState(0);
  const [useCase, setUseCase] = useState<string>(SERVICE_USE_CASES[0].id);
  const [trust, setTrust] = useState(serviceTrustPolicy(SERVICE_USE_CASES[0].principal));
  const [policies, setPolicies] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ cause: unknown; title: string }>();
  const steps = roleSteps(name, trust, description, policies);

  const chooseUseCase = (id: string) => {
    setUseCase(id);
    setTrust(serviceTrustPolicy(SERVICE_USE_CASES.find((u) => u.id === id)!.principal));
  };

  async function create() {
    setBusy(true);
    setFailure(undefined);
    try {
      await runSteps(steps);
      showFlash({ tone: 'success', text: `Role ${name} created.`, calls: steps.map((s) => s.call) });
      go(rolesHref);
    } catch (e) {
      setFailure(e instanceof StepFailed ? { cause: e.cause, title: e.step.failure } : { cause: e, title: `Failed to create role ${name}` });
      setBusy(false);
    }
  }

  return (
    <IamLayout section="roles" title="Create role" crumbs={[{ label: 'Roles', href: rolesHref }]}>
      <Wizard
        steps={['Select trusted entity', 'Add permissions', 'Name, review, and create']}
        current={step}
        onStep={setStep}
        canLeave={(i) => {
          if (i === 2) return true;
          if (i === 0) return !policyProblem(trust, 'trust');
          return true;
        }}
        finishLabel="Create role"
        onFinish={() => {
          const problem = nameProblem(name, 'Role name', 64);
          setNameError(problem);
          if (!problem) void create();
        }}
        onCancel={() => go(rolesHref)}
        busy={busy}
      >
        {step === 0 && (
          <>
            <fieldset className="panel">
              <legend>Trusted entity type</legend>
              <label className="radio-card">
                <input type="radio" name="trusted-entity" checked readOnly />
                <span>
                  <strong>AWS service</strong>
                  <span className="radio-card__description">Allow AWS services like EC2 or Lambda to perform actions in this account.</span>
                </span>
              </label>
            </fieldset>
            <fieldset className="panel">
              <legend>Use case</legend>
              {SERVICE_USE_CASES.map((u) => (
                <label key={u.id} className="radio-card">
                  <input type="radio" name="use-case" checked={useCase === u.id} onChange={() => chooseUseCase(u.id)} />
                  <span>
                    <strong>{u.label}</strong>
                    <span className="radio-card__description">{u.description}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <PolicyEditor label="Trust policy" kind="trust" value={trust} onChange={setTrust} rows={14} />
          </>
        )}
        {step === 1 && <PolicyPicker selected={policies} onChange={setPolicies} />}
        {step === 2 && (
          <>
            <fieldset className="panel">
              <legend>Role details</legend>
              <TextField
                label="Role name"
                value={name}
                onChange={setName}
                error={nameError}
                hint="Maximum 64 characters. Use alphanumeric and '+=,.@-_' characters."
                autoComplete="off"
                spellCheck={false}
              />
              <TextArea label="Description" value={description} onChange={setDescription} rows={2} hint="Maximum 1000 characters." />
            </fieldset>
            <div className="panel">
              <h3>Permissions policy summary</h3>
              <p>{policies.length ? policies.map((a) => a.split('/').pop()).join(', ') : 'No policies: the role has no permissions until you attach some.'}</p>
              {name && <CliEquivalent calls={steps.map((s) => s.call)} title="CLI equivalent of Create role" />}
            </div>
          </>
        )}
      </Wizard>
      {failure && <ErrorAlert error={failure.cause} title={failure.title} />}
    </IamLayout>
  );
}
