/**
 * `#/scenario/<id>`: a seeded demo scenario (src/scenarios). Loading it replaces the learner's
 * whole simulated account (after a confirmation that says so) with the scenario's account,
 * built afresh from its date and seed, so every demo starts the same; "Reset scenario" does it
 * again. Lives in app because it builds an account (engine), which features may not do.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useConsole } from '@/state/console-store';
import { buildScenario, findScenario, SCENARIOS } from '@/scenarios/scenarios';

const LOADED_KEY = 'kmslab.scenario';
const loadedId = () => {
  try {
    return sessionStorage.getItem(LOADED_KEY) ?? undefined;
  } catch {
    return undefined;
  }
};

export function ScenarioPage({ id }: { id: string }) {
  const cloud = useConsole((s) => s.cloud);
  const scenario = findScenario(id);
  const [confirming, setConfirming] = useState(false);
  const [loaded, setLoaded] = useState(loadedId() === id);
  const [status, setStatus] = useState('');

  if (!scenario) {
    return (
      <div className="service-page">
        <h1>Scenario not found</h1>
        <p>There is no demo scenario named “{id}”. The scenarios are:</p>
        <ul>
          {SCENARIOS.map((s) => (
            <li key={s.id}>
              <a href={`#/scenario/${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  async function load() {
    if (!cloud || !scenario) return;
    cloud.restore(await buildScenario(scenario));
    try {
      sessionStorage.setItem(LOADED_KEY, scenario.id);
    } catch {
      // only the button's wording depends on it
    }
    setLoaded(true);
    setStatus(`Scenario “${scenario.title}” loaded. The simulated date is ${new Date(scenario.startsAt).toUTCString()}.`);
  }

  const action = loaded ? 'Reset scenario' : 'Load scenario';
  return (
    <div className="service-page">
      <h1>Demo scenario: {scenario.title}</h1>
      <p>{scenario.description}</p>
      <p className="muted">
        Simulated date: {new Date(scenario.startsAt).toUTCString()}. Region {`us-east-1`}.
      </p>
      <div className="toolbar">
        <Button variant="primary" disabled={!cloud} onClick={() => setConfirming(true)}>
          {action}
        </Button>
      </div>
      <p role="status">{status}</p>
      {confirming && (
        <ConfirmDialog title={`${action}?`} actionLabel={action} onConfirm={load} onClose={() => setConfirming(false)}>
          <p>
            This replaces your whole simulated account (users, keys, aliases, event history and the simulated date) with the scenario’s account. What you made
            in it is lost. Your CloudShell home directory and your lab and drill progress are kept.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
