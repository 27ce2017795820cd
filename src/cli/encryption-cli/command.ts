/**
 * `aws-encryption-cli` (AWS Encryption CLI v4) over the lab's envelope engine: encrypt and
 * decrypt VFS files or stdin/stdout with a KMS wrapping key, calling KMS as the shell's current
 * caller in its Region (AWS_REGION, or `region=` of --wrapping-keys).
 * Docs: https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/crypto-cli-reference.html
 * Metadata lines are the real CLI's: json.dumps(sort_keys=True) of {header, input, mode, output}
 * with the header as json_ready_header writes it (bytes base64).
 * Simplified: one wrapping key (the lab writes one encrypted data key); only suite
 * AES_256_GCM_HKDF_SHA512_COMMIT_KEY (0x0478; WebCrypto cannot stream the ECDSA signature of the
 * signed default suite, so the lab never signs); commitment policy require-encrypt-require-decrypt;
 * the output is written only once the whole message is verified (no partial output, as if
 * --buffer were always set); on a required encryption context mismatch the CLI's warning is
 * printed and the status is 1; metadata is written after the operation, not before it.
 *
 * Over 300 lines: the CLI's flags, their checks and the run are one command, in the order the
 * real CLI applies them.
 */
import { dict, isAwsError, own, toBase64 } from '@/core';
import {
  bytesSource,
  decryptMessage,
  encryptMessage,
  isEnvelopeError,
  MemorySink,
  readHeader,
  cloudKms,
  type EnvelopeError,
  type KmsCall,
  type MessageHeader,
} from '@/envelope';
import type { CommandContext, CommandInfo } from '@/cli/shell/types';
import { PROG, USAGE, UsageError, parseArgs, parsePairs, type Args } from './args';

export const CLI_VERSION = 'aws-encryption-sdk-cli/4.1.0 aws-encryption-sdk/3.1.1';
const SUITE = 'AES_256_GCM_HKDF_SHA512_COMMIT_KEY';
const SIGNED_SUITES = [
  'AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384',
  'AES_256_GCM_HKDF_SHA384_ECDSA_P384',
  'AES_192_GCM_HKDF_SHA384_ECDSA_P384',
  'AES_128_GCM_HKDF_SHA256_ECDSA_P256',
];
const SUFFIX: Record<string, string> = { encrypt: '.encrypted', decrypt: '.decrypted', 'decrypt-unsigned': '.decrypted' };

/** A user error the real CLI prints as its message alone (exit 1). */
class BadUserArgument extends Error {}
/** Any other failure: the real CLI's "Encountered unexpected error" with Class("args"). */
class Unexpected extends Error {
  constructor(
    readonly cls: string,
    message: string,
  ) {
    super(message);
  }
}

