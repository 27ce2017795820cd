/**
 * Create user, in the AWS console's three steps: Specify user details, Set permissions (add the
 * user to groups, or attach policies directly), Review and create. Creating makes the calls the
 * console makes: CreateUser, then AddUserToGroup or AttachUserPolicy for each choice.
 */
import { useState } from 'react';
import { CliEquivalent } from '@/components/ui/cli-equivalent';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TextField } from '@/components/ui/form-field';
import { showFlash } from '@/state/flash';
import { GroupPicker } from './group-picker';
import { iamCall, runSteps, StepFailed, type Step } from './iam-api';
import { IamLayout } from './iam-layout';
import { go, usersHref } from './links';
import { PolicyPicker } from './policy-picker';
import { nameProblem, Wizard } from './wizard';

type Option = 'group' | 'policies';

export function userSteps(name: string, option: Option, groups: string[], policies: string[]): Step[] {
  const steps: Step[] = [{ call: iamCall('CreateUser', { UserName: name }), failure: `Failed to create user ${name}` }];
  if (option === 'group') {
    for (const g of groups)
      steps.push({ call: iamCall('AddUserToGroup', { GroupName: g, UserName: name }), failure: `Failed to add user ${name} to group ${g}` });
  } else {
    for (const arn of policies)
      steps.push({ call: iamCall('AttachUserPolicy', { UserName: name, PolicyArn: arn }), failure: `Failed to attach policy ${arn} to user ${name}` });
  }
  return steps;
}

export function CreateUserPage() {
  const [step, setStep] = useState(0);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [option, setOption] = useState<Option>('group');
  const [groups, setGroups] = useState<string[]>([]);
  const [policies, setPolicies] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StepFailed | { cause: unknown; step?: undefined; done: [] }>();
  const steps = userSteps(name, option, groups, policies);

  async function create() {
    setBusy(true);
    setFailure(undefined);
    try {
      await runSteps(steps);
      showFlash({ tone: 'success', text: `User ${name} created.`, calls: steps.map((s) => s.call) });
      go(usersHref);
    } catch (e) {
      setFailure(e instanceof StepFailed ? e : { cause: e, done: [] });
      setBusy(false);
    }
  }

  return (
    <IamLayout section="users" title="Create user" crumbs={[{ label: 'Users', href: usersHref }]}>
      <Wizard
        steps={['Specify user details', 'Set permissions', 'Review and create']}
        current={step}
        onStep={setStep}
        canLeave={(i) => {
          if (i !== 0) return true;
          const problem = nameProblem(name, 'User name', 64);
          setNameError(problem);
          return !problem;
        }}
        finishLabel="Create user"
        onFinish={() => void create()}
        onCancel={() => go(usersHref)}
        busy={busy}
      >
        {step === 0 && (
          <fieldset className="panel">
            <legend>User details</legend>
            <TextField
              label="User name"
              value={name}
              onChange={(v) => {
                setName(v);
                if (nameError) setNameError(nameProblem(v, 'User name', 64));
              }}
              error={nameError}
              hint="The user name can have up to 64 characters. Valid characters: A-Z, a-z, 0-9, and + = , . @ _ - (hyphen)"
              autoComplete="off"
              spellCheck={false}
            />
          </fieldset>
        )}
        {step === 1 && (
          <>
            <fieldset className="panel">
              <legend>Permissions options</legend>
              <label className="radio-card">
                <input type="radio" name="permissions-option" checked={option === 'group'} onChange={() => setOption('group')} />
                <span>
                  <strong>Add user to group</strong>
                  <span className="radio-card__description">
                    Add user to an existing group. Using groups is a best-practice way to manage user's permissions by job functions.
                  </span>
                </span>
              </label>
              <label className="radio-card">
                <input type="radio" name="permissions-option" checked={option === 'policies'} onChange={() => setOption('policies')} />
                <span>
                  <strong>Attach policies directly</strong>
                  <span className="radio-card__description">
                    Attach a managed policy directly to a user. As a best practice, we recommend attaching policies to a group instead.
                  </span>
                </span>
              </label>
            </fieldset>
            {option === 'group' ? <GroupPicker selected={groups} onChange={setGroups} /> : <PolicyPicker selected={policies} onChange={setPolicies} />}
          </>
        )}
        {step === 2 && (
          <div className="panel">
            <h3>User details</h3>
            <dl className="summary">
              <dt>User name</dt>
              <dd className="mono">{name}</dd>
            </dl>
            <h3>Permissions summary</h3>
            {option === 'group' ? (
              <p>{groups.length ? `Groups: ${groups.join(', ')}` : 'No groups: the user has no permissions until you add some.'}</p>
            ) : (
              <p>
                {policies.length
                  ? `Policies: ${policies.map((a) => a.split('/').pop()).join(', ')}`
                  : 'No policies: the user has no permissions until you add some.'}
              </p>
            )}
            <CliEquivalent calls={steps.map((s) => s.call)} title="CLI equivalent of Create user" />
          </div>
        )}
      </Wizard>
      {failure && (
        <>
          <ErrorAlert error={failure.cause} title={failure.step?.failure ?? 'Failed to create user'} />
          {failure.done.length > 0 && <CliEquivalent calls={failure.done} title="Already done before the error" />}
        </>
      )}
    </IamLayout>
  );
}
