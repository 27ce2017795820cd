/**
 * Checks the Certificate Manager part of an account configuration from a file
 * (account-config-acm.ts) before anything is built from it: a private key anywhere in it refuses
 * the file (an export never holds one), the structure is checked field by field, and the values go
 * through the input shapes of the operations that made them (RequestCertificate,
 * CreateCertificateAuthority, CreateDistribution, CreateLoadBalancer, CreateListener,
 * CreateDomainName). Every reference (a certificate's CA, a resource's certificate, a listener's
 * load balancer) must name something in the file. Throws `Bad` naming the path.
 */
import { isRegion } from '@/core';
import { caSubjectDn } from '@/acm/model/issue';
import { caArn, certificateArn } from '@/acm/model/resolve';
import { HAS_CERTIFICATE } from './account-config-acm';
import { date, fail, isObj, MAX_ENTRIES, num, oneOf, optDate, record, shape, str, strings, type Obj } from './account-config-rules';
import { simpleDistributionConfig } from '@/acm/usage/cloudfront-config';

const TYPES = ['AMAZON_ISSUED', 'PRIVATE', 'IMPORTED'];
const STATUSES = ['PENDING_VALIDATION', 'ISSUED', 'INACTIVE', 'EXPIRED', 'VALIDATION_TIMED_OUT', 'REVOKED', 'FAILED'];
/** The key algorithms the lab can make a key pair of (src/acm/crypto/x509.ts). */
const LAB_KEY_ALGORITHMS = ['RSA_2048', 'EC_prime256v1', 'EC_secp384r1'];
const SIGNING: Record<string, string> = { RSA_2048: 'SHA256WITHRSA', EC_prime256v1: 'SHA256WITHECDSA', EC_secp384r1: 'SHA384WITHECDSA' };
const SECRET = 'holds a private key, which a KMS Lab export never contains';
/** The ACM part is 8 levels deep; anything deeper is not an export. */
const MAX_DEPTH = 12;

/** A private key anywhere in the part, by field name or PEM label, refuses the file. */
function noPrivateKey(v: unknown, path: string, depth: number): void {
  if (depth > MAX_DEPTH) fail(path, 'is nested deeper than an export is');
  if (typeof v === 'string' && /BEGIN[A-Z ]*PRIVATE KEY/.test(v)) fail(path, SECRET);
  if (Array.isArray(v)) v.slice(0, MAX_ENTRIES + 1).forEach((x, i) => noPrivateKey(x, `${path}[${i}]`, depth + 1));
  else if (isObj(v)) {
    for (const [k, x] of Object.entries(v)) {
      const at = /^[A-Za-z_]\w*$/.test(k) ? `${path}.${k}` : `${path}["${k}"]`;
      if (/privatekey/i.test(k)) fail(at, SECRET);
      noPrivateKey(x, at, depth + 1);
    }
  }
}

function list(o: Obj, k: string, path: string): Obj[] {
  const v = o[k];
  if (!Array.isArray(v) || v.length > MAX_ENTRIES) return fail(`${path}.${k}`, 'must be a list');
  v.forEach((x, i) => isObj(x) || fail(`${path}.${k}[${i}]`, 'must be an object'));
  return v as Obj[];
}
/** Tags as the operation takes them: the list is left out when empty (its shape wants at least one). */
const tagsInput = (o: Obj, path: string) => {
  const t = list(o, 'tags', path);
  return t.length ? { Tags: t } : {};
};

function privateCa(region: string, id: string, v: unknown): void {
  const at = `account.acm.regions["${region}"].cas["${id}"]`;
  const ca = record(v, at);
  if (str(ca, 'id', at) !== id) fail(`${at}.id`, "must be the entry's id");
  if (str(ca, 'arn', at) !== caArn(region, id)) fail(`${at}.arn`, `must be ${caArn(region, id)}`);
  if (str(ca, 'region', at) !== region) fail(`${at}.region`, `must be ${region}`);
  const subject = record(ca.subject, `${at}.subject`);
  const input = {
    CertificateAuthorityType: 'ROOT',
    CertificateAuthorityConfiguration: { KeyAlgorithm: str(ca, 'keyAlgorithm', at), SigningAlgorithm: str(ca, 'signingAlgorithm', at), Subject: subject },
    ...tagsInput(ca, at),
  };
  shape('acm-pca', 'CreateCertificateAuthority', input, at);
  const alg = oneOf(ca, 'keyAlgorithm', LAB_KEY_ALGORITHMS, at);
  if (ca.signingAlgorithm !== SIGNING[alg]) fail(`${at}.signingAlgorithm`, `must be ${SIGNING[alg]} for ${alg}`);
  if (!caSubjectDn(subject as Record<string, string>)) fail(`${at}.subject`, 'must have at least one field, for example CommonName');
  oneOf(ca, 'status', ['ACTIVE', 'DISABLED', 'DELETED'], at);
  date(ca, 'createdAtMs', at);
  if (date(ca, 'notBeforeMs', at) >= date(ca, 'notAfterMs', at)) fail(`${at}.notAfterMs`, 'must be after notBeforeMs');
}

