/**
 * Create user group, on one page as in the AWS console: Name the group, Add users to the group
 * (optional), Attach permissions policies (optional). Creating calls CreateGroup, then
 * AddUserToGroup and AttachGroupPolicy for each choice.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CliEquivalent } from '@/components/ui/cli-equivalent';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TextField } from '@/components/ui/form-field';
import { showFlash } from '@/state/flash';
import { iamCall, runSteps, StepFailed, type Step } from './iam-api';
import { IamLayout } from './iam-layout';
import { go, groupsHref } from './links';
import { PolicyPicker } from './policy-picker';
import { UserPicker } from './user-picker';
import { nameProblem } from './wizard';

export function groupSteps(name: string, users: string[], policies: string[]): Step[] {
  return [
    { call: iamCall('CreateGroup', { GroupName: name }), failure: `Failed to create user group ${name}` },
    ...users.map((u) => ({ call: iamCall('AddUserToGroup', { GroupName: name, UserName: u }), failure: `Failed to add user ${u} to group ${name}` })),
    ...policies.map((arn) => ({
      call: iamCall('AttachGroupPolicy', { GroupName: name, PolicyArn: arn }),
      failure: `Failed to attach policy ${arn} to group ${name}`,
    })),
  ];
}

export function CreateGroupPage() {
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [users, setUsers] = useState<string[]>([]);
  const [policies, setPolicies] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ cause: unknown; title: string; done: StepFailed['done'] }>();
  const steps = groupSteps(name, users, policies);

  async function create() {
    if (busy) return;
    const problem = nameProblem(name, 'User group name', 128);
    setNameError(problem);
    if (problem) {
      document.getElementById('group-name-field')?.querySelector('input')?.focus();
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      await runSteps(steps);
      showFlash({ tone: 'success', text: `${name} user group created.`, calls: steps.map((s) => s.call) });
      go(groupsHref);
    } catch (e) {
      setFailure(
        e instanceof StepFailed
          ? { cause: e.cause, title: e.step.failure, done: e.done }
          : { cause: e, title: `Failed to create user group ${name}`, done: [] },
      );
      setBusy(false);
    }
  }

  return (
    <IamLayout section="groups" title="Create user group" crumbs={[{ label: 'User groups', href: groupsHref }]}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <fieldset className="panel" id="group-name-field">
          <legend>Name the group</legend>
          <TextField
            label="User group name"
            value={name}
            onChange={(v) => {
              setName(v);
              if (nameError) setNameError(nameProblem(v, 'User group name', 128));
            }}
            error={nameError}
            hint="Enter a meaningful name to identify this group. Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters."
            autoComplete="off"
            spellCheck={false}
          />
        </fieldset>
        <div className="panel">
          <UserPicker selected={users} onChange={setUsers} heading="Add users to the group - Optional" />
        </div>
        <div className="panel">
          <PolicyPicker selected={policies} onChange={setPolicies} heading="Attach permissions policies - Optional" />
        </div>
        {name && <CliEquivalent calls={steps.map((s) => s.call)} title="CLI equivalent of Create user group" />}
        {failure && (
          <>
            <ErrorAlert error={failure.cause} title={failure.title} />
            {failure.done.length > 0 && <CliEquivalent calls={failure.done} title="Already done before the error" />}
          </>
        )}
        <div className="form-actions">
          <Button onClick={() => go(groupsHref)}>Cancel</Button>
          <Button type="submit" variant="primary" aria-disabled={busy || undefined}>
            Create user group
          </Button>
        </div>
      </form>
    </IamLayout>
  );
}
