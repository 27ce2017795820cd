/**
 * The envelope encryption visualizer: plays the storyboard of a real run, either the learner's
 * last file (encrypted or decrypted on the file-encryption screen) or a generated demo file
 * encrypted and decrypted right here with a KMS key of the account (real GenerateDataKey and
 * Decrypt calls as the signed-in identity; real byte counts).
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/form-field';
import { isEnvelopeError } from '@/envelope/errors';
import { decryptMessage, encryptMessage, type KmsCall } from '@/envelope/kms-envelope';
import { bytesSource, CountingSink, MemorySink } from '@/envelope/memory';
import { storyboard, type EnvelopeRun, type StoryStep } from '@/envelope/storyboard';
import { consoleCall } from '@/state/console-store';
import { useEnvelopeRuns } from '@/state/envelope-run';
import { useConsoleQuery } from '@/state/use-console-query';
import { Player } from './player';
import './visualizer.css';

const kms: KmsCall = (operation, input) => consoleCall({ service: 'kms', operation, input });

async function demoRuns(alias: string, size: number): Promise<EnvelopeRun[]> {
  const data = new Uint8Array(size);
  for (let o = 0; o < size; o += 65536) crypto.getRandomValues(data.subarray(o, Math.min(size, o + 65536)));
  const fileName = 'demo.bin.encrypted';
  const sealed = new MemorySink();
  const e = await encryptMessage({ kms, keyId: alias, context: { purpose: 'visualizer demo' } }, bytesSource(data), sealed);
  const d = await decryptMessage({ kms }, bytesSource(sealed.bytes()), new CountingSink());
  return [
    { direction: 'encrypt', fileName, ...e },
    { direction: 'decrypt', fileName, ...d, ciphertextHead: undefined },
  ];
}

export function VisualizerPage() {
  const last = useEnvelopeRuns();
  const [runs, setRuns] = useState<EnvelopeRun[]>();
  const [alias, setAlias] = useState('');
  const [size, setSize] = useState(String(8 * 2 ** 20));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const aliases = useConsoleQuery(async () =>
    (await consoleCall<{ Aliases: { AliasName: string; TargetKeyId?: string }[] }>({ service: 'kms', operation: 'ListAliases' })).Aliases.filter(
      (a) => a.TargetKeyId && !a.AliasName.startsWith('alias/aws/'),
    ),
  );
  const mine = [last.encrypt, last.decrypt].filter((r): r is EnvelopeRun => !!r);

  async function demo() {
    if (!alias) return setError('Choose a KMS key for the demo.');
    setBusy(true);
    setError(undefined);
    try {
      setRuns(await demoRuns(alias, Number(size)));
    } catch (e) {
      setError(isEnvelopeError(e) ? e.message : `Unexpected error inside KMS Lab: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  const steps: StoryStep[] | undefined = runs?.flatMap((r) =>
    storyboard(r).map((s) => ({ ...s, id: `${r.direction}-${s.id}`, title: `${r.direction === 'encrypt' ? 'Encrypt' : 'Decrypt'}: ${s.title}` })),
  );
  const options = [
    { value: '', label: 'Choose a key' },
    ...(aliases.status === 'ready' ? aliases.data.map((a) => ({ value: a.AliasName, label: a.AliasName })) : []),
  ];
  return (
    <div className="envelope-visualizer">
      <div className="page-header">
        <h1>Envelope encryption, step by step</h1>
      </div>
      <p>
        A KMS key encrypts at most 4 KB. Large data is encrypted locally with a data key from KMS; only the small data key crosses the network. This picture is
        played from the data of a real run: real key ARN, real byte counts.
      </p>
      <section className="panel" aria-labelledby="viz-source">
        <h2 id="viz-source">What to play</h2>
        <div className="toolbar">
          <SelectField label="KMS key for the demo" value={alias} onChange={setAlias} options={options} />
          <SelectField
            label="Demo file size"
            value={size}
            onChange={setSize}
            options={[1, 8, 64].map((m) => ({ value: String(m * 2 ** 20), label: `${m} MiB (generated)` }))}
          />
          <Button variant="primary" onClick={() => void demo()} disabled={busy}>
            {busy ? 'Running…' : 'Run on a demo file'}
          </Button>
          {mine.length > 0 && <Button onClick={() => setRuns(mine)}>Play my last file ({mine[0]!.fileName})</Button>}
        </div>
        {error && <p role="alert">{error}</p>}
        {mine.length === 0 && (
          <p>
            Encrypt a file on the <a href="#/envelope/files">Encrypt files</a> screen to play your own run.
          </p>
        )}
      </section>
      {steps && runs && <Player key={steps.map((s) => s.caption).join()} steps={steps} fileBytes={runs[0]!.plaintextBytes} />}
    </div>
  );
}

export default VisualizerPage;
