/**
 * The learner's export file: everything the learner owns in one JSON document, and its import.
 *
 *   { format: 'kms-lab-export', version: 1, exportedAt, account, terminalHome, progress }
 *
 * `account` is the configuration of the simulated account without key material or credentials
 * (src/cloud/account-config.ts says field by field what is and is not carried); `terminalHome`
 * and `progress` are the CloudShell home directory and the lab/drill progress, in formats owned
 * by their areas, which pass their checks in (this module may not import them).
 *
 * An import checks EVERYTHING before it builds anything, and builds a new account beside the
 * current one: a malformed, truncated, foreign, newer or partly invalid file gives the reason
 * and leaves the current state as it was. A good file gives a plan to apply: the new account
 * (every KMS key with NEW key material, every certificate and private CA with a NEW key pair, no
 * imported certificate), the parts, and what changed, in sentences.
 */
import { checkAccountConfiguration } from '@/cloud/account-config-check';
import { accountConfiguration, rebuildAccount, type AccountConfig, type KeyChange, type RebuildChanges } from '@/cloud/account-config';
import type { CertificateChange } from '@/cloud/account-config-acm';
import type { CloudState } from '@/cloud/state';
import type { Random } from '@/core';

export const ACCOUNT_FILE_FORMAT = 'kms-lab-export';
export const ACCOUNT_FILE_VERSION = 1;
/** 64 MiB of text: far above a learner's account and home, and a bound on what a file can cost. */
export const MAX_ACCOUNT_FILE_CHARS = 64 * 1024 * 1024;
/** Formats of KMS Lab's other files, named so the message can say where they belong. */
const OTHER_KMS_LAB_FORMATS: Record<string, string> = {
  'kms-lab-progress': 'a KMS Lab progress file (import it on the Learning path or the Drills page)',
  'kms-lab-drill-progress': 'a KMS Lab drill progress file (import it on the Drills page)',
};

export interface ExportInput {
  state: CloudState;
  terminalHome: unknown;
  progress: unknown;
  now: Date;
}

export function exportAccountFile(o: ExportInput): string {
  const file = {
    format: ACCOUNT_FILE_FORMAT,
    version: ACCOUNT_FILE_VERSION,
    exportedAt: o.now.toISOString(),
    account: accountConfiguration(o.state),
    terminalHome: o.terminalHome,
    progress: o.progress,
  };
  return JSON.stringify(file, null, 2);
}

export type PartName = 'account' | 'terminalHome' | 'progress';
export type ImportErrorKind = 'too-large' | 'not-json' | 'truncated' | 'foreign' | 'newer-version' | 'unknown-version' | 'missing-part' | 'invalid-part';
export interface ImportError {
  ok: false;
  kind: ImportErrorKind;
  /** The part that is missing or invalid. */
  part?: PartName;
  /** A sentence for the learner. */
  reason: string;
}

export type PartCheck<T> = (v: unknown) => { ok: true; value: T } | { ok: false; reason: string };
export interface PartChecks<H, P> {
  terminalHome: PartCheck<H>;
  progress: PartCheck<P>;
}

export interface AccountImport<H, P> {
  ok: true;
  exportedAt: string;
  /** The new account, ready for cloud.restore(); the current one is not touched. */
  state: CloudState;
  terminalHome: H;
  progress: P;
  changes: RebuildChanges;
  notCarried: AccountConfig['notCarried'];
  /** What the import does, in sentences (the lesson first). */
  summary: string[];
}

const PART_NAMES: Record<PartName, string> = {
  account: 'account configuration',
  terminalHome: 'CloudShell home directory',
  progress: 'lab and drill progress',
};
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const err = (kind: ImportErrorKind, reason: string, part?: PartName): ImportError => ({ ok: false, kind, reason, ...(part ? { part } : {}) });

