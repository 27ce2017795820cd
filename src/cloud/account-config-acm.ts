/**
 * Certificate Manager's part of the account configuration (account-config.ts): certificates,
 * private CAs and the resources that use certificates, picked field by field, WITHOUT any private
 * key, and their rebuild with NEW key pairs.
 *
 * Carried: each certificate's description (ARN, type, status, names, key algorithm, validation
 * method and records, dates, export option, issuing CA, renewal, failure reason, tags, InUseBy);
 * each private CA's (ARN, subject, algorithms, status, dates, tags); CloudFront distributions,
 * load balancers, listeners and API Gateway custom domain names as stored. ARNs and ids are kept,
 * so every reference (InUseBy, CertificateAuthorityArn, a listener's certificate) stays valid.
 * Not carried: private keys, certificate PEMs (they certify a public key whose private key stays
 * behind, so they would match nothing), serials, and the lab's simulated public CA.
 *
 * Rebuilt (the engine's own X.509 functions, @peculiar/x509 loaded only when there is something to sign):
 * - every private CA gets a new key pair and a new self-signed CA certificate with the same
 *   subject, validity and algorithms (a new serial);
 * - every AMAZON_ISSUED or PRIVATE certificate that had a certificate (ISSUED, EXPIRED, INACTIVE,
 *   REVOKED) is re-issued with a new key pair, the same names and validity and a new serial, by
 *   the rebuilt CA (PRIVATE) or the simulated public CA (AMAZON_ISSUED): what ACM does on renewal.
 *   It keeps its status. Certificates without one (PENDING_VALIDATION, FAILED,
 *   VALIDATION_TIMED_OUT) come back as they were, with their validation records;
 * - IMPORTED certificates are NOT recreated: their private key is the learner's, and neither ACM
 *   nor KMS Lab ever exports it, so only the learner can import them again (ImportCertificate).
 *   A resource that used one is not recreated either (AWS never has a distribution, listener or
 *   custom domain name whose certificate does not exist): the change list names each, to be
 *   created again after the import. A load balancer stays; only its listener goes.
 */
import type { AcmCertificate, AcmState, CertificateType, DnsRecord, DomainValidation, PrivateCa, Tag, UsageState } from '@/acm/model/certificate';
import { emptyAcmRegion, emptyAcmState } from '@/acm/model/certificate';
import { dict, type Random } from '@/core';

export type CertificateConfig = Omit<
  AcmCertificate,
  'serial' | 'subject' | 'issuer' | 'signatureAlgorithm' | 'certificatePem' | 'chainPem' | 'privateKeyPem' | 'exported'
>;
export type PrivateCaConfig = Omit<PrivateCa, 'serial' | 'certificatePem' | 'privateKeyPem'>;
export interface AcmConfig {
  regions: Record<string, { certificates: Record<string, CertificateConfig>; cas: Record<string, PrivateCaConfig> }>;
  usage: UsageState;
}

export interface CertificateChange {
  region: string;
  arn: string;
  domainName: string;
  type: CertificateType;
}
export interface DroppedResource {
  kind: 'CloudFront distribution' | 'load balancer listener' | 'API Gateway custom domain name';
  /** The distribution id, listener ARN or domain name, as the learner knows it. */
  name: string;
  certificateArn: string;
}
export interface AcmChanges {
  /** Private CAs with a new key pair and CA certificate: certificates they signed before no longer chain to them. */
  privateCasRekeyed: { region: string; arn: string; name: string }[];
  /** Certificates re-issued with a new key pair: their public key changed. */
  certificatesReissued: CertificateChange[];
  /** Imported certificates not recreated: only the learner holds their private key. */
  certificatesToImportAgain: CertificateChange[];
  /** Resources that used an imported certificate, not recreated. */
  resourcesDropped: DroppedResource[];
}
export const noAcmChanges = (): AcmChanges => ({ privateCasRekeyed: [], certificatesReissued: [], certificatesToImportAgain: [], resourcesDropped: [] });

