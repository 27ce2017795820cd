/**
 * Real X.509 for ACM: key pairs, a private root CA, certificates it issues, parsing of
 * imported PEM. WebCrypto through @peculiar/x509, loaded on first use (dynamic import) so the
 * library stays out of the first screen's bundle. Keys are kept as PKCS#8 PEM strings, so the
 * account stays plain, structured-cloneable data.
 */
import { AwsError, toHex, type Random } from '@/core';
import { parsePemBlocks, toPem } from './pem';

type X509 = typeof import('@peculiar/x509');
let loaded: Promise<X509> | undefined;

export function loadX509(): Promise<X509> {
  loaded ??= (async () => {
    await import('reflect-metadata');
    const x509 = await import('@peculiar/x509');
    x509.cryptoProvider.set(globalThis.crypto);
    return x509;
  })();
  return loaded;
}

export type KeyAlgorithm = 'RSA_2048' | 'EC_prime256v1' | 'EC_secp384r1';

const ALGS: Record<KeyAlgorithm, RsaHashedKeyGenParams | EcKeyGenParams> = {
  RSA_2048: { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
  EC_prime256v1: { name: 'ECDSA', namedCurve: 'P-256' },
  EC_secp384r1: { name: 'ECDSA', namedCurve: 'P-384' },
};
const SIGNING = (alg: KeyAlgorithm) =>
  alg === 'RSA_2048' ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } : { name: 'ECDSA', hash: alg === 'EC_secp384r1' ? 'SHA-384' : 'SHA-256' };

export interface Issued {
  certificatePem: string;
  privateKeyPem: string;
  serial: string;
}

/** A positive 16-byte serial from the injected randomness, as colon-separated hex like ACM shows it. */
export function newSerial(random: Random): string {
  const b = random.bytes(16);
  b[0] = (b[0]! & 0x7f) | 0x10;
  return toHex(b);
}
export const serialWithColons = (hex: string) => hex.match(/../g)!.join(':');

async function keyPair(alg: KeyAlgorithm): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey(ALGS[alg], true, ['sign', 'verify'])) as CryptoKeyPair;
}

async function keyPem(key: CryptoKey): Promise<string> {
  return toPem('PRIVATE KEY', new Uint8Array(await crypto.subtle.exportKey('pkcs8', key)));
}

async function importSigningKey(pem: string, alg: KeyAlgorithm): Promise<CryptoKey> {
  const der = parsePemBlocks(pem, 'PRIVATE KEY', 'private key')[0]!;
  return crypto.subtle.importKey('pkcs8', der, ALGS[alg], true, ['sign']);
}

/** A self-signed root CA certificate (AWS Private CA's "root" type). */
export async function createRootCa(o: { subject: string; keyAlgorithm: KeyAlgorithm; serial: string; notBefore: Date; notAfter: Date }): Promise<Issued> {
  const x509 = await loadX509();
  const keys = await keyPair(o.keyAlgorithm);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: o.serial,
    name: o.subject,
    notBefore: o.notBefore,
    notAfter: o.notAfter,
    signingAlgorithm: SIGNING(o.keyAlgorithm),
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certificatePem: cert.toString('pem'), privateKeyPem: await keyPem(keys.privateKey), serial: o.serial };
}

/** An end-entity TLS server certificate for `domains` (first one is the subject CN), signed by the issuer. */
export async function issueCertificate(o: {
  domains: string[];
  keyAlgorithm: KeyAlgorithm;
  issuerCertificatePem: string;
  issuerKeyPem: string;
  issuerKeyAlgorithm: KeyAlgorithm;
  serial: string;
  notBefore: Date;
  notAfter: Date;
}): Promise<Issued> {
  const x509 = await loadX509();
  const keys = await keyPair(o.keyAlgorithm);
  const issuer = new x509.X509Certificate(o.issuerCertificatePem);
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: o.serial,
    subject: `CN=${o.domains[0]!.replace(/([,+"\\<>;=])/g, '\\$1')}`,
    issuer: issuer.subject,
    notBefore: o.notBefore,
    notAfter: o.notAfter,
    signingAlgorithm: SIGNING(o.issuerKeyAlgorithm),
    publicKey: keys.publicKey,
    signingKey: await importSigningKey(o.issuerKeyPem, o.issuerKeyAlgorithm),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | (o.keyAlgorithm === 'RSA_2048' ? x509.KeyUsageFlags.keyEncipherment : 0), true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension(o.domains.map((value) => ({ type: 'dns' as const, value }))),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(issuer),
    ],
  });
  return { certificatePem: cert.toString('pem'), privateKeyPem: await keyPem(keys.privateKey), serial: o.serial };
}

