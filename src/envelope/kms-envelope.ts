/**
 * Envelope encryption with a KMS key: GenerateDataKey (AES_256, with the encryption context)
 * gives the data key in plaintext and encrypted; the file is sealed locally in frames; the
 * encrypted data key goes in the header as an `aws-kms` entry (provider info = the key ARN),
 * exactly as the AWS Encryption SDK's KMS keyring writes it. Decrypt reads the header, asks
 * KMS to Decrypt the data key (KeyId = the ARN in the header, same encryption context) and
 * opens the frames locally. KMS is reached through an injected `KmsCall`, so the same code
 * runs with `cloud.call` as a given caller, with the console's consoleCall, or in tests.
 * Every KMS request and response is measured (AWS JSON 1.1 body bytes) for the storyboard.
 */
import { isAwsError, toBase64, cryptoRandom, type Random } from '@/core';
import type { Cloud } from '@/cloud';
import { EnvelopeError } from './errors';
import { DEFAULT_FRAME_LENGTH, headerBytesOf, KMS_PROVIDER_ID, MESSAGE_ID_LENGTH, type EncryptionContext, type MessageHeader } from './format';
import { decryptWithDataKey, encryptWithDataKey, readHeader, type ByteSink, type ByteSource, type StreamOptions } from './stream';

export type KmsCall = (operation: 'GenerateDataKey' | 'Decrypt', input: Record<string, unknown>) => Promise<any>;

export interface KmsTraffic {
  operation: 'GenerateDataKey' | 'Decrypt';
  /** Body bytes sent to KMS (the AWS JSON 1.1 request). */
  requestBytes: number;
  /** Body bytes received from KMS (the answer, or the error body when KMS refused). */
  responseBytes: number;
  /** The key material KMS used (its KeyMaterialId answer). */
  keyMaterialId?: string;
  /** KMS's refusal, as its error body names it. */
  error?: { code: string; message: string };
}

/** KMS as `caller` in `region` through the engine's one entry. */
export const cloudKms =
  (cloud: Cloud, caller?: Parameters<Cloud['call']>[0]['caller'], region?: string): KmsCall =>
  (operation, input) =>
    cloud.call({ service: 'kms', operation, input, caller, region, source: 'sdk' });

/** The byte size of a body as the AWS JSON 1.1 protocol sends it (blobs as base64). */
export const wireSize = (body: Record<string, unknown>) =>
  new TextEncoder().encode(JSON.stringify(body, (_k, v) => (v instanceof Uint8Array ? toBase64(v) : v))).length;

/** An AWS JSON 1.1 error body as KMS sends it (cloud/protocol/aws-json.ts errorBody): `__type` and, when AWS sends one, the message. */
const errorWireSize = (e: { code: string; message: string; hasMessage: boolean }) =>
  wireSize(e.hasMessage ? { __type: e.code, [e.code === 'AccessDeniedException' ? 'Message' : 'message']: e.message } : { __type: e.code });

/** Calls KMS, records the traffic both ways (a refusal too), and names KMS's refusal precisely. */
export async function measuredKms(kms: KmsCall, operation: KmsTraffic['operation'], input: Record<string, unknown>, traffic: KmsTraffic[]) {
  try {
    const out = await kms(operation, input);
    traffic.push({ operation, requestBytes: wireSize(input), responseBytes: wireSize(out), keyMaterialId: out.KeyMaterialId });
    return out;
  } catch (e) {
    if (isAwsError(e)) {
      traffic.push({ operation, requestBytes: wireSize(input), responseBytes: errorWireSize(e), error: { code: e.code, message: e.message } });
      const what = operation === 'Decrypt' ? 'decrypt the data key' : 'generate a data key';
      throw new EnvelopeError('KmsRefused', `KMS refused to ${what}: ${e.code}${e.message ? `: ${e.message}` : ''}`, e.code);
    }
    throw e;
  }
}

export interface EncryptOptions extends StreamOptions {
  kms: KmsCall;
  keyId: string;
  context?: EncryptionContext;
  frameLength?: number;
  random?: Random;
}

