/**
 * Key derivation of suite 0x0478: HKDF-SHA512 with the message id as salt and the plaintext
 * data key as input; info = suite id ‖ "DERIVEKEY" gives the AES-256-GCM key, info =
 * "COMMITKEY" the 32-byte commitment stored in the header (docs/aws-behaviour.md, "The AWS Encryption SDK message format").
 */
import { ownBytes, utf8 } from '@/core';
import { EnvelopeError } from './errors';
import { IV_LENGTH, SUITE_ID } from './format';

export interface MessageKeys {
  key: CryptoKey;
  commitment: Uint8Array;
}

export async function deriveMessageKeys(dataKey: Uint8Array, messageId: Uint8Array): Promise<MessageKeys> {
  if (dataKey.length !== 32) throw new EnvelopeError('Malformed', `The data key is ${dataKey.length} bytes; suite 0x0478 needs 32 (AES_256).`);
  const ikm = await crypto.subtle.importKey('raw', ownBytes(dataKey), 'HKDF', false, ['deriveBits']);
  const salt = ownBytes(messageId);
  const info = new Uint8Array([SUITE_ID >> 8, SUITE_ID & 0xff, ...utf8('DERIVEKEY')]);
  const keyBits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-512', salt, info }, ikm, 256));
  const commitment = new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-512', salt, info: ownBytes(utf8('COMMITKEY')) }, ikm, 256));
  const key = await crypto.subtle.importKey('raw', keyBits, 'AES-GCM', false, ['encrypt', 'decrypt']);
  keyBits.fill(0);
  return { key, commitment };
}

/** The header tag: AES-GCM over an empty plaintext, IV of zeros, AAD = the header body. */
export async function headerTag(key: CryptoKey, body: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(IV_LENGTH), additionalData: ownBytes(body) }, key, new Uint8Array(0)),
  );
}

/** Constant-time comparison (no early exit on the first differing byte). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let d = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) d |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return d === 0;
}