/** The statuses of a certificate that has (or had) an X.509 certificate to re-issue. */
export const HAS_CERTIFICATE: readonly string[] = ['ISSUED', 'EXPIRED', 'INACTIVE', 'REVOKED'];

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const mapValues = <A, B>(r: Record<string, A>, f: (a: A) => B): Record<string, B> => dict(Object.entries(r).map(([k, v]) => [k, f(v)] as const));
const tags = (t: Tag[]): Tag[] => t.map((x) => defined({ Key: x.Key, Value: x.Value }));
const validation = (v: DomainValidation): DomainValidation =>
  defined({
    DomainName: v.DomainName,
    ValidationDomain: v.ValidationDomain,
    ValidationStatus: v.ValidationStatus,
    ValidationMethod: v.ValidationMethod,
    ResourceRecord: v.ResourceRecord && { Name: v.ResourceRecord.Name, Type: v.ResourceRecord.Type, Value: v.ResourceRecord.Value },
    ValidationEmails: v.ValidationEmails && [...v.ValidationEmails],
  });

export function certificateConfig(c: CertificateConfig): CertificateConfig {
  return defined({
    id: c.id,
    arn: c.arn,
    region: c.region,
    type: c.type,
    status: c.status,
    domainName: c.domainName,
    sans: [...c.sans],
    keyAlgorithm: c.keyAlgorithm,
    validationMethod: c.validationMethod,
    validations: c.validations.map(validation),
    createdAtMs: c.createdAtMs,
    importedAtMs: c.importedAtMs,
    issuedAtMs: c.issuedAtMs,
    notBeforeMs: c.notBeforeMs,
    notAfterMs: c.notAfterMs,
    exportOption: c.exportOption,
    certificateAuthorityArn: c.certificateAuthorityArn,
    failureReason: c.failureReason,
    renewal: c.renewal && { RenewalStatus: c.renewal.RenewalStatus, UpdatedAtMs: c.renewal.UpdatedAtMs },
    tags: tags(c.tags),
    inUseBy: [...c.inUseBy],
  });
}

export function privateCaConfig(ca: PrivateCaConfig): PrivateCaConfig {
  return {
    id: ca.id,
    arn: ca.arn,
    region: ca.region,
    subject: { ...ca.subject },
    keyAlgorithm: ca.keyAlgorithm,
    signingAlgorithm: ca.signingAlgorithm,
    status: ca.status,
    createdAtMs: ca.createdAtMs,
    notBeforeMs: ca.notBeforeMs,
    notAfterMs: ca.notAfterMs,
    tags: tags(ca.tags),
  };
}

function usageConfig(u: UsageState): UsageState {
  return {
    distributions: mapValues(u.distributions, (d) =>
      defined({ Id: d.Id, ARN: d.ARN, DomainName: d.DomainName, Aliases: [...d.Aliases], CertificateArn: d.CertificateArn, Status: d.Status }),
    ),
    loadBalancers: mapValues(u.loadBalancers, (l) => ({ arn: l.arn, name: l.name, region: l.region, dnsName: l.dnsName })),
    listeners: mapValues(u.listeners, (l) =>
      defined({ arn: l.arn, loadBalancerArn: l.loadBalancerArn, region: l.region, port: l.port, protocol: l.protocol, certificateArn: l.certificateArn }),
    ),
    domainNames: mapValues(u.domainNames, (d) => ({
      key: d.key,
      domainName: d.domainName,
      region: d.region,
      endpointType: d.endpointType,
      certificateArn: d.certificateArn,
    })),
  };
}

/** ACM's configuration as plain data, without any private key. */
export function acmConfiguration(acm: AcmState | undefined): AcmConfig {
  const a = acm ?? emptyAcmState();
  return {
    regions: mapValues(a.regions, (r) => ({ certificates: mapValues(r.certificates, certificateConfig), cas: mapValues(r.cas, privateCaConfig) })),
    usage: usageConfig(a.usage),
  };
}

async function x509Tools() {
  const [{ issue, caSubjectDn }, { createRootCa, newSerial }] = await Promise.all([import('@/acm/model/issue'), import('@/acm/crypto/x509')]);
  return { issue, caSubjectDn, createRootCa, newSerial };
}

/**
 * ACM rebuilt from a checked configuration with new key pairs (see the header); undefined when the
 * account has no hosted zone records, certificates, CAs or resources. Records what changed in `changes`.
 */
