/**
 * ACM's account state as plain, structured-cloneable data: certificates and private CAs per
 * Region, the simulated Route 53 hosted zone (global, like Route 53), and the resources that
 * use certificates (CloudFront is global; load balancers and API Gateway domains are regional).
 * Keys are PKCS#8 PEM strings; nothing here is a class or a function.
 */
import { dict, own } from '@/core/dict';
import type { KeyAlgorithm } from '@/acm/crypto/x509';

export type CertificateType = 'AMAZON_ISSUED' | 'PRIVATE' | 'IMPORTED';
export type CertificateStatus = 'PENDING_VALIDATION' | 'ISSUED' | 'INACTIVE' | 'EXPIRED' | 'VALIDATION_TIMED_OUT' | 'REVOKED' | 'FAILED';

export interface Tag {
  Key: string;
  Value?: string;
}

export interface DomainValidation {
  DomainName: string;
  ValidationDomain: string;
  ValidationStatus: 'PENDING_VALIDATION' | 'SUCCESS' | 'FAILED';
  ValidationMethod: 'DNS' | 'EMAIL';
  ResourceRecord?: { Name: string; Type: 'CNAME'; Value: string };
  ValidationEmails?: string[];
}

export interface AcmCertificate {
  id: string;
  arn: string;
  region: string;
  type: CertificateType;
  status: CertificateStatus;
  domainName: string;
  sans: string[];
  keyAlgorithm: KeyAlgorithm | string;
  validationMethod?: 'DNS' | 'EMAIL';
  validations: DomainValidation[];
  createdAtMs?: number;
  importedAtMs?: number;
  issuedAtMs?: number;
  notBeforeMs?: number;
  notAfterMs?: number;
  serial?: string;
  subject?: string;
  issuer?: string;
  signatureAlgorithm?: string;
  certificatePem?: string;
  chainPem?: string;
  privateKeyPem?: string;
  exportOption: 'ENABLED' | 'DISABLED';
  certificateAuthorityArn?: string;
  failureReason?: string;
  renewal?: { RenewalStatus: 'PENDING_AUTO_RENEWAL' | 'PENDING_VALIDATION' | 'SUCCESS' | 'FAILED'; UpdatedAtMs: number };
  exported?: boolean;
  tags: Tag[];
  inUseBy: string[];
}

export interface PrivateCa {
  id: string;
  arn: string;
  region: string;
  subject: Record<string, string>;
  keyAlgorithm: KeyAlgorithm;
  signingAlgorithm: string;
  status: 'ACTIVE' | 'DISABLED' | 'DELETED';
  createdAtMs: number;
  notBeforeMs: number;
  notAfterMs: number;
  serial: string;
  certificatePem: string;
  privateKeyPem: string;
  tags: Tag[];
}

export interface AcmRegionState {
  certificates: Record<string, AcmCertificate>;
  cas: Record<string, PrivateCa>;
}

export interface DnsRecord {
  Name: string;
  Type: string;
  TTL: number;
  Value: string;
}

export interface UsageState {
  distributions: Record<string, { Id: string; ARN: string; DomainName: string; Aliases: string[]; CertificateArn?: string; Status: string }>;
  loadBalancers: Record<string, { arn: string; name: string; region: string; dnsName: string }>;
  listeners: Record<string, { arn: string; loadBalancerArn: string; region: string; port: number; protocol: string; certificateArn?: string }>;
  domainNames: Record<string, { key: string; domainName: string; region: string; endpointType: 'EDGE' | 'REGIONAL'; certificateArn: string }>;
}

export interface AcmState {
  regions: Record<string, AcmRegionState>;
  /** The simulated public hosted zone: record name (lower case, trailing dot) -> record. */
  hostedZone: Record<string, DnsRecord>;
  /** The simulated public issuing CA behind AMAZON_ISSUED certificates (created on first issue). */
  amazonCa?: { certificatePem: string; privateKeyPem: string };
  usage: UsageState;
}

/** Maps keyed by ids, ARNs and names from the caller: null-prototype maps (core/dict.ts). */
export const emptyAcmState = (): AcmState => ({
  regions: dict(),
  hostedZone: dict(),
  usage: emptyUsage(),
});

export const emptyUsage = (): UsageState => ({ distributions: dict(), loadBalancers: dict(), listeners: dict(), domainNames: dict() });

export const emptyAcmRegion = (): AcmRegionState => ({ certificates: dict(), cas: dict() });

export const acmRegion = (state: AcmState, region: string): AcmRegionState => own(state.regions, region) ?? (state.regions[region] = emptyAcmRegion());

/**
 * Public certificates: 198 days (ACM cut its public certificates from 395 days to 198 to follow the
 * CA/Browser Forum's schedule: less than 100 days from 15 March 2027, less than 47 days from 15 March
 * 2029); managed renewal starts 60 days before expiry.
 */
export const PUBLIC_VALIDITY_DAYS = 198;
/** Private certificates ACM issues from a private CA: 13 months (395 days), or less when the CA expires sooner. */
export const PRIVATE_VALIDITY_DAYS = 395;
export const RENEWAL_WINDOW_DAYS = 60;
/** A DNS or email validation request times out after 72 hours. */
export const VALIDATION_TIMEOUT_HOURS = 72;
