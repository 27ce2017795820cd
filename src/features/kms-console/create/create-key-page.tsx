/**
 * The create-key wizard (https://docs.aws.amazon.com/kms/latest/developerguide/create-keys.html):
 * 1 Configure key, 2 Add labels, 3 Define key administrative permissions, 4 Define key usage
 * permissions, 5 Review. Finish calls CreateKey with the key policy, then CreateAlias, and opens
 * the new key. The step lives in the page's state (not the URL), as the brief asks.
 */
import { useEffect, useRef, useState } from 'react';
import { callerFor, listAll } from '@/state/console-client';
import { showFlash } from '@/state/flash';
import { listAliases } from '@/state/key-rows';
import { href, navigate, paths } from '@/features/kms-console/lib/navigate';
import { loadPrincipals } from '@/features/kms-console/lib/principals';
import { useConsoleQuery } from '@/state/use-console-query';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';
import { KmsLayout } from '@/features/kms-console/ui/layout';
import { StepConfigure, type StoreOption } from './step-configure';
import { StepLabels } from './step-labels';
import { StepAdministrators, StepUsers } from './step-permissions';
import { StepReview } from './step-review';
import { aliasName, createKeyInput, initialWizard, STEPS, stepProblems, type WizardState } from './wizard-state';

const call = callerFor('kms');

export function CreateKeyPage() {
  const [state, setState] = useState<WizardState>(initialWizard);
  const [tried, setTried] = useState<Set<number>>(new Set());
  const [createdId, setCreatedId] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const action = useAction('kms');
  const aliases = useConsoleQuery(async () => (await listAliases(call)).map((a) => a.AliasName), []);
  const stores = useConsoleQuery(
    async () =>
      (await listAll<any>((Marker) => call('DescribeCustomKeyStores', Marker ? { Marker } : {}), 'CustomKeyStores')).map((s): StoreOption => ({
        id: s.CustomKeyStoreId,
        name: s.CustomKeyStoreName,
        state: s.ConnectionState,
      })),
    [],
  );
  const principals = useConsoleQuery(() => loadPrincipals(call));

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [state.step]);

  const set = (patch: Partial<WizardState>) => setState((s) => ({ ...s, ...patch }));
  const problemsOf = (step: number) => stepProblems(state, step, aliases.data ?? []);
  const shownProblems = tried.has(state.step) ? problemsOf(state.step) : {};
  const goTo = (step: number) => set({ step });

  function next() {
    setTried((t) => new Set(t).add(state.step));
    if (Object.keys(problemsOf(state.step)).length) {
      // Focus the first invalid field, as the console does, so keyboard users land on the problem.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.kms-wizard [aria-invalid="true"]')?.focus());
      return;
    }
    goTo(state.step + 1);
  }

  async function finish() {
    if (action.busy || createdId) return;
    const alias = aliasName(state);
    const outcome = await action.run(
      async (call) => {
        const { KeyMetadata } = await call('CreateKey', createKeyInput(state));
        setCreatedId(KeyMetadata.KeyId);
        await call('CreateAlias', { AliasName: alias, TargetKeyId: KeyMetadata.KeyId });
        return KeyMetadata.KeyId as string;
      },
      { success: (id) => `Your AWS KMS key was created with alias ${alias.slice('alias/'.length)} and key ID ${id}.`, failure: 'The key could not be created' },
    );
    if (outcome.ok) {
      // The app's flash bar keeps the message across the navigation to the new key, as in AWS.
      showFlash({
        tone: 'success',
        text: `Your AWS KMS key was created with alias ${alias.slice('alias/'.length)} and key ID ${outcome.value}.`,
        calls: outcome.calls,
      });
      navigate(paths.key(outcome.value));
    }
  }

  const step = state.step;
  const common = { state, set, problems: shownProblems };
  return (
    <KmsLayout
      current={paths.customerKeys}
      title={STEPS[step]}
      titleRef={headingRef}
      crumbs={[{ label: 'Customer managed keys', href: href(paths.customerKeys) }]}
    >
      <div className="kms-wizard">
        <nav aria-label="Create key steps">
          <ol className="wizard__steps">
            {STEPS.map((title, i) => (
              <li
                key={title}
                aria-current={i === step ? 'step' : undefined}
                className={i === step ? 'wizard__step wizard__step--current' : i < step ? 'wizard__step kms-step--done' : 'wizard__step'}
              >
                <span className="wizard__step-number">Step {i + 1}</span> {title}
              </li>
            ))}
          </ol>
        </nav>
        <div className="kms-wizard__content">
          <p className="kms-small muted">
            Step {step + 1} of {STEPS.length}
          </p>
          {Object.keys(shownProblems).length > 0 && (
            <p role="alert" className="form-field__error">
              Fix the {Object.keys(shownProblems).length === 1 ? 'problem' : 'problems'} below to continue.
            </p>
          )}
          {step === 0 && <StepConfigure {...common} stores={stores.data ?? []} />}
          {step === 1 && <StepLabels {...common} />}
          {step === 2 && <StepAdministrators {...common} principals={principals} />}
          {step === 3 && <StepUsers {...common} principals={principals} />}
          {step === 4 && <StepReview state={state} set={set} goTo={goTo} />}
          <ActionResult result={action.result} />
          {createdId && !action.result?.outcome.ok && (
            <p>
              The key itself was created: <a href={href(paths.key(createdId))}>open key {createdId}</a>.
            </p>
          )}
          <div className="wizard__actions">
            <a className="button" href={href(paths.customerKeys)}>
              Cancel
            </a>
            {step > 0 && (
              <button type="button" className="button" onClick={() => goTo(step - 1)}>
                Previous
              </button>
            )}
            {step < STEPS.length - 1 ? (
              <button type="button" className="button button--primary" onClick={next}>
                Next
              </button>
            ) : (
              <button type="button" className="button button--primary" onClick={() => void finish()} aria-disabled={action.busy || !!createdId || undefined}>
                Finish
              </button>
            )}
          </div>
        </div>
      </div>
    </KmsLayout>
  );
}
