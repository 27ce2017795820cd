/**
 * Certificate Manager through the export configuration and back, with the real engine and real
 * X.509: certificates, private CAs and the resources using them come back with their ARNs,
 * states, names and tags and NEW key pairs (the rebuilt private certificate chains to the rebuilt
 * CA, not the old one); no private key is ever in the configuration; imported certificates and
 * what used them are not recreated and are named; a broken part is refused with its path.
 */
import { describe, expect, it } from 'vitest';
import { createRootCa, issueCertificate, newSerial, parseCertificate, verifyChain } from '@/acm/crypto/x509';
import { checkPrivateKey } from '@/acm/crypto/keys';
import { acmLab } from '@/acm/testing/harness';
import { DAY_MS, utf8 } from '@/core';
import { createCloud } from './create-cloud';
import { accountConfiguration, rebuildAccount, type AccountConfig } from './account-config';
import { checkAccountConfiguration } from './account-config-check';
import { simpleDistributionConfig } from '@/cloud/cloudfront';

const START = Date.UTC(2026, 0, 1);

/** A learner's certificate made outside ACM, as `openssl` would, to import. */
async function outsideCertificate(domain: string) {
  const random = acmLab().cloud.random;
  const ca = await createRootCa({
    subject: 'CN=My Own CA',
    keyAlgorithm: 'EC_prime256v1',
    serial: newSerial(random),
    notBefore: new Date(START - DAY_MS),
    notAfter: new Date(START + 900 * DAY_MS),
  });
  const leaf = await issueCertificate({
    domains: [domain],
    keyAlgorithm: 'EC_prime256v1',
    issuerCertificatePem: ca.certificatePem,
    issuerKeyPem: ca.privateKeyPem,
    issuerKeyAlgorithm: 'EC_prime256v1',
    serial: newSerial(random),
    notBefore: new Date(START - DAY_MS),
    notAfter: new Date(START + 300 * DAY_MS),
  });
  return { Certificate: utf8(leaf.certificatePem), PrivateKey: utf8(leaf.privateKeyPem), CertificateChain: utf8(ca.certificatePem) };
}

async function account() {
  const t = acmLab(7, START);
  const caArn = await t.privateCa();
  const priv = (
    await t.acm('RequestCertificate', {
      DomainName: 'api.internal.example',
      SubjectAlternativeNames: ['admin.internal.example'],
      CertificateAuthorityArn: caArn,
      Tags: [{ Key: 'team', Value: 'platform' }],
    })
  ).CertificateArn as string;
  const pub = await t.issued('www.example.com', { sans: ['*.example.com'] });
  const pending = await t.request('shop.example.org', { region: 'eu-west-1', method: 'DNS' });
  const imported = (await t.acm('ImportCertificate', { ...(await outsideCertificate('legacy.example.net')), Tags: [{ Key: 'owner', Value: 'me' }] }))
    .CertificateArn as string;
  const legacySite = (
    await t.call('cloudfront', 'CreateDistribution', {
      DistributionConfig: {
        ...simpleDistributionConfig({ callerReference: 'r2', origin: 'old.example.net' }),
        ViewerCertificate: { ACMCertificateArn: imported },
      },
    })
  ).Distribution.Id as string;
  const { Distribution } = await t.call('cloudfront', 'CreateDistribution', {
    DistributionConfig: {
      ...simpleDistributionConfig({ callerReference: 'r1', origin: 'bucket.s3.amazonaws.com', aliases: ['www.example.com'] }),
      ViewerCertificate: { ACMCertificateArn: pub },
    },
  });
  const lb = (await t.call('elbv2', 'CreateLoadBalancer', { Name: 'web' })).LoadBalancers[0].LoadBalancerArn as string;
  const kept = (await t.call('elbv2', 'CreateListener', { LoadBalancerArn: lb, Protocol: 'HTTPS', Port: 443, Certificates: [{ CertificateArn: pub }] }))
    .Listeners[0].ListenerArn as string;
  const legacy = (await t.call('elbv2', 'CreateListener', { LoadBalancerArn: lb, Protocol: 'HTTPS', Port: 8443, Certificates: [{ CertificateArn: imported }] }))
    .Listeners[0].ListenerArn as string;
  await t.call('apigateway', 'CreateDomainName', { domainName: 'api.internal.example', certificateArn: priv });
  return { t, caArn, priv, pub, pending, imported, distribution: Distribution.Id as string, legacySite, lb, kept, legacy };
}

