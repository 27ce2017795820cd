/**
 * `#/settings/data`, "Your data": everything the learner owns (the account's configuration, the
 * CloudShell home directory, lab and drill progress) exported as one file and imported back.
 * Key material is never in the file, so an import gives every key new material, and every
 * certificate and private CA a new key pair (imported certificates must be imported again), and
 * the screen says so before and after: that is the lesson "KMS key material never leaves AWS". A bad file
 * is rejected with the reason and nothing changes (src/persist/account-file.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { useFocusLater } from '@/components/ui/focus-later';
import { Button } from '@/components/ui/button';
import { downloadText } from '@/components/ui/download';
import { applyLearnerImport, certificateLabel, exportLearnerFile, keyLabel, readLearnerFile, type LearnerImport } from '@/state/account-file';
import { useConsole } from '@/state/console-store';
import { describeProgress } from '@/state/progress-file';
import type { VfsNodeData } from '@/vfs';

type Message = { text: string; error?: boolean; details?: string[] };

const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
const countFiles = (node: VfsNodeData | null): number =>
  !node ? 0 : node.type === 'file' ? 1 : Object.values(node.entries).reduce((s, c) => s + countFiles(c), 0);

/** What a read file holds, in words. */
function holdings(plan: LearnerImport): string[] {
  const { iam, kms } = plan.state;
  const regions = Object.values(kms);
  const keys = regions.reduce((s, r) => s + Object.keys(r.keys).length, 0);
  const aliases = regions.reduce((s, r) => s + Object.keys(r.aliases).length, 0);
  const acm = Object.values(plan.state.acm?.regions ?? {});
  const imported = plan.changes.certificatesToImportAgain.length;
  const certificates = acm.reduce((s, r) => s + Object.keys(r.certificates).length, imported);
  const cas = acm.reduce((s, r) => s + Object.keys(r.cas).length, 0);
  const acmLine =
    certificates || cas
      ? [`Certificate Manager: ${n(certificates, 'certificate')}${imported ? ` (${imported} imported)` : ''} and ${n(cas, 'private CA')}.`]
      : [];
  return [
    `Exported ${new Date(plan.exportedAt).toUTCString()}; simulated date ${new Date(plan.state.clockMs).toUTCString()}.`,
    `IAM: ${n(Object.keys(iam.users).length, 'user')}, ${n(Object.keys(iam.groups).length, 'group')}, ${n(Object.keys(iam.roles).length, 'role')}.`,
    `KMS: ${n(keys, 'key')} and ${n(aliases, 'alias', 'aliases')} in ${n(regions.filter((r) => Object.keys(r.keys).length).length, 'Region')}.`,
    ...acmLine,
    `CloudShell home directory: ${n(countFiles(plan.terminalHome), 'file')}.`,
    `Progress: ${describeProgress(plan.progress.labs, plan.progress.drills)}.`,
  ];
}