function validations(c: Obj, path: string): void {
  list(c, 'validations', path).forEach((v, i) => {
    const at = `${path}.validations[${i}]`;
    str(v, 'DomainName', at);
    str(v, 'ValidationDomain', at);
    oneOf(v, 'ValidationStatus', ['PENDING_VALIDATION', 'SUCCESS', 'FAILED'], at);
    oneOf(v, 'ValidationMethod', ['DNS', 'EMAIL'], at);
    if (v.ResourceRecord !== undefined) {
      const r = record(v.ResourceRecord, `${at}.ResourceRecord`);
      str(r, 'Name', `${at}.ResourceRecord`);
      oneOf(r, 'Type', ['CNAME'], `${at}.ResourceRecord`);
      str(r, 'Value', `${at}.ResourceRecord`);
    }
    if (v.ValidationEmails !== undefined) strings(v, 'ValidationEmails', at);
  });
}

function certificate(region: string, id: string, v: unknown, cas: Set<string>): void {
  const at = `account.acm.regions["${region}"].certificates["${id}"]`;
  const c = record(v, at);
  if (str(c, 'id', at) !== id) fail(`${at}.id`, "must be the entry's id");
  if (str(c, 'arn', at) !== certificateArn(region, id)) fail(`${at}.arn`, `must be ${certificateArn(region, id)}`);
  if (str(c, 'region', at) !== region) fail(`${at}.region`, `must be ${region}`);
  const type = oneOf(c, 'type', TYPES, at);
  const status = oneOf(c, 'status', STATUSES, at);
  const domain = str(c, 'domainName', at);
  const sans = strings(c, 'sans', at);
  if (type !== 'IMPORTED') {
    // Made by ACM: the names and key algorithm are those RequestCertificate took (the SANs without the domain name it repeats).
    const others = sans.filter((s) => s.toLowerCase() !== domain.toLowerCase());
    const input = {
      DomainName: domain,
      KeyAlgorithm: str(c, 'keyAlgorithm', at),
      ...(others.length ? { SubjectAlternativeNames: others } : {}),
      ...tagsInput(c, at),
    };
    shape('acm', 'RequestCertificate', input, at);
    oneOf(c, 'keyAlgorithm', LAB_KEY_ALGORITHMS, at);
  } else {
    str(c, 'keyAlgorithm', at);
    if (list(c, 'tags', at).length) shape('acm', 'AddTagsToCertificate', { CertificateArn: c.arn, ...tagsInput(c, at) }, at);
  }
  if (c.validationMethod !== undefined) oneOf(c, 'validationMethod', ['DNS', 'EMAIL'], at);
  validations(c, at);
  for (const k of ['createdAtMs', 'importedAtMs', 'issuedAtMs', 'notBeforeMs', 'notAfterMs']) optDate(c, k, at);
  if (type !== 'IMPORTED' && HAS_CERTIFICATE.includes(status) && date(c, 'notBeforeMs', at) >= date(c, 'notAfterMs', at))
    fail(`${at}.notAfterMs`, 'must be after notBeforeMs');
  oneOf(c, 'exportOption', ['ENABLED', 'DISABLED'], at);
  if (type === 'PRIVATE' && c.certificateAuthorityArn === undefined) fail(`${at}.certificateAuthorityArn`, 'must name the private CA of a PRIVATE certificate');
  if (c.certificateAuthorityArn !== undefined) {
    if (type !== 'PRIVATE') fail(`${at}.certificateAuthorityArn`, 'is only for PRIVATE certificates');
    // RequestCertificate finds the CA in the certificate's own Region.
    if (!cas.has(str(c, 'certificateAuthorityArn', at)) || (c.certificateAuthorityArn as string).split(':')[3] !== region)
      fail(`${at}.certificateAuthorityArn`, "names a private CA that is not in the file in the certificate's Region");
  }
  if (c.failureReason !== undefined) str(c, 'failureReason', at);
  if (c.renewal !== undefined) {
    const r = record(c.renewal, `${at}.renewal`);
    oneOf(r, 'RenewalStatus', ['PENDING_AUTO_RENEWAL', 'PENDING_VALIDATION', 'SUCCESS', 'FAILED'], `${at}.renewal`);
    date(r, 'UpdatedAtMs', `${at}.renewal`);
  }
  strings(c, 'inUseBy', at);
}