/** What the learner's file carries: the configuration through JSON, as in the file. */
const throughFile = (config: AccountConfig): unknown => JSON.parse(JSON.stringify(config));

async function rebuilt(config: unknown) {
  expect(checkAccountConfiguration(config)).toBeUndefined();
  const cloud = createCloud();
  const { state, changes } = await rebuildAccount(config as AccountConfig, { random: cloud.random });
  cloud.restore(state);
  return {
    cloud,
    changes,
    call: (service: 'acm' | 'acm-pca' | 'elbv2', operation: string, input: Record<string, unknown>, region = 'us-east-1') =>
      cloud.call({ service, operation, input, region }),
  };
}

describe('Certificate Manager in the account configuration', () => {
  it('carries certificates, private CAs and their users with ARNs, states, names and tags, and no private key', async () => {
    const a = await account();
    const before = accountConfiguration(a.t.cloud.snapshot());
    const text = JSON.stringify(before);
    for (const secret of ['PRIVATE KEY', 'privateKeyPem', 'BEGIN CERTIFICATE', 'certificatePem', 'amazonCa']) expect(text).not.toContain(secret);
    expect(Object.keys(before.acm!.regions['us-east-1']!.certificates)).toHaveLength(3);

    const { cloud, changes, call } = await rebuilt(throughFile(before));
    const after = accountConfiguration(cloud.snapshot());
    // Everything comes back as it was, but the imported certificate and the listener that used it.
    const expected = structuredClone(before.acm!);
    delete expected.regions['us-east-1']!.certificates[a.imported.split('/')[1]!];
    delete expected.usage.listeners[a.legacy];
    delete expected.usage.distributions[a.legacySite];
    expect(expected.usage.distributions[a.distribution]).toBeDefined();
    expect(after.acm).toEqual(expected);
    expect(after.acm!.usage.loadBalancers[a.lb]).toBeDefined();
    expect(after.acm!.regions['eu-west-1']!.certificates[a.pending.split('/')[1]!]).toMatchObject({
      status: 'PENDING_VALIDATION',
      validations: [{ ValidationStatus: 'PENDING_VALIDATION', ResourceRecord: { Type: 'CNAME' } }],
    });

    expect(changes.privateCasRekeyed).toEqual([{ region: 'us-east-1', arn: a.caArn, name: 'C=US, O=KMS Lab, CN=Lab Root CA' }]);
    expect(changes.certificatesReissued.map((c) => c.arn).sort()).toEqual([a.priv, a.pub].sort());
    expect(changes.certificatesToImportAgain).toEqual([{ region: 'us-east-1', arn: a.imported, domainName: 'legacy.example.net', type: 'IMPORTED' }]);
    expect(changes.resourcesDropped).toEqual([
      { kind: 'CloudFront distribution', name: a.legacySite, certificateArn: a.imported },
      { kind: 'load balancer listener', name: a.legacy, certificateArn: a.imported },
    ]);

    // Through the engine, as a learner would look.
    const old = { describe: (arn: string) => a.t.describe(arn) };
    for (const arn of [a.priv, a.pub]) {
      const was = await old.describe(arn);
      const now = (await call('acm', 'DescribeCertificate', { CertificateArn: arn })).Certificate;
      expect(now).toMatchObject({
        Status: 'ISSUED',
        Type: was.Type,
        DomainName: was.DomainName,
        SubjectAlternativeNames: was.SubjectAlternativeNames,
        NotBefore: was.NotBefore,
        NotAfter: was.NotAfter,
        IssuedAt: was.IssuedAt,
        InUseBy: was.InUseBy,
        Issuer: was.Issuer,
      });
      expect(now.Serial).not.toBe(was.Serial);
    }
    expect((await call('acm', 'ListTagsForCertificate', { CertificateArn: a.priv })).Tags).toEqual([{ Key: 'team', Value: 'platform' }]);
    const ca = (await call('acm-pca', 'DescribeCertificateAuthority', { CertificateAuthorityArn: a.caArn })).CertificateAuthority;
    const oldCa = (await a.t.call('acm-pca', 'DescribeCertificateAuthority', { CertificateAuthorityArn: a.caArn })).CertificateAuthority;
    expect({ ...ca, Serial: 'x' }).toEqual({ ...oldCa, Serial: 'x' });
    expect(ca.Serial).not.toBe(oldCa.Serial);
    await expect(call('acm', 'DescribeCertificate', { CertificateArn: a.imported })).rejects.toMatchObject({ code: 'ResourceNotFoundException' });
    expect((await call('elbv2', 'DescribeListeners', { LoadBalancerArn: a.lb })).Listeners.map((l: { ListenerArn: string }) => l.ListenerArn)).toEqual([
      a.kept,
    ]);
  });

  it('gives new key pairs: the private certificate chains to the rebuilt CA only, and its public key changed', async () => {
    const a = await account();
    const { call } = await rebuilt(throughFile(accountConfiguration(a.t.cloud.snapshot())));
    const pem = async (c: typeof call, arn: string) => (await c('acm', 'GetCertificate', { CertificateArn: arn })).Certificate as string;
    const caPem = async (c: typeof call) =>
      (await c('acm-pca', 'GetCertificateAuthorityCertificate', { CertificateAuthorityArn: a.caArn })).Certificate as string;
    const oldCall: typeof call = (service, operation, input, region = 'us-east-1') => a.t.call(service, operation, input, { region });
    const [cert, ca, oldCert, oldCa] = [await pem(call, a.priv), await caPem(call), await pem(oldCall, a.priv), await caPem(oldCall)];
    await verifyChain(cert, ca);
    await expect(verifyChain(cert, oldCa)).rejects.toThrow('Could not validate the certificate with the certificate chain.');
    await expect(verifyChain(oldCert, ca)).rejects.toThrow('Could not validate the certificate with the certificate chain.');
    const [now, was] = [await parseCertificate(cert), await parseCertificate(oldCert)];
    expect(now.spkiJwk).not.toEqual(was.spkiJwk);
    expect({ ...now, serial: '', spkiJwk: {} }).toEqual({ ...was, serial: '', spkiJwk: {} });
    // The public certificate too: a new key, signed by the (new) simulated public CA in the chain.
    const pub = await call('acm', 'GetCertificate', { CertificateArn: a.pub });
    await verifyChain(pub.Certificate, pub.CertificateChain);
    expect((await parseCertificate(pub.Certificate)).spkiJwk).not.toEqual((await parseCertificate(await pem(oldCall, a.pub))).spkiJwk);
  });

  it('leaves a working account: the new private key matches, the CA issues and renews, a private certificate exports', async () => {
    const a = await account();
    const { cloud, call } = await rebuilt(throughFile(accountConfiguration(a.t.cloud.snapshot())));
    const cert = cloud.state.acm!.regions['us-east-1']!.certificates[a.priv.split('/')[1]!]!;
    await checkPrivateKey(cert.privateKeyPem!, (await parseCertificate(cert.certificatePem!)).spkiJwk);
    const arn = (await call('acm', 'RequestCertificate', { DomainName: 'db.internal.example', CertificateAuthorityArn: a.caArn })).CertificateArn;
    const issued = await call('acm', 'GetCertificate', { CertificateArn: arn });
    await verifyChain(issued.Certificate, issued.CertificateChain);
    await call('acm', 'RenewCertificate', { CertificateArn: a.priv });
    expect((await call('acm', 'ExportCertificate', { CertificateArn: a.priv, Passphrase: utf8('correct horse') })).PrivateKey).toMatch(
      /^-----BEGIN ENCRYPTED PRIVATE KEY-----/,
    );
  });

  it('keeps the status of a certificate that expired, with a certificate to get', async () => {
    const a = await account();
    const config = throughFile(accountConfiguration(a.t.cloud.snapshot())) as AccountConfig;
    config.acm!.regions['us-east-1']!.certificates[a.pub.split('/')[1]!]!.status = 'EXPIRED';
    const { call } = await rebuilt(config);
    expect((await call('acm', 'DescribeCertificate', { CertificateArn: a.pub })).Certificate.Status).toBe('EXPIRED');
    expect((await call('acm', 'GetCertificate', { CertificateArn: a.pub })).Certificate).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });

  it('reads a file written before certificates were carried, and an account without any', async () => {
    const config = throughFile(accountConfiguration(createCloud().snapshot())) as AccountConfig;
    expect(config.acm).toEqual({ regions: {}, usage: { distributions: {}, loadBalancers: {}, listeners: {}, domainNames: {} } });
    const { cloud, changes } = await rebuilt({ ...config, acm: undefined, notCarried: { certificates: 2, privateCas: 1, events: 0 } });
    expect(cloud.state.acm).toBeUndefined();
    expect(changes.certificatesReissued).toEqual([]);
  });
});

