/**
 * Plays a storyboard: the picture (stage.tsx), the step's caption (announced, aria-live), the
 * tally, and the stored file annotated field by field. A run starts playing as soon as it is
 * loaded (`autoPlay`); at 1x each step lasts STEP_MS, so the ten steps of encrypt-then-decrypt
 * play in 12.6 s. Controls: play/pause, step back and forward, restart, speed 0.5x-2x; keys
 * Space or K (play/pause), Left/Right (step), Home/End (first/last step), - and + (speed). In
 * presenter mode the arrows (and a clicker's PageDown/PageUp) step from anywhere outside text fields.
 */
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import type { MessageMap } from '@/envelope/message-map';
import type { StoryStep } from '@/envelope/storyboard';
import type { Counterfactual } from '@/envelope/tally';
import { usePresenterStepping } from '@/state/presenter';
import { MessageView } from './message-view';
import { Stage, StageInWords } from './stage';
import { TallyView } from './tally-view';

const SPEEDS = [0.5, 1, 1.5, 2];
/** One step at 1x. */
export const STEP_MS = 1400;

export interface PlayerProps {
  steps: StoryStep[];
  fileBytes: number;
  cf?: Counterfactual;
  message?: { map: MessageMap; name: string };
  autoPlay?: boolean;
}

export function Player({ steps, fileBytes, cf, message, autoPlay = false }: PlayerProps) {
  const [i, setI] = useState(0);
  const [playing, setPlaying] = useState(autoPlay);
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

  const go = (to: number) => {
    setPlaying(false);
    setI(Math.max(0, Math.min(last, to)));
  };
  const toggle = () => {
    if (!playing && i >= last) setI(0);
    setPlaying((p) => !p);
  };
  const faster = (d: number) => setSpeed((s) => SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, SPEEDS.indexOf(s) + d))]!);

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
    if (['SELECT', 'INPUT', 'TEXTAREA'].includes(target.tagName)) return;
    const map: Record<string, () => void> = {
      ' ': toggle,
      k: toggle,
      ArrowLeft: () => go(i - 1),
      ArrowRight: () => go(i + 1),
      Home: () => go(0),
      End: () => go(last),
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

  return (
    <>
      <div className="env-player" onKeyDown={onKey} tabIndex={0} role="group" aria-label="Envelope encryption animation" aria-describedby="env-keys">
        <Stage step={step} speed={speed} />
        <StageInWords step={step} />
        <div className="env-now">
          <p className="env-step-count">
            Step {i + 1} of {steps.length}
            <span className={`env-story env-story--${step.story}`}>{STORY_NAME[step.story]}</span>
          </p>
          <p aria-live="polite" className="env-caption" data-testid="env-caption">
            <strong className="env-caption__title">{step.title}.</strong> {step.caption}
          </p>
        </div>
        <div className="toolbar env-controls" role="group" aria-label="Playback">
          <Button variant="primary" onClick={toggle} aria-pressed={playing}>
            {playing ? 'Pause' : 'Play'}
          </Button>
          {/* aria-disabled, not disabled: a disabled button drops the focus of whoever just pressed it to the page. */}
          <Button onClick={() => go(i - 1)} aria-disabled={i === 0}>
            Step back
          </Button>
          <Button onClick={() => go(i + 1)} aria-disabled={i === last}>
            Step forward
          </Button>
          <Button onClick={() => go(0)}>Restart</Button>
          <label className="env-speed">
            Speed{' '}
            <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {s}x
                </option>
              ))}
            </select>
          </label>
          <p id="env-keys" className="env-hint env-keys">
            Keys: Space play/pause, Left and Right arrows step, Home and End first and last step, - and + speed.
          </p>
        </div>
        <TallyView tally={step.tally} cf={cf} fileBytes={fileBytes} />
      </div>
      {message && <MessageView map={message.map} name={message.name} highlight={step.fields} />}
    </>
  );
}

const STORY_NAME: Record<StoryStep['story'], string> = {
  encrypt: 'Encrypt',
  decrypt: 'Decrypt',
  rotation: 'After rotation',
  disabled: 'Key disabled',
};
