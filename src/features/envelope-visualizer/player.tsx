/**
 * Plays a storyboard: the picture highlights who acts and moves a packet between the actors;
 * the caption of each step is announced (aria-live). Controls: play, pause, step back and
 * forward, restart, speed 0.5x-2x; keys Space (play/pause), ArrowLeft/ArrowRight (step),
 * Home (restart), - and + (speed). Motion is CSS transitions declared only under
 * prefers-reduced-motion: no-preference, so with reduced motion the steps change without motion.
 * In presenter mode the arrows (and PageDown/PageUp) step from anywhere outside text fields.
 */
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { usePresenterStepping } from '@/state/presenter';
import { counterfactual, formatBytes, type Actor, type StoryStep } from '@/envelope/storyboard';

const ACTORS: { id: Actor; label: string }[] = [
  { id: 'storage', label: 'Storage (the file)' },
  { id: 'local', label: 'This browser (local crypto)' },
  { id: 'app', label: 'Your app' },
  { id: 'kms', label: 'AWS KMS' },
];
const SPEEDS = [0.5, 1, 1.5, 2];
const STEP_MS = 3000;

export function Player({ steps, fileBytes }: { steps: StoryStep[]; fileBytes: number }) {
  const [i, setI] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const step = steps[i]!;
  const last = steps.length - 1;

  useEffect(() => {
    if (!playing) return;
    if (i >= last) {
      setPlaying(false);
      return;
    }
    const t = setTimeout(() => setI((x) => Math.min(last, x + 1)), STEP_MS / speed);
    return () => clearTimeout(t);
  }, [playing, i, speed, last]);

  const back = () => {
    setPlaying(false);
    setI((x) => Math.max(0, x - 1));
  };
  const forward = () => {
    setPlaying(false);
    setI((x) => Math.min(last, x + 1));
  };
  const restart = () => {
    setPlaying(false);
    setI(0);
  };
  const toggle = () => {
    if (!playing && i >= last) setI(0);
    setPlaying((p) => !p);
  };
  const faster = (d: number) => setSpeed((s) => SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, SPEEDS.indexOf(s) + d))]!);

  // Presenter mode: arrows and a clicker's PageDown/PageUp step from anywhere on the page.
  usePresenterStepping(
    useCallback(
      (s) => {
        setPlaying(false);
        setI((x) => (s === 'next' ? Math.min(last, x + 1) : Math.max(0, x - 1)));
      },
      [last],
    ),
  );

  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (['SELECT', 'INPUT'].includes(target.tagName)) return;
    const map: Record<string, () => void> = {
      ' ': toggle,
      k: toggle,
      ArrowLeft: back,
      ArrowRight: forward,
      Home: restart,
      '-': () => faster(-1),
      '+': () => faster(1),
      '=': () => faster(1),
    };
    const f = map[e.key];
    if (f && !(e.key === ' ' && target.tagName === 'BUTTON')) {
      e.preventDefault();
      f();
    }
  };

  const pos = (a: Actor) => ACTORS.findIndex((x) => x.id === a);
  const cf = counterfactual(fileBytes);
  return (
    <div className="env-player" onKeyDown={onKey} tabIndex={0} role="group" aria-label="Envelope encryption animation" aria-describedby="env-keys">
      <ol className="env-stage" aria-hidden="true" style={{ ['--from' as string]: pos(step.from), ['--to' as string]: pos(step.to) }}>
        {ACTORS.map((a) => (
          <li key={a.id} className={`env-actor${a.id === step.from || a.id === step.to ? ' env-actor--active' : ''}`}>
            {a.label}
          </li>
        ))}
        <li className="env-packet" data-step={step.id} />
      </ol>
      <p className="env-step-count">
        Step {i + 1} of {steps.length}: <strong>{step.title}</strong>
      </p>
      <p aria-live="polite" className="env-caption" data-testid="env-caption">
        {step.title}. {step.caption}
      </p>
      <div className="env-tally" data-testid="env-tally">
        <p>
          <strong>To KMS: {formatBytes(step.toKmsBytes)}</strong>; <strong>stayed local: {formatBytes(step.localBytes)}</strong>
        </p>
        <p>
          Instead, sending the whole {formatBytes(fileBytes)} file to KMS Encrypt:{' '}
          {cf.possibleInOneCall ? 'possible in one call (4 KB or less)' : 'impossible in one call (Encrypt takes at most 4 KB)'}; it would take{' '}
          {cf.requests.toLocaleString('en-US')} request{cf.requests === 1 ? '' : 's'} and about {formatBytes(cf.bytes)} over the network.
        </p>
      </div>
      <div className="toolbar" role="group" aria-label="Playback">
        <Button onClick={toggle} aria-pressed={playing}>
          {playing ? 'Pause' : 'Play'}
        </Button>
        {/* aria-disabled, not disabled: a disabled button drops the focus of whoever just pressed it to the page. */}
        <Button onClick={back} aria-disabled={i === 0}>
          Step back
        </Button>
        <Button onClick={forward} aria-disabled={i === last}>
          Step forward
        </Button>
        <Button onClick={restart}>Restart</Button>
        <label>
          Speed{' '}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}x
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id="env-keys" className="env-hint">
        Keys: Space play/pause, Left and Right arrows step, Home restart, - and + speed.
      </p>
    </div>
  );
}