export async function encryptMessage(o: EncryptOptions, source: ByteSource, sink: ByteSink) {
  const context = o.context ?? {};
  const traffic: KmsTraffic[] = [];
  let dk;
  try {
    dk = await measuredKms(o.kms, 'GenerateDataKey', { KeyId: o.keyId, KeySpec: 'AES_256', EncryptionContext: context }, traffic);
  } catch (e) {
    return failBeforeStart(sink, e);
  }
  const messageId = (o.random ?? cryptoRandom()).bytes(MESSAGE_ID_LENGTH);
  const encryptedDataKey = dk.CiphertextBlob as Uint8Array;
  const r = await encryptWithDataKey(
    {
      dataKey: dk.Plaintext,
      messageId,
      context,
      frameLength: o.frameLength ?? DEFAULT_FRAME_LENGTH,
      dataKeys: [{ providerId: KMS_PROVIDER_ID, providerInfo: dk.KeyId, ciphertext: encryptedDataKey }],
    },
    source,
    sink,
    o,
  );
  return {
    keyArn: dk.KeyId as string,
    keyMaterialId: dk.KeyMaterialId as string | undefined,
    traffic,
    plaintextBytes: source.size,
    messageBytes: r.bytesWritten,
    headerBytes: r.header.length,
    header: headerBytesOf(r.header),
    frames: r.frames,
    samples: r.samples,
    encryptedDataKey,
    ciphertextHead: r.ciphertextHead,
    context,
    frameLength: r.header.frameLength,
  };
}

async function failBeforeStart(sink: ByteSink, e: unknown): Promise<never> {
  try {
    await sink.abort(e);
  } catch {
    /* report the first error */
  }
  throw e;
}

/** Asks KMS for the plaintext data key of an `aws-kms` entry of the header. */
export async function decryptDataKey(kms: KmsCall, header: MessageHeader, traffic: KmsTraffic[], keyId?: string) {
  const entries = header.dataKeys.filter((k) => k.providerId === KMS_PROVIDER_ID);
  if (entries.length === 0) {
    throw new EnvelopeError(
      'NoKmsDataKey',
      `The message has no KMS-encrypted data key (providers: ${header.dataKeys.map((k) => k.providerId).join(', ')}); the lab decrypts only aws-kms entries.`,
    );
  }
  let first: unknown;
  for (const edk of entries) {
    try {
      const out = await measuredKms(
        kms,
        'Decrypt',
        { CiphertextBlob: edk.ciphertext, KeyId: keyId ?? edk.providerInfo, EncryptionContext: header.context },
        traffic,
      );
      return {
        dataKey: out.Plaintext as Uint8Array,
        keyArn: out.KeyId as string,
        keyMaterialId: out.KeyMaterialId as string | undefined,
        encryptedDataKey: edk.ciphertext,
      };
    } catch (e) {
      first ??= e;
    }
  }
  throw first;
}

export interface DecryptOptions extends StreamOptions {
  kms: KmsCall;
  /** Require this key (like a strict KMS keyring); default: the key named in the header. */
  keyId?: string;
}

export async function decryptMessage(o: DecryptOptions, source: ByteSource, sink: ByteSink) {
  const traffic: KmsTraffic[] = [];
  let header: MessageHeader;
  let key: Awaited<ReturnType<typeof decryptDataKey>>;
  try {
    header = await readHeader(source);
    key = await decryptDataKey(o.kms, header, traffic, o.keyId);
  } catch (e) {
    return failBeforeStart(sink, e);
  }
  const r = await decryptWithDataKey(header, key.dataKey, source, sink, o);
  return {
    keyArn: key.keyArn,
    keyMaterialId: key.keyMaterialId,
    traffic,
    plaintextBytes: r.bytesWritten,
    messageBytes: source.size,
    headerBytes: header.length,
    header: headerBytesOf(header),
    frames: r.frames,
    samples: r.samples,
    context: header.context,
    frameLength: header.frameLength,
    encryptedDataKey: key.encryptedDataKey,
  };
}