function usage(v: unknown, certs: Set<string>): void {
  const u = record(v, 'account.acm.usage');
  const cert = (o: Obj, k: string, at: string) =>
    o[k] === undefined || certs.has(str(o, k, at)) || fail(`${at}.${k}`, 'names a certificate that is not in the file');
  for (const [id, d] of Object.entries(record(u.distributions, 'account.acm.usage.distributions'))) {
    const at = `account.acm.usage.distributions["${id}"]`;
    const o = record(d, at);
    if (str(o, 'Id', at) !== id) fail(`${at}.Id`, "must be the entry's id");
    const aliases = strings(o, 'Aliases', at);
    // The stored distribution keeps its own domain name; it stands in for the origin here, as only its shape is checked.
    const config = {
      ...simpleDistributionConfig({ callerReference: 'import', origin: str(o, 'DomainName', at), aliases }),
      ViewerCertificate: o.CertificateArn === undefined ? {} : { ACMCertificateArn: o.CertificateArn },
    };
    shape('cloudfront', 'CreateDistribution', { DistributionConfig: config }, at);
    str(o, 'ARN', at);
    str(o, 'Status', at);
    cert(o, 'CertificateArn', at);
  }
  const lbs = record(u.loadBalancers, 'account.acm.usage.loadBalancers');
  for (const [arn, l] of Object.entries(lbs)) {
    const at = `account.acm.usage.loadBalancers["${arn}"]`;
    const o = record(l, at);
    if (str(o, 'arn', at) !== arn) fail(`${at}.arn`, "must be the entry's ARN");
    shape('elbv2', 'CreateLoadBalancer', { Name: str(o, 'name', at) }, at);
    if (!isRegion(str(o, 'region', at))) fail(`${at}.region`, 'is not a Region KMS Lab knows');
    str(o, 'dnsName', at);
  }
  for (const [arn, l] of Object.entries(record(u.listeners, 'account.acm.usage.listeners'))) {
    const at = `account.acm.usage.listeners["${arn}"]`;
    const o = record(l, at);
    if (str(o, 'arn', at) !== arn) fail(`${at}.arn`, "must be the entry's ARN");
    if (lbs[str(o, 'loadBalancerArn', at)] === undefined) fail(`${at}.loadBalancerArn`, 'names a load balancer that is not in the file');
    shape('elbv2', 'CreateListener', { LoadBalancerArn: o.loadBalancerArn, Protocol: str(o, 'protocol', at), Port: num(o, 'port', at) }, at);
    if (!isRegion(str(o, 'region', at))) fail(`${at}.region`, 'is not a Region KMS Lab knows');
    cert(o, 'certificateArn', at);
  }
  for (const [key, d] of Object.entries(record(u.domainNames, 'account.acm.usage.domainNames'))) {
    const at = `account.acm.usage.domainNames["${key}"]`;
    const o = record(d, at);
    const endpoint = oneOf(o, 'endpointType', ['EDGE', 'REGIONAL'], at);
    shape('apigateway', 'CreateDomainName', { domainName: str(o, 'domainName', at), endpointConfiguration: { types: [endpoint] } }, at);
    if (!isRegion(str(o, 'region', at))) fail(`${at}.region`, 'is not a Region KMS Lab knows');
    if (str(o, 'key', at) !== key || key !== `${o.region}/${(o.domainName as string).toLowerCase()}`)
      fail(`${at}.key`, "must be the entry's key (Region/domain name)");
    if (o.certificateArn === undefined) fail(`${at}.certificateArn`, 'must name the certificate of the domain name');
    cert(o, 'certificateArn', at);
  }
}

/** Checks the "acm" part; throws `Bad` with the path of the first problem. */
export function checkAcm(v: unknown): void {
  noPrivateKey(v, 'account.acm', 0);
  const acm = record(v, 'account.acm');
  const regions = record(acm.regions, 'account.acm.regions');
  const cas = new Set<string>();
  const certs = new Set<string>();
  for (const [region, r] of Object.entries(regions)) {
    const at = `account.acm.regions["${region}"]`;
    if (!isRegion(region)) fail(at, 'is not a Region KMS Lab knows');
    const rr = record(r, at);
    for (const [id, ca] of Object.entries(record(rr.cas, `${at}.cas`))) {
      privateCa(region, id, ca);
      cas.add(caArn(region, id));
    }
  }
  for (const [region, r] of Object.entries(regions)) {
    for (const [id, c] of Object.entries(record((r as Obj).certificates, `account.acm.regions["${region}"].certificates`))) {
      certificate(region, id, c, cas);
      certs.add(certificateArn(region, id));
    }
  }
  usage(acm.usage, certs);
}