describe('a broken Certificate Manager part is refused, naming where', () => {
  const cases: [string, (c: any, a: Awaited<ReturnType<typeof account>>) => void, string][] = [
    [
      'a private key in a certificate',
      (c, a) => (cert(c, a.priv).privateKeyPem = 'x'),
      `account.acm.regions["us-east-1"].certificates["<priv>"].privateKeyPem holds a private key, which a KMS Lab export never contains`,
    ],
    [
      'a PEM private key anywhere',
      (c, a) => (cert(c, a.priv).tags[0].Value = '-----BEGIN RSA PRIVATE KEY-----'),
      `account.acm.regions["us-east-1"].certificates["<priv>"].tags[0].Value holds a private key, which a KMS Lab export never contains`,
    ],
    [
      'a domain name RequestCertificate refuses',
      (c, a) => (cert(c, a.priv).domainName = 'not a domain'),
      `account.acm.regions["us-east-1"].certificates["<priv>"] is not valid: 1 validation error detected: Value 'not a domain' at 'domainName' failed to satisfy constraint`,
    ],
    [
      'a CA that is not in the file',
      (c, a) => delete c.acm.regions['us-east-1'].cas[a.caArn.split('/')[1]!],
      `account.acm.regions["us-east-1"].certificates["<priv>"].certificateAuthorityArn names a private CA that is not in the file in the certificate's Region`,
    ],
    [
      'a listener whose certificate is not in the file',
      (c, a) => (c.acm.usage.listeners[a.kept].certificateArn = a.pub.replace('us-east-1', 'us-west-2')),
      `account.acm.usage.listeners["<kept>"].certificateArn names a certificate that is not in the file`,
    ],
    [
      'a CA ARN of another id',
      (c, a) => (c.acm.regions['us-east-1'].cas[a.caArn.split('/')[1]!].arn = a.caArn.replace('us-east-1', 'eu-west-1')),
      `account.acm.regions["us-east-1"].cas["<ca>"].arn must be ${'<caArn>'}`,
    ],
    [
      'a status ACM does not have',
      (c, a) => (cert(c, a.pub).status = 'LOST'),
      `account.acm.regions["us-east-1"].certificates["<pub>"].status must be one of PENDING_VALIDATION, ISSUED, INACTIVE, EXPIRED, VALIDATION_TIMED_OUT, REVOKED, FAILED`,
    ],
  ];
  const cert = (c: any, arn: string) => c.acm.regions['us-east-1'].certificates[arn.split('/')[1]!];

  let made: ReturnType<typeof account> | undefined;
  it.each(cases)('%s', async (_, breakIt, reason) => {
    const a = await (made ??= account());
    const config: any = throughFile(accountConfiguration(a.t.cloud.snapshot()));
    breakIt(config, a);
    const id = (arn: string) => arn.split('/').pop()!;
    const expected = reason
      .replace('<priv>', id(a.priv))
      .replace('<pub>', id(a.pub))
      .replace('<kept>', a.kept)
      .replace('<ca>', id(a.caArn))
      .replace('<caArn>', a.caArn);
    expect(checkAccountConfiguration(config)).toContain(expected);
  });
});
