/**
 * What ACM does on its own as simulated time passes:
 * - a public certificate whose validation records are all in place is issued;
 * - one still PENDING_VALIDATION 72 hours after the request becomes VALIDATION_TIMED_OUT
 *   (AWS's status for "not validated within 72 hours"; the request must be made again);
 * - 60 days before expiry, managed renewal re-issues an AMAZON_ISSUED certificate whose DNS
 *   records are still in place (else RenewalStatus PENDING_VALIDATION), and a PRIVATE one
 *   while its CA is ACTIVE; imported certificates are never renewed;
 * - at NotAfter an ISSUED certificate becomes EXPIRED.
 * Email-validated certificates need a new approval to renew (not modelled: they expire).
 */
import { DAY_MS, HOUR_MS, type Random } from '@/core';
import { RENEWAL_WINDOW_DAYS, VALIDATION_TIMEOUT_HOURS, type AcmCertificate, type AcmState } from '@/acm/model/certificate';
import { issue } from '@/acm/model/issue';
import { recordInPlace } from '@/acm/model/validation';

export interface AcmServiceEvent {
  eventName: string;
  certificateArn: string;
  region: string;
  timeMs: number;
  details?: Record<string, unknown>;
}

const dnsValidated = (acm: AcmState, c: AcmCertificate) =>
  c.validationMethod === 'DNS' && c.validations.length > 0 && c.validations.every((v) => recordInPlace(acm, v));

/** Issues every pending certificate whose DNS records are all in the hosted zone, or whose emails were all approved (also called right after a Route 53 change). */
export async function issueValidated(acm: AcmState, random: Random, nowMs: number): Promise<AcmServiceEvent[]> {
  const events: AcmServiceEvent[] = [];
  for (const [region, rs] of Object.entries(acm.regions)) {
    for (const c of Object.values(rs.certificates)) {
      const approved = c.validationMethod === 'EMAIL' && c.validations.every((v) => v.ValidationStatus === 'SUCCESS');
      if (c.status !== 'PENDING_VALIDATION' || c.type !== 'AMAZON_ISSUED' || !(dnsValidated(acm, c) || approved)) continue;
      await issue(acm, c, random, nowMs);
      events.push({ eventName: 'CertificateIssued', certificateArn: c.arn, region, timeMs: nowMs });
    }
  }
  return events;
}

export async function runAcmLifecycle(acm: AcmState, random: Random, fromMs: number, toMs: number): Promise<AcmServiceEvent[]> {
  const events = await issueValidated(acm, random, fromMs);
  for (const [region, rs] of Object.entries(acm.regions)) {
    for (const c of Object.values(rs.certificates)) {
      const ev = (eventName: string, timeMs: number, details?: Record<string, unknown>) =>
        events.push({ eventName, certificateArn: c.arn, region, timeMs, details });
      if (c.status === 'PENDING_VALIDATION' && c.createdAtMs !== undefined) {
        const deadline = c.createdAtMs + VALIDATION_TIMEOUT_HOURS * HOUR_MS;
        if (deadline <= toMs) {
          c.status = 'VALIDATION_TIMED_OUT';
          for (const v of c.validations) v.ValidationStatus = 'FAILED';
          ev('CertificateValidationTimedOut', deadline);
        }
        continue;
      }
      if (c.status !== 'ISSUED' || c.notAfterMs === undefined) continue;
      const renewAt = c.notAfterMs - RENEWAL_WINDOW_DAYS * DAY_MS;
      if (c.type !== 'IMPORTED' && renewAt <= toMs && c.renewal?.RenewalStatus !== 'PENDING_VALIDATION') {
        const when = Math.max(renewAt, fromMs);
        const ca = c.certificateAuthorityArn ? Object.values(rs.cas).find((x) => x.arn === c.certificateAuthorityArn && x.status === 'ACTIVE') : undefined;
        if ((c.type === 'AMAZON_ISSUED' && dnsValidated(acm, c)) || ca) {
          await issue(acm, c, random, when, ca);
          c.renewal = { RenewalStatus: 'SUCCESS', UpdatedAtMs: when };
          ev('CertificateRenewed', when, { NotAfter: new Date(c.notAfterMs!).toISOString() });
          continue;
        }
        c.renewal = { RenewalStatus: 'PENDING_VALIDATION', UpdatedAtMs: when };
        ev('CertificateRenewalActionRequired', when);
      }
      if (c.notAfterMs <= toMs) {
        c.status = 'EXPIRED';
        if (c.renewal?.RenewalStatus === 'PENDING_VALIDATION') c.renewal = { RenewalStatus: 'FAILED', UpdatedAtMs: c.notAfterMs };
        ev('CertificateExpired', c.notAfterMs);
      }
    }
  }
  return events.sort((a, b) => a.timeMs - b.timeMs);
}
