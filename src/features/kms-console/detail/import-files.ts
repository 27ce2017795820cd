/**
 * Files of the import flow, as the console names them: ImportParameters.zip holds the wrapping
 * public key, the import token and a README (importing-keys-get-public-key-and-token.html) with
 * the OpenSSL commands of AWS's "Encrypt the key material" step for the chosen wrapping algorithm.
 * And the lab's stand-in for OpenSSL: new key material of the key's spec (32 random bytes, an HMAC
 * key, or a DER PKCS#8 private key) wrapped as the algorithm says (crypto/key-wrap.ts).
 */
import { formatDateTime } from '@/features/kms-console/lib/format';
import { zip } from '@/features/kms-console/lib/zip';
import { isTwoStep, wrapForImport, type WrappingAlgorithm } from '@/kms/crypto/key-wrap';
import { SPECS, type KeySpec } from '@/kms/model/key-specs';

const stamp = (d: Date) =>
  [d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()].map((n) => String(n).padStart(2, '0')).join('');

export interface ImportParameters {
  keyId: string;
  /** The KMS key's own spec: it decides what the material is. */
  materialSpec: KeySpec;
  algorithm: WrappingAlgorithm;
  keySpec: string;
  publicKey: Uint8Array;
  token: Uint8Array;
  validTo: Date;
}

/** The wrapping algorithms that can carry a key's material: an RSA private key does not fit one RSA-OAEP block. */
export const wrappingAlgorithmsFor = (spec: KeySpec): WrappingAlgorithm[] =>
  SPECS[spec].family === 'rsa'
    ? ['RSA_AES_KEY_WRAP_SHA_256', 'RSA_AES_KEY_WRAP_SHA_1']
    : ['RSAES_OAEP_SHA_256', 'RSAES_OAEP_SHA_1', 'RSA_AES_KEY_WRAP_SHA_256', 'RSA_AES_KEY_WRAP_SHA_1'];

/** The material file's name and what it holds, for the README and the downloads. */
export function materialFile(spec: KeySpec): { name: string; what: string } {
  const info = SPECS[spec];
  if (info.family === 'symmetric')
    return { name: 'PlaintextKeyMaterial.bin', what: '32 bytes of key material (openssl rand -out PlaintextKeyMaterial.bin 32)' };
  if (info.family === 'hmac') {
    const n = info.bits! / 8;
    return { name: 'PlaintextKeyMaterial.bin', what: `the ${n}-byte HMAC key (openssl rand -out PlaintextKeyMaterial.bin ${n})` };
  }
  return { name: 'PrivateKey.der', what: `the ${spec} private key, DER-encoded PKCS#8 (openssl pkcs8 -topk8 -outform DER -nocrypt -out PrivateKey.der)` };
}

export function importParametersZip(p: ImportParameters) {
  // Parameters are valid 24 hours: the download time is 24 hours before they expire.
  const s = stamp(new Date(p.validTo.getTime() - 24 * 3_600_000));
  const names = { key: `wrappingKey_${p.keyId}_${s}`, token: `importToken_${p.keyId}_${s}` };
  const md = p.algorithm.endsWith('SHA_1') ? 'sha1' : 'sha256';
  const file = materialFile(p.materialSpec);
  const oaep = `-inkey ${names.key} -keyform DER -pubin -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:${md} -pkeyopt rsa_mgf1_md:${md}`;
  const commands = isTwoStep(p.algorithm)
    ? [
        `Wrap ${file.what} in two steps, for example with OpenSSL:`,
        '  openssl rand -out aes-key.bin 32',
        `  openssl enc -id-aes256-wrap-pad -K "$(xxd -p < aes-key.bin | tr -d '\\n')" -iv A65959A6 -in ${file.name} -out key-material-wrapped.bin`,
        `  openssl pkeyutl -encrypt -in aes-key.bin -out aes-key-wrapped.bin ${oaep}`,
        '  cat aes-key-wrapped.bin key-material-wrapped.bin > EncryptedKeyMaterial.bin',
      ]
    : [
        `Wrap ${file.what} with the wrapping public key, for example with OpenSSL:`,
        `  openssl pkeyutl -encrypt -in ${file.name} -out EncryptedKeyMaterial.bin ${oaep}`,
      ];
  const readme = [
    `Key ID: ${p.keyId}`,
    `Wrapping algorithm: ${p.algorithm}`,
    `Wrapping key spec: ${p.keySpec}`,
    `The wrapping public key and import token expire at ${formatDateTime(p.validTo)}.`,
    '',
    ...commands,
    '',
    `Then upload EncryptedKeyMaterial.bin and the import token. Keep ${file.name} safe:`,
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

/**
 * New key material of the key's spec, as a learner would make it with OpenSSL: random bytes for
 * symmetric and HMAC keys, a fresh key pair's DER PKCS#8 private key for asymmetric keys.
 */
export async function newMaterial(spec: KeySpec): Promise<Uint8Array> {
  const info = SPECS[spec];
  if (info.family === 'symmetric') return crypto.getRandomValues(new Uint8Array(32));
  if (info.family === 'hmac') return crypto.getRandomValues(new Uint8Array(info.bits! / 8));
  const { generateKeyPair } = await import('@/kms/crypto/key-pairs');
  return (await generateKeyPair(spec, { bytes: (n) => crypto.getRandomValues(new Uint8Array(n)) })).privateKey;
}

/** The material wrapped with the public key as the algorithm says (what the README's OpenSSL commands do). */
export const wrapKeyMaterial = (publicKey: Uint8Array, algorithm: WrappingAlgorithm, material: Uint8Array) => wrapForImport(publicKey, algorithm, material);
