/**
 * Issuing (and re-issuing on renewal) a certificate as real X.509. AMAZON_ISSUED certificates
 * are signed by a simulated public CA of the lab (its name says it is a simulation: browsers
 * will not trust it, which is the honest answer); PRIVATE ones by the account's private CA.
 */
import { DAY_MS, type Random } from '@/core';
import { createRootCa, issueCertificate, newSerial, serialWithColons, type KeyAlgorithm } from '@/acm/crypto/x509';
import { PRIVATE_VALIDITY_DAYS, PUBLIC_VALIDITY_DAYS, type AcmCertificate, type AcmState, type PrivateCa } from './certificate';

const AMAZON_CA_SUBJECT = 'CN=Amazon RSA 2048 M01 (KMS Lab simulation), O=Amazon, C=US';

async function amazonCa(acm: AcmState, random: Random, nowMs: number) {
  acm.amazonCa ??= await createRootCa({
    subject: AMAZON_CA_SUBJECT,
    keyAlgorithm: 'RSA_2048',
    serial: newSerial(random),
    notBefore: new Date(nowMs - DAY_MS),
    notAfter: new Date(nowMs + 3650 * DAY_MS),
  });
  return acm.amazonCa;
}

/**
 * Signs the certificate now and marks it ISSUED (validity from now). `keepNotAfterMs` keeps a
 * known NotAfter instead (an account rebuilt from an export keeps its certificates' dates).
 */
export async function issue(acm: AcmState, cert: AcmCertificate, random: Random, nowMs: number, ca?: PrivateCa, keepNotAfterMs?: number): Promise<void> {
  const issuer = ca ?? { ...(await amazonCa(acm, random, nowMs)), keyAlgorithm: 'RSA_2048' as KeyAlgorithm };
  const notAfterMs = keepNotAfterMs ?? Math.min(nowMs + (ca ? PRIVATE_VALIDITY_DAYS : PUBLIC_VALIDITY_DAYS) * DAY_MS, ca?.notAfterMs ?? Infinity);
  const made = await issueCertificate({
    domains: [cert.domainName, ...cert.sans.filter((s) => s !== cert.domainName)],
    keyAlgorithm: cert.keyAlgorithm as KeyAlgorithm,
    issuerCertificatePem: issuer.certificatePem,
    issuerKeyPem: issuer.privateKeyPem,
    issuerKeyAlgorithm: issuer.keyAlgorithm,
    serial: newSerial(random),
    notBefore: new Date(nowMs),
    notAfter: new Date(notAfterMs),
  });
  cert.certificatePem = made.certificatePem;
  cert.privateKeyPem = made.privateKeyPem;
  cert.chainPem = issuer.certificatePem;
  cert.serial = serialWithColons(made.serial);
  cert.subject = `CN=${cert.domainName}`;
  cert.issuer = ca ? caIssuerName(ca) : 'Amazon';
  cert.signatureAlgorithm =
    issuer.keyAlgorithm === 'RSA_2048' ? 'SHA256WITHRSA' : issuer.keyAlgorithm === 'EC_secp384r1' ? 'SHA384WITHECDSA' : 'SHA256WITHECDSA';
  cert.status = 'ISSUED';
  cert.issuedAtMs = nowMs;
  cert.notBeforeMs = nowMs;
  cert.notAfterMs = notAfterMs;
  for (const v of cert.validations) v.ValidationStatus = 'SUCCESS';
}

export const caIssuerName = (ca: PrivateCa) => ca.subject.CommonName ?? ca.subject.Organization ?? 'Private CA';

/** `CN=x, O=y` for the CA's subject, in the order AWS Private CA's ASN1Subject lists them. */
export function caSubjectDn(s: Record<string, string>): string {
  const order: [string, string][] = [
    ['Country', 'C'],
    ['Organization', 'O'],
    ['OrganizationalUnit', 'OU'],
    ['State', 'ST'],
    ['Locality', 'L'],
    ['CommonName', 'CN'],
  ];
  return order
    .filter(([k]) => s[k])
    .map(([k, short]) => `${short}=${s[k]!.replace(/([,+"\\<>;=])/g, '\\$1')}`)
    .join(', ');
}
