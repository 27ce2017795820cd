/**
 * ExportCertificate's private key: PKCS#8 encrypted with the caller's passphrase (PBES2:
 * PBKDF2-HMAC-SHA256 + AES-256-CBC), the `BEGIN ENCRYPTED PRIVATE KEY` block that
 * `openssl pkey -in key.pem -passin pass:...` opens. Salt and IV come from the injected randomness.
 */
import { utf8, type Random } from '@/core';
import { der } from './der';
import { parsePemBlocks, toPem } from './pem';

const ITERATIONS = 2048;

export async function encryptPkcs8(privateKeyPem: string, passphrase: Uint8Array, random: Random): Promise<string> {
  const pkcs8 = parsePemBlocks(privateKeyPem, 'PRIVATE KEY', 'private key')[0]!;
  const salt = new Uint8Array(random.bytes(16));
  const iv = new Uint8Array(random.bytes(16));
  const base = await crypto.subtle.importKey('raw', new Uint8Array(passphrase), 'PBKDF2', false, ['deriveKey']);
  const aes = await crypto.subtle.deriveKey({ name: 'PBKDF2', salt, iterations: ITERATIONS, hash: 'SHA-256' }, base, { name: 'AES-CBC', length: 256 }, false, [
    'encrypt',
  ]);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, aes, pkcs8));
  const params = der.seq(
    der.seq(der.oid.pbkdf2, der.seq(der.octets(salt), der.int(ITERATIONS), der.seq(der.oid.hmacSha256, der.nul()))),
    der.seq(der.oid.aes256Cbc, der.octets(iv)),
  );
  return toPem('ENCRYPTED PRIVATE KEY', der.seq(der.seq(der.oid.pbes2, params), der.octets(sealed)));
}

export const passphraseBytes = (p: string | Uint8Array) => (typeof p === 'string' ? utf8(p) : p);