/** Line and column (1-based) of a character offset, as an editor shows them. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

function parseJson(text: string): { ok: true; data: unknown } | ImportError {
  if (!text.trim()) return err('not-json', 'The file is empty.');
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : undefined;
    // A cut-off file fails at its very end: the parser ran out of text, not into a wrong character.
    if (/end of JSON input/i.test(message) || (offset !== undefined && offset >= text.trimEnd().length && /^\s*[{[]/.test(text))) {
      return err(
        'truncated',
        `The file is incomplete: it ends before its JSON does (after ${text.length} characters). It was probably cut off while downloading or copying; export it again.`,
      );
    }
    const where = offset !== undefined ? ` at ${lineColumn(text, offset)}` : '';
    return err('not-json', `The file is not valid JSON${where}: ${message}.`);
  }
}

/** Reads an export file; on success nothing has been applied yet (see AccountImport). */
export async function importAccountFile<H, P>(text: string, checks: PartChecks<H, P>, env: { random: Random }): Promise<AccountImport<H, P> | ImportError> {
  if (text.length > MAX_ACCOUNT_FILE_CHARS)
    return err('too-large', `The file is too large (${text.length} characters; an export of KMS Lab is at most ${MAX_ACCOUNT_FILE_CHARS}).`);
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  if (!isObj(data) || typeof data.format !== 'string')
    return err('foreign', `The file is JSON, but not a KMS Lab export: it has no "format": "${ACCOUNT_FILE_FORMAT}".`);
  if (data.format !== ACCOUNT_FILE_FORMAT) {
    const other = OTHER_KMS_LAB_FORMATS[data.format];
    return err(
      'foreign',
      other
        ? `The file is ${other}, not an export of your whole lab.`
        : `The file is not a KMS Lab export: its format is "${data.format}", not "${ACCOUNT_FILE_FORMAT}".`,
    );
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version)) return err('unknown-version', 'The file has no version number.');
  if (data.version > ACCOUNT_FILE_VERSION)
    return err(
      'newer-version',
      `The file was written by a newer version of KMS Lab (file version ${data.version}; this one reads up to version ${ACCOUNT_FILE_VERSION}). Update KMS Lab (reload the page) and try again.`,
    );
  if (data.version !== ACCOUNT_FILE_VERSION) return err('unknown-version', `The file's version ${data.version} is not one KMS Lab knows.`);
  if (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt))) return err('invalid-part', 'The file has no valid "exportedAt" date.');
  for (const part of ['account', 'terminalHome', 'progress'] as const) {
    if (data[part] === undefined) return err('missing-part', `The file has no ${PART_NAMES[part]} ("${part}" is missing).`, part);
  }
  const accountProblem = checkAccountConfiguration(data.account);
  if (accountProblem) return err('invalid-part', `The file's ${PART_NAMES.account} is not valid: ${accountProblem}.`, 'account');
  const home = checks.terminalHome(data.terminalHome);
  if (!home.ok) return err('invalid-part', `The file's ${PART_NAMES.terminalHome} is not valid: ${home.reason}`, 'terminalHome');
  const progress = checks.progress(data.progress);
  if (!progress.ok) return err('invalid-part', `The file's ${PART_NAMES.progress} is not valid: ${progress.reason}`, 'progress');
  const config = data.account as unknown as AccountConfig;
  const { state, changes } = await rebuildAccount(config, env);
  return {
    ok: true,
    exportedAt: data.exportedAt,
    state,
    terminalHome: home.value,
    progress: progress.value,
    changes,
    notCarried: config.notCarried,
    summary: describeChanges(changes, config.notCarried),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const certName = (c: CertificateChange) => `${c.domainName} (${c.arn})`;
const keyName = (k: KeyChange) => (k.aliases.length ? `${k.aliases.join(', ')} (${k.keyId}, ${k.region})` : `${k.keyId} (${k.region})`);

/** What the import changes, in sentences; the first one is the lesson. */
export function describeChanges(c: RebuildChanges, notCarried: AccountConfig['notCarried']): string[] {
  const out: string[] = [];
  if (c.newMaterial.length) {
    out.push(
      `${plural(c.newMaterial.length, 'key')} got new key material: ciphertexts made before the export will not decrypt (InvalidCiphertextException). That is the lesson: KMS key material never leaves AWS, not even in a backup.`,
    );
  }
  if (c.awaitingImport.length) {
    out.push(
      `${plural(c.awaitingImport.length, 'key')} with imported material (origin EXTERNAL) came back without material, in state PendingImport: import your material again (${c.awaitingImport.map(keyName).join('; ')}).`,
    );
  }
  if (c.accessKeysDropped.length) {
    out.push(
      `${plural(c.accessKeysDropped.length, 'access key')} (${c.accessKeysDropped.map((a) => `${a.accessKeyId} of ${a.userName}`).join(', ')}) ${c.accessKeysDropped.length === 1 ? 'was' : 'were'} not recreated: a secret access key is a credential and, like key material, is never exported. Create new access keys.`,
    );
  }
  if (c.keyStorePasswords.length)
    out.push(
      `The kmsuser password of ${plural(c.keyStorePasswords.length, 'custom key store')} (${c.keyStorePasswords.join(', ')}) is a credential: KMS Lab never keeps or exports it, and its simulated cluster does not ask for it to connect.`,
    );
  if (c.secretValuesDropped.length) {
    out.push(
      `${plural(c.secretValuesDropped.length, 'secret')} (${c.secretValuesDropped.map((s) => `${s.name}, ${s.region}`).join('; ')}) came back without ${c.secretValuesDropped.length === 1 ? 'its value' : 'their values'}: a secret's value is never exported, and the keys that encrypted it have new material. Put a value again (PutSecretValue).`,
    );
  }
  if (c.privateCasRekeyed.length) {
    out.push(
      `${plural(c.privateCasRekeyed.length, 'private CA')} (${c.privateCasRekeyed.map((a) => a.name).join('; ')}) got a new key pair and a new self-signed CA certificate (same subject and validity, new serial): give the new CA certificate to whatever trusted the old one.`,
    );
  }
  if (c.certificatesReissued.length) {
    const n = c.certificatesReissued.length;
    out.push(
      `${plural(n, 'certificate')} (${c.certificatesReissued.map(certName).join('; ')}) ${n === 1 ? 'was' : 'were'} re-issued with a new key pair (same names and validity, new serial), as ACM renewal does: the public key changed, so clients pinning the old key will reject it, and a copy exported before is no longer the one in ACM.`,
    );
  }
  if (c.certificatesToImportAgain.length) {
    const n = c.certificatesToImportAgain.length;
    out.push(
      `${plural(n, 'imported certificate')} (${c.certificatesToImportAgain.map(certName).join('; ')}) ${n === 1 ? 'was' : 'were'} not recreated: its private key is yours, and neither ACM nor KMS Lab ever exports it. Import it again (ImportCertificate).`,
    );
  }
  if (c.resourcesDropped.length) {
    const n = c.resourcesDropped.length;
    out.push(
      `${plural(n, 'resource')} that used an imported certificate ${n === 1 ? 'was' : 'were'} not recreated either (${c.resourcesDropped.map((r) => `${r.kind} ${r.name}`).join('; ')}): create ${n === 1 ? 'it' : 'them'} again once the certificate is imported.`,
    );
  }
  // Files written before certificates were carried say how many they left out.
  if (notCarried.certificates || notCarried.privateCas) {
    out.push(
      `${plural(notCarried.certificates ?? 0, 'certificate')} and ${plural(notCarried.privateCas ?? 0, 'private CA')} were not exported: their private keys are key material too. Request or issue them again.`,
    );
  }
  if (notCarried.events) out.push(`The event history (${plural(notCarried.events, 'event')}) was not exported: the imported account starts a new one.`);
  return out;
}

export const keyLabel = keyName;
export const certificateLabel = certName;