/** Python's json.dumps(sort_keys=True): ", " and ": " separators, non-ASCII as \\uXXXX. */
export function pyDumps(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(pyDumps).join(', ')}]`;
  if (typeof v === 'object') {
    const keys = Object.keys(v as object).sort();
    return `{${keys.map((k) => `${pyDumps(k)}: ${pyDumps((v as Record<string, unknown>)[k])}`).join(', ')}}`;
  }
  if (typeof v === 'string') return JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return JSON.stringify(v);
}

const b64 = (s: string | Uint8Array) => toBase64(typeof s === 'string' ? new TextEncoder().encode(s) : s);

/** The header as the real CLI's json_ready_header writes it (message format v2). */
export function jsonReadyHeader(h: MessageHeader) {
  return {
    algorithm: SUITE,
    content_type: 2,
    encrypted_data_keys: h.dataKeys.map((k) => ({
      key_provider: { provider_id: b64(k.providerId), key_info: b64(k.providerInfo) },
      encrypted_data_key: b64(k.ciphertext),
    })),
    encryption_context: h.context,
    frame_length: h.frameLength,
    header_iv_length: 12,
    message_id: b64(h.messageId),
    type: null,
    version: '2.0',
  };
}

interface Plan {
  mode: 'encrypt' | 'decrypt' | 'decrypt-unsigned';
  keyIds: string[];
  region?: string;
  context: Record<string, string>;
}

function plan(a: Args): Plan {
  const mode = a.encrypt ? 'encrypt' : a.decrypt ? 'decrypt' : 'decrypt-unsigned';
  const keyIds: string[] = [];
  let region: string | undefined;
  for (const group of a.wrappingKeys ?? []) {
    for (const item of group) {
      const eq = item.indexOf('=');
      const [k, v] = eq > 0 ? [item.slice(0, eq), item.slice(eq + 1)] : [item, ''];
      if (k === 'key') keyIds.push(v);
      else if (k === 'region') region = v;
      else if (k === 'provider') {
        if (v !== 'aws-kms') throw new BadUserArgument(`Unknown key provider "${v}": the lab supports only aws-kms wrapping keys.`);
      } else if (k === 'profile')
        throw new BadUserArgument('CloudShell in the lab has no named profiles: remove profile= (KMS is called as the current CloudShell user).');
      else throw new UsageError(`Argument parse error: Invalid wrapping key configuration "${item}": expected key=, region=, provider= or profile=`);
    }
  }
  if (a.wrappingKeys && keyIds.length === 0)
    throw new UsageError('Argument parse error: At least one "key" value is required in each --wrapping-keys configuration');
  if (mode === 'encrypt' && keyIds.length === 0) throw new UsageError('Argument parse error: --wrapping-keys is required when encrypting');
  if (mode !== 'encrypt') {
    const discovery = a.discovery === 'true';
    if (keyIds.length === 0 && !discovery)
      throw new UsageError('Argument parse error: When decrypting, either --wrapping-keys or --discovery true must be specified');
    if (keyIds.length > 0 && discovery)
      throw new UsageError('Argument parse error: When decrypting, --wrapping-keys and --discovery true cannot both be specified');
  }
  if (keyIds.length > 1) throw new BadUserArgument('The lab writes and reads one encrypted data key per message: give one key= in --wrapping-keys.');
  if (a.commitmentPolicy && a.commitmentPolicy !== 'require-encrypt-require-decrypt') {
    throw new BadUserArgument(
      `Commitment policy ${a.commitmentPolicy} is not supported: the lab writes and reads only committing messages (require-encrypt-require-decrypt).`,
    );
  }
  if (a.algorithm !== undefined && a.algorithm !== SUITE) {
    throw new BadUserArgument(
      SIGNED_SUITES.includes(a.algorithm)
        ? `Algorithm ${a.algorithm} is not supported in the lab: WebCrypto cannot stream the ECDSA signature of a signed suite. Use --algorithm ${SUITE}.`
        : `Algorithm ${a.algorithm} is not supported in the lab: it writes only ${SUITE} (key commitment, unsigned).`,
    );
  }
  if (a.frameLength !== undefined && (a.frameLength < 1 || a.frameLength > 0xffffffff))
    throw new UsageError(`Argument parse error: --frame-length must be between 1 and 4294967295`);
  if (a.maxEncryptedDataKeys !== undefined && a.maxEncryptedDataKeys < 1)
    throw new UsageError('Argument parse error: max_encrypted_data_keys cannot be less than 1');
  const context = dict<string>();
  for (const g of a.encryptionContext ?? []) for (const [k, v] of Object.entries(parsePairs(g, 'encryption context'))) context[k] = v;
  return { mode, keyIds, region, context };
}

/** Remembers KMS's own error, which the real CLI shows in botocore's words. */
function recordingKms(kms: KmsCall) {
  const seen: { error?: { code: string; message?: string; operation: string } } = {};
  const call: KmsCall = async (operation, input) => {
    try {
      return await kms(operation, input);
    } catch (e) {
      if (isAwsError(e)) seen.error = { code: e.code, message: e.message, operation };
      throw e;
    }
  };
  return { call, seen };
}

function failure(e: unknown, keyId: string, seen: ReturnType<typeof recordingKms>['seen']): Unexpected {
  if (seen.error) {
    const k = seen.error;
    const boto = `An error occurred (${k.code}) when calling the ${k.operation} operation${k.message ? `: ${k.message}` : ''}`;
    return k.operation === 'GenerateDataKey'
      ? new Unexpected('GenerateKeyError', `Master Key ${keyId} unable to generate data key: ${boto}`)
      : new Unexpected('DecryptKeyError', `Master Key ${keyId} unable to decrypt data key: ${boto}`);
  }
  if (isEnvelopeError(e)) {
    const classes: Partial<Record<EnvelopeError['code'], string>> = {
      HeaderAuthFailed: 'SerializationError',
      FrameAuthFailed: 'InvalidTag',
      CommitmentMismatch: 'MasterKeyProviderError',
      Truncated: 'SerializationError',
      Malformed: 'SerializationError',
      UnsupportedFormat: 'NotSupportedError',
    };
    return new Unexpected(classes[e.code] ?? 'SerializationError', e.message);
  }
  throw e;
}

async function run(ctx: CommandContext): Promise<number> {
  const { vfs, cwd } = ctx.state;
  let a: Args;
  let p: Plan;
  try {
    a = parseArgs(ctx.args);
    if (a.help) {
      ctx.stdout.write(`${USAGE}\nEncrypt or decrypt data using the AWS Encryption SDK (KMS Lab: the subset in \`help\`).\n`);
      return 0;
    }
    if (a.version) {
      ctx.stdout.write(`${CLI_VERSION}\n`);
      return 0;
    }
    p = plan(a);
  } catch (e) {
    if (e instanceof UsageError) {
      ctx.stderr.write(`${USAGE}${PROG}: error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof BadUserArgument) {
      ctx.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const warn = (m: string) => {
    if (!a.quiet) ctx.stderr.write(`${m}\n`);
  };
  try {
    return await execute(ctx, a, p, warn);
  } catch (e) {
    if (e instanceof BadUserArgument) {
      ctx.stderr.write(`${e.message}\n`);
      return 1;
    }
    if (e instanceof Unexpected) {
      ctx.stderr.write(`Encountered unexpected error: increase verbosity to see details.\n${e.cls}("${e.message}")\n`);
      return 1;
    }
    throw e;
  }

  async function execute(ctx: CommandContext, a: Args, p: Plan, warn: (m: string) => void): Promise<number> {
    const input = a.input!;
    const output = a.output!;
    const abs = (f: string) => vfs.resolve(cwd, f);
    // The usual way to drop the metadata without -S: written nowhere, as the real device would.
    const discarded = (f: string) => f !== '-' && abs(f) === '/dev/null';
    if (output !== '-' && !vfs.isDir(abs(output)) && !vfs.isDir(abs(output).replace(/\/[^/]*$/, '') || '/')) {
      throw new BadUserArgument('If destination is a file, the immediate parent directory must already exist.');
    }
    if (!a.suppressMetadata) {
      const m = a.metadataOutput!;
      if (!m) throw new BadUserArgument('Metadata output file name cannot be empty');
      if (m === '-' && output === '-') throw new BadUserArgument('Metadata output cannot be stdout when output is stdout');
      if (m !== '-' && !discarded(m) && vfs.isDir(abs(m))) throw new BadUserArgument('Metadata output cannot be a directory');
      if (m !== '-' && (abs(m) === abs(input) || abs(m) === abs(output))) throw new BadUserArgument('Metadata output file cannot be the input or output');
    }
    if (!(input === '-' && output === '-') && abs(input) === abs(output)) throw new BadUserArgument('Destination and source cannot be the same');
    if (input === '-' && output !== '-' && vfs.isDir(abs(output))) throw new BadUserArgument('Destination may not be a directory when source is stdin');
    let data: Uint8Array;
    if (input === '-') data = ctx.stdin;
    else if (vfs.isFile(abs(input))) data = vfs.readFile(abs(input));
    else if (vfs.isDir(abs(input))) {
      warn(`Skipping ${input} because it is a directory and -r/-R/--recursive is not set`);
      return 0;
    } else throw new BadUserArgument('Invalid source.  Must be a valid pathname pattern or stdin (-)');
    let dest = output;
    if (output !== '-' && vfs.isDir(abs(output))) {
      const name = input.split('/').filter(Boolean).at(-1)!;
      dest = `${output.replace(/\/+$/, '')}/${name}${a.suffix ?? SUFFIX[p.mode]}`;
      if (abs(dest) === abs(input)) {
        warn(`Skipping because the source (${input}) and destination (${dest}) are the same`);
        return 0;
      }
    }

    const region = p.region ?? (ctx.env.AWS_REGION || ctx.env.AWS_DEFAULT_REGION || undefined);
    const kms = recordingKms(cloudKms(ctx.state.cloud, ctx.state.caller, region));
    const source = bytesSource(data);
    const sink = new MemorySink();
    let header: MessageHeader | undefined;
    try {
      if (p.mode === 'encrypt') {
        await encryptMessage({ kms: kms.call, keyId: p.keyIds[0]!, context: p.context, frameLength: a.frameLength ?? 4096, signal: ctx.signal }, source, sink);
        header = await readHeader(bytesSource(sink.bytes()));
      } else {
        header = await readHeader(source);
        if (a.maxEncryptedDataKeys !== undefined && header.dataKeys.length > a.maxEncryptedDataKeys) {
          throw new Unexpected(
            'MaxEncryptedDataKeysExceeded',
            `Number of encrypted data keys found larger than configured value (${header.dataKeys.length} > ${a.maxEncryptedDataKeys})`,
          );
        }
        const found = header.context;
        const missing = Object.entries(p.context).filter(([k, v]) => own(found, k) !== v);
        if (missing.length) {
          warn('Skipping decrypt because discovered encryption context did not match required elements.');
          return 1;
        }
        await decryptMessage({ kms: kms.call, keyId: p.keyIds[0], signal: ctx.signal }, source, sink);
      }
    } catch (e) {
      if (e instanceof Unexpected) throw e;
      throw failure(e, p.keyIds[0] ?? header?.dataKeys[0]?.providerInfo ?? '', kms.seen);
    }
    if (!a.suppressMetadata) {
      const line = `${pyDumps({ header: jsonReadyHeader(header!), input: input === '-' ? '<stdin>' : input, mode: p.mode, output: dest === '-' ? '<stdout>' : dest })}\n`;
      const m = a.metadataOutput!;
      if (m === '-') ctx.stdout.write(line);
      else if (discarded(m)) {
        // nothing kept
      } else if (a.overwriteMetadata) vfs.writeFile(abs(m), new TextEncoder().encode(line));
      else vfs.appendFile(abs(m), new TextEncoder().encode(line));
    }
    if (dest === '-') ctx.stdout.write(sink.bytes());
    else {
      if (vfs.isFile(abs(dest))) warn(`Overwriting existing target file because no action was specified otherwise: ${dest}`);
      vfs.writeFile(abs(dest), sink.bytes());
    }
    return 0;
  }
}

export const encryptionCliCommand: CommandInfo = {
  run,
  summary: 'encrypt and decrypt files with a KMS key (AWS Encryption CLI v4, suite 0x0478)',
  usage: 'aws-encryption-cli (-e | -d) -i INPUT -o OUTPUT -w key=KEY [-c k=v ...] (--metadata-output FILE | -S)',
};
