/**
 * Domain validation: the CNAME record ACM asks for (DNS), the addresses it mails (EMAIL), and
 * whether the simulated hosted zone holds the record. For a wildcard the record is the one of
 * the base domain, as ACM does (`*.example.com` and `example.com` share one record).
 */
import { toHex, type Random, own } from '@/core';
import type { AcmState, DomainValidation } from './certificate';

export const baseDomain = (d: string) => d.replace(/^\*\./, '').toLowerCase();

export function newValidation(domain: string, method: 'DNS' | 'EMAIL', random: Random, existing: DomainValidation[]): DomainValidation {
  const base = baseDomain(domain);
  const twin = existing.find((v) => baseDomain(v.DomainName) === base && v.ResourceRecord);
  const v: DomainValidation = { DomainName: domain, ValidationDomain: domain, ValidationStatus: 'PENDING_VALIDATION', ValidationMethod: method };
  if (method === 'DNS') {
    v.ResourceRecord = twin?.ResourceRecord ?? {
      Name: `_${toHex(random.bytes(16))}.${base}.`,
      Type: 'CNAME',
      Value: `_${toHex(random.bytes(16))}.${toHex(random.bytes(5))}.acm-validations.aws.`,
    };
  } else {
    const apex = base.split('.').slice(-2).join('.');
    v.ValidationDomain = base;
    v.ValidationEmails = ['admin', 'administrator', 'hostmaster', 'postmaster', 'webmaster'].map((u) => `${u}@${apex}`);
  }
  return v;
}

/** True when the hosted zone holds the validation's CNAME with the right value. */
export function recordInPlace(acm: AcmState, v: DomainValidation): boolean {
  if (!v.ResourceRecord) return false;
  const r = own(acm.hostedZone, v.ResourceRecord.Name.toLowerCase());
  return !!r && r.Type === 'CNAME' && r.Value.toLowerCase().replace(/\.?$/, '.') === v.ResourceRecord.Value.toLowerCase();
}

/** Whether `pattern` (a certificate name, possibly `*.x`) covers `host`, as TLS matches wildcards: one label only. */
export function nameCovers(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!p.startsWith('*.')) return p === h;
  const rest = h.split('.');
  return rest.length > 2 - 1 && rest.slice(1).join('.') === p.slice(2) && rest[0] !== '';
}