export async function rebuildAcm(
  config: AcmConfig | undefined,
  dns: Record<string, DnsRecord>,
  random: Random,
  changes: AcmChanges,
): Promise<AcmState | undefined> {
  const c = config ?? { regions: {}, usage: emptyAcmState().usage };
  const used =
    Object.values(c.regions).some((r) => Object.keys(r.certificates).length || Object.keys(r.cas).length) ||
    Object.values(c.usage).some((m) => Object.keys(m).length);
  if (!used && !Object.keys(dns).length) return undefined;
  const acm: AcmState = { ...emptyAcmState(), hostedZone: dict(dns) };
  const cas = new Map<string, PrivateCa>();
  const toReissue: { cert: AcmCertificate; carried: CertificateConfig }[] = [];
  const notRecreated = new Set<string>();
  const signing = Object.values(c.regions).some(
    (r) => Object.keys(r.cas).length || Object.values(r.certificates).some((x) => x.type !== 'IMPORTED' && HAS_CERTIFICATE.includes(x.status)),
  );
  // Only an account with something to sign loads the X.509 code (and @peculiar/x509 with it).
  const x509 = signing ? await x509Tools() : undefined;

  for (const [region, r] of Object.entries(c.regions)) {
    const rs = (acm.regions[region] = emptyAcmRegion());
    for (const [id, carried] of Object.entries(r.cas)) {
      const cfg = privateCaConfig(carried);
      const subject = x509!.caSubjectDn(cfg.subject);
      const made = await x509!.createRootCa({
        subject,
        keyAlgorithm: cfg.keyAlgorithm,
        serial: x509!.newSerial(random),
        notBefore: new Date(cfg.notBeforeMs),
        notAfter: new Date(cfg.notAfterMs),
      });
      const ca: PrivateCa = { ...cfg, serial: made.serial, certificatePem: made.certificatePem, privateKeyPem: made.privateKeyPem };
      rs.cas[id] = ca;
      cas.set(ca.arn, ca);
      changes.privateCasRekeyed.push({ region, arn: ca.arn, name: subject });
    }
    for (const [id, carried] of Object.entries(r.certificates)) {
      const cfg = certificateConfig(carried);
      const change = { region, arn: cfg.arn, domainName: cfg.domainName, type: cfg.type };
      if (cfg.type === 'IMPORTED') {
        notRecreated.add(cfg.arn);
        changes.certificatesToImportAgain.push(change);
        continue;
      }
      // A copy: issue() marks validations SUCCESS, and the carried ones are put back afterwards.
      const cert: AcmCertificate = certificateConfig(cfg);
      rs.certificates[id] = cert;
      if (HAS_CERTIFICATE.includes(cfg.status)) {
        toReissue.push({ cert, carried: cfg });
        changes.certificatesReissued.push(change);
      }
    }
  }
  // Oldest first: the simulated public CA is made at the earliest NotBefore, so it covers every certificate it signs.
  toReissue.sort((a, b) => a.carried.notBeforeMs! - b.carried.notBeforeMs!);
  for (const { cert, carried } of toReissue) {
    const ca = carried.certificateAuthorityArn ? cas.get(carried.certificateAuthorityArn) : undefined;
    await x509!.issue(acm, cert, random, carried.notBeforeMs!, ca, carried.notAfterMs);
    // issue() describes a new issue; the certificate keeps what it was.
    Object.assign(cert, defined({ status: carried.status, issuedAtMs: carried.issuedAtMs, validations: carried.validations }));
  }

  const usage = usageConfig(c.usage);
  const drop = (kind: DroppedResource['kind'], name: string, certificateArn: string | undefined) => {
    if (!certificateArn || !notRecreated.has(certificateArn)) return false;
    changes.resourcesDropped.push({ kind, name, certificateArn });
    return true;
  };
  const keep = <T>(m: Record<string, T>, gone: (v: T) => boolean) => dict(Object.entries(m).filter(([, v]) => !gone(v)));
  acm.usage = {
    distributions: keep(usage.distributions, (d) => drop('CloudFront distribution', d.Id, d.CertificateArn)),
    loadBalancers: usage.loadBalancers,
    listeners: keep(usage.listeners, (l) => drop('load balancer listener', l.arn, l.certificateArn)),
    domainNames: keep(usage.domainNames, (d) => drop('API Gateway custom domain name', d.domainName, d.certificateArn)),
  };
  return acm;
}
