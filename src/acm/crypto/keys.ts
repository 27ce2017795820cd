/**
 * Private keys handed to ImportCertificate: PKCS#8 (`BEGIN PRIVATE KEY`, what OpenSSL 3 writes)
 * and PKCS#1 RSA (`BEGIN RSA PRIVATE KEY`), checked against the certificate's public key.
 * Encrypted and SEC1 EC keys are refused with a message saying what to run instead.
 */
import { AwsError, toPem } from './pem-exports';
import { readPem } from './pem';
import { der } from './der';

const invalid = (m: string) => new AwsError('ValidationException', m);

const RSA_ALG = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

/** Normalizes the key to PKCS#8 PEM, checks it matches `spkiJwk`, and returns it. */
export async function checkPrivateKey(text: string, spkiJwk: JsonWebKey): Promise<string> {
  const blocks = readPem(text, 'private key');
  if (blocks.length !== 1) throw invalid('The private key field contains more than one key. You can specify only one private key.');
  const { label } = blocks[0]!;
  let pkcs8 = blocks[0]!.der;
  if (label === 'ENCRYPTED PRIVATE KEY') throw invalid('The private key is encrypted. Import an unencrypted key (openssl pkey -in key.pem -out plain.pem).');
  if (label === 'EC PRIVATE KEY')
    throw invalid('The EC private key is in SEC1 form. Convert it to PKCS#8 (openssl pkcs8 -topk8 -nocrypt -in key.pem -out key8.pem).');
  if (label === 'RSA PRIVATE KEY') pkcs8 = wrapPkcs1(pkcs8);
  else if (label !== 'PRIVATE KEY') throw invalid(`Could not parse the private key: expected a PRIVATE KEY block, found ${label}.`);
  const alg = spkiJwk.kty === 'EC' ? { name: 'ECDSA', namedCurve: spkiJwk.crv! } : RSA_ALG;
  let jwk: JsonWebKey;
  try {
    const key = await crypto.subtle.importKey('pkcs8', pkcs8, alg, true, ['sign']);
    jwk = await crypto.subtle.exportKey('jwk', key);
  } catch {
    throw invalid("The private key is not supported or does not match the algorithm of the certificate's public key.");
  }
  const same = spkiJwk.kty === 'EC' ? jwk.x === spkiJwk.x && jwk.y === spkiJwk.y : jwk.n === spkiJwk.n && jwk.e === spkiJwk.e;
  if (!same) throw invalid('The private key does not match the public key in the certificate.');
  return toPem('PRIVATE KEY', pkcs8);
}

/** PKCS#1 RSAPrivateKey -> PKCS#8 PrivateKeyInfo (version 0, rsaEncryption, NULL). */
function wrapPkcs1(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  return der.seq(der.int0(), der.seq(der.oid.rsaEncryption, der.nul()), der.octets(pkcs1));
}
