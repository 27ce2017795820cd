/**
 * Files of the import flow, as the console names them: ImportParameters.zip holds the wrapping
 * public key, the import token and a README (importing-keys-get-public-key-and-token.html). And
 * the lab's stand-in for OpenSSL: wrapping 32 bytes of key material with the public key
 * (RSA-OAEP, the hash of the chosen wrapping algorithm), exactly what `openssl pkeyutl` does.
 */
import { formatDateTime } from '@/features/kms-console/lib/format';
import { zip } from '@/features/kms-console/lib/zip';

export const HASH: Record<string, string> = { RSAES_OAEP_SHA_256: 'SHA-256', RSAES_OAEP_SHA_1: 'SHA-1' };

const stamp = (d: Date) =>
  [d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()].map((n) => String(n).padStart(2, '0')).join('');

export interface ImportParameters {
  keyId: string;
  algorithm: string;
  keySpec: string;
  publicKey: Uint8Array;
  token: Uint8Array;
  validTo: Date;
}

export function importParametersZip(p: ImportParameters) {
  // Parameters are valid 24 hours: the download time is 24 hours before they expire.
  const s = stamp(new Date(p.validTo.getTime() - 24 * 3_600_000));
  const names = { key: `wrappingKey_${p.keyId}_${s}`, token: `importToken_${p.keyId}_${s}` };
  const md = HASH[p.algorithm] === 'SHA-1' ? 'sha1' : 'sha256';
  const readme = [
    `Key ID: ${p.keyId}`,
    `Wrapping algorithm: ${p.algorithm}`,
    `Wrapping key spec: ${p.keySpec}`,
    `The wrapping public key and import token expire at ${formatDateTime(p.validTo)}.`,
    '',
    'Wrap 32 bytes of key material with the wrapping public key, for example with OpenSSL:',
    '  openssl rand -out PlaintextKeyMaterial.bin 32',
    `  openssl pkeyutl -encrypt -in PlaintextKeyMaterial.bin -out EncryptedKeyMaterial.bin -inkey ${names.key} -keyform DER -pubin -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:${md} -pkeyopt rsa_mgf1_md:${md}`,
    '',
    'Then upload EncryptedKeyMaterial.bin and the import token. Keep PlaintextKeyMaterial.bin safe:',
    'AWS KMS accepts only the same key material if you need to import it again.',
    '',
  ].join('\n');
  const enc = new TextEncoder();
  return {
    names,
    bytes: zip([
      { name: names.key, data: p.publicKey },
      { name: names.token, data: p.token },
      { name: `README_${p.keyId}_${s}.txt`, data: enc.encode(readme) },
    ]),
  };
}

/** RSA-OAEP wrapping of the key material with the public key (what `openssl pkeyutl -encrypt` does). */
export async function wrapKeyMaterial(publicKey: Uint8Array, algorithm: string, material: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const key = await crypto.subtle.importKey('spki', new Uint8Array(publicKey), { name: 'RSA-OAEP', hash: HASH[algorithm]! }, false, ['encrypt']);
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, key, new Uint8Array(material)));
}
