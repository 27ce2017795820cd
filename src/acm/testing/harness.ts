/**
 * A test harness for ACM: a fresh seeded account and short helpers.
 *   const t = acmLab();
 *   const arn = await t.request('www.example.com');
 *   await t.createValidationRecords(arn);        // -> ISSUED
 *   await t.hours(72);
 */
import { expect } from 'vitest';
import { AwsError, SimulatedClock, seededRandom } from '@/core';
import type { ServiceName } from '@/cloud';
import { createCloud, type Cloud } from '@/cloud';
import type { Principal } from '@/iam/model';
import { principalForUser } from '@/iam/state';
import { HOSTED_ZONE_ID } from '@/acm/usage/route53';

export function acmLab(seed = 7, start = Date.UTC(2026, 0, 1)) {
  const cloud: Cloud = createCloud({ clock: new SimulatedClock(start), random: seededRandom(seed) });
  const call = <O = any>(service: ServiceName, operation: string, input: Record<string, unknown> = {}, o: { region?: string; as?: Principal } = {}) =>
    cloud.call<O>({ service, operation, input, region: o.region ?? 'us-east-1', caller: o.as });
  const t = {
    cloud,
    call,
    acm: <O = any>(operation: string, input: Record<string, unknown> = {}, region = 'us-east-1') => call<O>('acm', operation, input, { region }),
    async expectError(p: Promise<unknown>, code: string, message?: string | RegExp): Promise<AwsError> {
      const e = await p.then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e, `expected ${code}`).toBeInstanceOf(AwsError);
      const err = e as AwsError;
      expect(err.code).toBe(code);
      if (typeof message === 'string') expect(err.message).toBe(message);
      else if (message) expect(err.message).toMatch(message);
      return err;
    },
    async request(
      domain: string,
      o: { region?: string; sans?: string[]; method?: 'DNS' | 'EMAIL'; keyAlgorithm?: string; exportable?: boolean } = {},
    ): Promise<string> {
      const input: Record<string, unknown> = { DomainName: domain, ValidationMethod: o.method ?? 'DNS' };
      if (o.sans) input.SubjectAlternativeNames = o.sans;
      if (o.keyAlgorithm) input.KeyAlgorithm = o.keyAlgorithm;
      if (o.exportable) input.Options = { Export: 'ENABLED' };
      return (await t.acm('RequestCertificate', input, o.region)).CertificateArn;
    },
    describe: async (arn: string) => (await t.acm('DescribeCertificate', { CertificateArn: arn }, arn.split(':')[3])).Certificate,
    /** What the console's "Create records in Route 53" does: UPSERT each validation CNAME. */
    async createValidationRecords(arn: string) {
      const c = await t.describe(arn);
      const seen = new Set<string>();
      const Changes = c.DomainValidationOptions.filter((v: any) => v.ResourceRecord && !seen.has(v.ResourceRecord.Name) && seen.add(v.ResourceRecord.Name)).map(
        (v: any) => ({
          Action: 'UPSERT',
          ResourceRecordSet: { Name: v.ResourceRecord.Name, Type: 'CNAME', TTL: 300, ResourceRecords: [{ Value: v.ResourceRecord.Value }] },
        }),
      );
      return call('route53', 'ChangeResourceRecordSets', { HostedZoneId: HOSTED_ZONE_ID, ChangeBatch: { Changes } });
    },
    async issued(domain: string, o: { region?: string; sans?: string[]; exportable?: boolean } = {}) {
      const arn = await t.request(domain, o);
      await t.createValidationRecords(arn);
      return arn;
    },
    async privateCa(region = 'us-east-1', keyAlgorithm = 'RSA_2048') {
      const SigningAlgorithm = keyAlgorithm === 'RSA_2048' ? 'SHA256WITHRSA' : keyAlgorithm === 'EC_secp384r1' ? 'SHA384WITHECDSA' : 'SHA256WITHECDSA';
      const out = await call(
        'acm-pca',
        'CreateCertificateAuthority',
        {
          CertificateAuthorityType: 'ROOT',
          CertificateAuthorityConfiguration: {
            KeyAlgorithm: keyAlgorithm,
            SigningAlgorithm,
            Subject: { CommonName: 'Lab Root CA', Organization: 'KMS Lab', Country: 'US' },
          },
        },
        { region },
      );
      return out.CertificateAuthorityArn as string;
    },
    hours: (n: number) => cloud.clock.advanceHours(n),
    days: (n: number) => cloud.clock.advanceDays(n),
    async user(name: string, policies: string[] = []) {
      await call('iam', 'CreateUser', { UserName: name });
      for (const p of policies) await call('iam', 'AttachUserPolicy', { UserName: name, PolicyArn: `arn:aws:iam::aws:policy/${p}` });
      return principalForUser(cloud.state.iam, name)!;
    },
  };
  return t;
}
