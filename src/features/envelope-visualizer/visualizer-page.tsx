/**
 * The envelope encryption visualizer: plays the storyboard of a real run, either the learner's
 * last file (encrypted or decrypted on the file-encryption screen) or a generated demo file
 * encrypted and decrypted right here with a KMS key of the account, or what changes over time
 * (rotation, a disabled key; on a copy of the account). Running a story starts playing it, and so
 * does arriving with `?play=last` when there is a last file.
 */
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/form-field';
import { isEnvelopeError } from '@/envelope/errors';
import type { EnvelopeRun } from '@/envelope/storyboard';
import { consoleCall } from '@/state/console-store';
import { useEnvelopeRuns } from '@/state/envelope-run';
import { QueryStatus } from '@/components/ui/query-status';
import { useConsoleQuery } from '@/state/use-console-query';
import { demoData, playableOf, roundTrip, variant, type Playable, type StoryChoice } from './demo-runs';
import { Player } from './player';
import './visualizer.css';

const MIB = 2 ** 20;
const STORIES: { value: StoryChoice; label: string }[] = [
  { value: 'round-trip', label: 'Encrypt, then decrypt' },
  { value: 'rotation', label: 'After key rotation' },
  { value: 'disabled', label: 'With the key disabled' },
];
const SIZES = [2.5, 8.5, 64.5].map((m) => ({ value: String(m * MIB), label: `${m} MiB (generated)` }));

export function VisualizerPage() {
  const last = useEnvelopeRuns();
  const [playable, setPlayable] = useState<Playable & { id: number }>();
  const [alias, setAlias] = useState('');
  const [size, setSize] = useState(SIZES[0]!.value);
  const [choice, setChoice] = useState<StoryChoice>('round-trip');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const aliases = useConsoleQuery(async () =>
    (await consoleCall<{ Aliases: { AliasName: string; TargetKeyId?: string }[] }>({ service: 'kms', operation: 'ListAliases' })).Aliases.filter(
      (a) => a.TargetKeyId && !a.AliasName.startsWith('alias/aws/'),
    ),
  );
  const mine = [last.encrypt, last.decrypt].filter((r): r is EnvelopeRun => !!r);
  const play = (p: Playable) => setPlayable((x) => ({ ...p, id: (x?.id ?? 0) + 1 }));
  // `#/envelope/visualizer?play=last` (the Encrypt files screen's link): the learner's last file plays at once.
  useEffect(() => {
    if (mine.length && new URLSearchParams(location.hash.split('?')[1]).get('play') === 'last') void playableOf(mine).then(play);
  }, []); // once, on arrival

  async function run() {
    if (busy) return;
    if (!alias) return setError('Choose a KMS key for the demo.');
    setBusy(true);
    setError(undefined);
    try {
      const data = demoData(Number(size));
      play(choice === 'round-trip' ? await roundTrip(alias, data) : await variant(choice, alias, data));
    } catch (e) {
      setError(isEnvelopeError(e) ? e.message : `Unexpected error inside KMS Lab: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  const options = [
    { value: '', label: 'Choose a key' },
    ...(aliases.status === 'ready' ? aliases.data.map((a) => ({ value: a.AliasName, label: a.AliasName })) : []),
  ];
  return (
    <div className="envelope-visualizer">
      <div className="page-header">
        <h1>Envelope encryption, step by step</h1>
      </div>
      <p className="env-intro">
        A KMS key encrypts at most 4 KB, and it never leaves KMS. So a file is encrypted in your browser with a <strong>data key</strong> that KMS generates;
        only that small key crosses the network, and it is stored, encrypted, beside the data. Every number and byte below comes from a real run.
      </p>
      <section className="panel" aria-labelledby="viz-source">
        <h2 id="viz-source">What to play</h2>
        <div className="toolbar env-source">
          <SelectField label="Story" value={choice} onChange={(v) => setChoice(v as StoryChoice)} options={STORIES} />
          <SelectField label="KMS key for the demo" value={alias} onChange={setAlias} options={options} />
          <SelectField label="Demo file size" value={size} onChange={setSize} options={SIZES} />
          {/* aria-disabled, not disabled: the button keeps the focus of whoever pressed it. */}
          <Button variant="primary" onClick={() => void run()} aria-disabled={busy}>
            {busy ? 'Running…' : 'Run and play'}
          </Button>
          {mine.length > 0 && <Button onClick={() => void playableOf(mine).then(play)}>Play my last file ({mine[0]!.fileName})</Button>}
        </div>
        {choice !== 'round-trip' && (
          <p className="env-hint">This story rotates or disables the key in a copy of your account, so your own key is left as it is.</p>
        )}
        <QueryStatus query={aliases} failed="Failed to list the aliases" />
        {error && <p role="alert">{error}</p>}
        {mine.length === 0 && (
          <p>
            Encrypt a file on the <a href="#/envelope/files">Encrypt files</a> screen to play your own run.
          </p>
        )}
      </section>
      {playable && <Player key={playable.id} {...playable} autoPlay />}
    </div>
  );
}

export default VisualizerPage;