export function YourDataPage() {
  const cloud = useConsole((s) => s.cloud);
  const [message, setMessage] = useState<Message>();
  const [pending, setPending] = useState<{ plan: LearnerImport; name: string }>();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const pendingHeading = useRef<HTMLHeadingElement>(null);
  // The confirmation panel disappears on Replace or Cancel: focus goes to the outcome, not to <body>.
  const messageBox = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater();
  // A read file's summary appears below: keyboard and screen reader users are taken to it.
  useEffect(() => pendingHeading.current?.focus(), [pending]);

  async function exportFile() {
    const now = new Date();
    const name = `kms-lab-${now.toISOString().slice(0, 10)}.json`;
    try {
      downloadText(name, await exportLearnerFile(now), 'application/json');
      setMessage({ text: `Exported ${name}. It holds no key material, no private keys and no secret access keys.` });
    } catch (e) {
      setMessage({ text: `Nothing was exported: ${e instanceof Error ? e.message : String(e)}`, error: true });
    }
  }

  async function chosen(file: File | undefined) {
    if (!file) return;
    if (input.current) input.current.value = '';
    setPending(undefined);
    const r = await readLearnerFile(await file.text());
    if (!r.ok) return setMessage({ text: `${file.name} was not imported. ${r.reason} Nothing was changed.`, error: true });
    setMessage(undefined);
    setPending({ plan: r, name: file.name });
  }

  async function apply() {
    if (!pending) return;
    setBusy(true);
    try {
      await applyLearnerImport(pending.plan);
      const c = pending.plan.changes;
      const keys = c.newMaterial;
      const [certs, cas] = [c.certificatesReissued.length, c.privateCasRekeyed.length];
      const renewed = [certs ? n(certs, 'certificate') : '', cas ? n(cas, 'private CA') : ''].filter(Boolean).join(' and ');
      setMessage({
        text: [
          `Imported ${pending.name}.`,
          keys.length ? `${n(keys.length, 'key')} got new key material: ciphertexts made before the export will not decrypt.` : '',
          renewed ? `${renewed} got ${certs + cas === 1 ? 'a new key pair' : 'new key pairs'}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
        details: [
          ...keys.map((k) => `New key material: ${keyLabel(k)}`),
          ...c.privateCasRekeyed.map((a) => `New key pair and CA certificate: ${a.name} (${a.arn})`),
          ...c.certificatesReissued.map((x) => `New key pair: ${certificateLabel(x)}`),
          ...c.certificatesToImportAgain.map((x) => `Import again: ${certificateLabel(x)}`),
          ...c.resourcesDropped.map((r) => `Not recreated: ${r.kind} ${r.name}`),
          ...pending.plan.summary.slice(keys.length ? 1 : 0),
        ],
      });
      setPending(undefined);
      focusLater(() => messageBox.current);
    } catch (e) {
      setMessage({ text: `${pending.name} was not imported: ${e instanceof Error ? e.message : String(e)} Nothing was changed.`, error: true });
      focusLater(() => messageBox.current);
    } finally {
      setBusy(false);
    }
  }

  const plan = pending?.plan;
  return (
    <div className="service-page">
      <h1>Your data</h1>
      <p>
        Everything you made in KMS Lab is saved in this browser: the simulated account (IAM users, groups, roles and policies; KMS keys with their policies,
        aliases, tags, rotation and deletion settings; certificates, private CAs and what uses them), your CloudShell home directory, and your lab and drill
        progress. Export it to one file to keep a copy or to continue in another browser.
      </p>
      <p>
        <strong>Key material never leaves.</strong> The file holds no KMS key material, no private keys and no secret access keys, exactly as AWS never lets key
        material leave KMS. An imported account therefore gets new key material for every key: what you encrypted before the export will not decrypt after an
        import. Certificates and private CAs come back with new key pairs (their private keys are key material too), except certificates you imported, which
        only you can import again. The event history is not in the file.
      </p>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <div className="toolbar">
          <Button variant="primary" disabled={!cloud} onClick={() => void exportFile()}>
            Export your data
          </Button>
        </div>
      </section>

      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Import</h2>
        <p className="muted">
          Importing replaces your current account, home directory and progress with the file's. Export yours first if you want to keep them.
        </p>
        <div className="toolbar">
          <Button disabled={!cloud} onClick={() => input.current?.click()}>
            Choose a file to import
          </Button>
          <input
            ref={input}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="KMS Lab export file to import"
            onChange={(e) => void chosen(e.target.files?.[0])}
          />
        </div>
      </section>

      <div ref={messageBox} tabIndex={-1} role={message?.error ? 'alert' : 'status'} className={message?.error ? 'message message--error' : 'message'}>
        {message && <p>{message.text}</p>}
        {message?.details && message.details.length > 0 && (
          <ul aria-label="What changed">
            {message.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
      </div>

      {plan && pending && (
        <section aria-labelledby="pending-heading" className="panel">
          <h2 id="pending-heading" ref={pendingHeading} tabIndex={-1}>
            Import {pending.name}?
          </h2>
          <h3>What the file holds</h3>
          <ul>
            {holdings(plan).map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
          <h3>What will happen</h3>
          <ul>
            <li>Your current account, CloudShell home directory and progress will be replaced by the file's.</li>
            {plan.changes.newMaterial.length > 0 && (
              <li>
                <strong>{n(plan.changes.newMaterial.length, 'key')} will get new key material.</strong> The lesson: KMS key material can never leave AWS, so
                ciphertexts made before the export will not decrypt (InvalidCiphertextException).
              </li>
            )}
            {plan.summary.slice(plan.changes.newMaterial.length ? 1 : 0).map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <div className="toolbar">
            <Button variant="primary" disabled={busy} onClick={() => void apply()}>
              Replace my data
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                setPending(undefined);
                setMessage({ text: `${pending.name} was not imported. Nothing was changed.` });
                focusLater(() => messageBox.current);
              }}
            >
              Cancel
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}

export default YourDataPage;