export interface ParsedCertificate {
  subject: string;
  issuer: string;
  domainName: string;
  sans: string[];
  notBefore: Date;
  notAfter: Date;
  serial: string;
  keyAlgorithm: string;
  signatureAlgorithm: string;
  isCa: boolean;
}

const invalid = (message: string) => new AwsError('ValidationException', message);

/** Parses one PEM certificate (exactly one block); a clear ValidationException otherwise. */
export async function parseCertificate(pem: string, field = 'certificate'): Promise<ParsedCertificate & { spkiJwk: JsonWebKey }> {
  const x509 = await loadX509();
  const blocks = parsePemBlocks(pem, 'CERTIFICATE', field);
  if (blocks.length > 1) throw invalid('The certificate field contains more than one certificate. You can specify only one certificate in this field.');
  let cert: InstanceType<X509['X509Certificate']>;
  try {
    cert = new x509.X509Certificate(blocks[0]!);
  } catch {
    throw invalid(`Could not parse the ${field}: the PEM block does not contain a DER-encoded X.509 certificate.`);
  }
  const cn = /(?:^|,\s*)CN=([^,]+)/.exec(cert.subject)?.[1] ?? '';
  const san = cert.getExtension(x509.SubjectAlternativeNameExtension);
  const sans = san ? san.names.items.filter((n) => n.type === 'dns').map((n) => n.value) : [];
  const alg = cert.publicKey.algorithm as RsaHashedKeyAlgorithm & EcKeyAlgorithm;
  const keyAlgorithm =
    alg.name === 'ECDSA'
      ? alg.namedCurve === 'P-384'
        ? 'EC_secp384r1'
        : alg.namedCurve === 'P-256'
          ? 'EC_prime256v1'
          : 'EC_secp521r1'
      : `RSA_${alg.modulusLength}`;
  let spkiJwk: JsonWebKey;
  try {
    const pub = await cert.publicKey.export(
      alg.name === 'ECDSA' ? { name: 'ECDSA', namedCurve: alg.namedCurve } : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      ['verify'],
    );
    spkiJwk = await crypto.subtle.exportKey('jwk', pub);
  } catch {
    throw invalid(`The ${field} uses a public key type ACM does not support.`);
  }
  const basic = cert.getExtension(x509.BasicConstraintsExtension);
  return {
    subject: cert.subject,
    issuer: cert.issuer,
    domainName: cn || sans[0] || '',
    sans: sans.length ? sans : cn ? [cn] : [],
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    serial: cert.serialNumber.toLowerCase(),
    keyAlgorithm,
    signatureAlgorithm: signatureName(cert.signatureAlgorithm as { name: string; hash?: { name: string } }),
    isCa: !!basic?.ca,
    spkiJwk,
  };
}

function signatureName(a: { name: string; hash?: { name: string } }): string {
  const hash = (a.hash?.name ?? 'SHA-256').replace('-', '').toUpperCase();
  return a.name === 'ECDSA' ? `${hash}WITHECDSA` : `${hash}WITHRSA`;
}

/**
 * Checks that the chain certifies the certificate, as ACM does on import: each certificate is
 * issued (issuer name and signature) by the next one in the chain, in order.
 */
export async function verifyChain(certificatePem: string, chainPem: string): Promise<void> {
  const x509 = await loadX509();
  const parse = (der: Uint8Array<ArrayBuffer>) => {
    try {
      return new x509.X509Certificate(der);
    } catch {
      throw invalid('Could not parse the certificate chain: a PEM block does not contain a DER-encoded X.509 certificate.');
    }
  };
  let current = parse(parsePemBlocks(certificatePem, 'CERTIFICATE', 'certificate')[0]!);
  for (const der of parsePemBlocks(chainPem, 'CERTIFICATE', 'certificate chain')) {
    const issuer = parse(der);
    const signed = current.issuer === issuer.subject && (await current.verify({ publicKey: issuer.publicKey, signatureOnly: true }).catch(() => false));
    if (!signed) throw invalid('Could not validate the certificate with the certificate chain.');
    current = issuer;
  }
}
