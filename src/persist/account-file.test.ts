/**
 * The learner's export file through the real engine: configuration round trip, no key material or
 * credential in the text, new material on import (old ciphertexts fail, new ones work), and every
 * rejection with its reason.
 *
 * Over 300 lines: the rejections are one table of cases against the same file format.
 */
import { describe, expect, it } from 'vitest';
import { createCloud, type Cloud } from '@/cloud';
import { accountConfiguration } from '@/cloud/account-config';
import { SimulatedClock } from '@/core/clock';
import { fromUtf8, utf8 } from '@/core/bytes';
import { isAwsError } from '@/core';
import { exportAccountFile, importAccountFile, type AccountImport, type ImportError } from './account-file';

const START = Date.UTC(2026, 2, 1);
const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }] });
/** The parts this module does not own pass through checks the caller gives; here, simple ones. */
const checks = {
  terminalHome: (v: unknown) =>
    typeof v === 'object' && v !== null && 'files' in v ? { ok: true as const, value: v } : { ok: false as const, reason: 'it has no files.' },
  progress: (v: unknown) =>
    typeof v === 'object' && v !== null && 'labs' in v ? { ok: true as const, value: v } : { ok: false as const, reason: 'it has no labs.' },
};
const HOME = { files: { 'notes.txt': 'aGVsbG8=' } };
const PROGRESS = { labs: { 'create-key': true } };

async function account() {
  const cloud = createCloud({ clock: new SimulatedClock(START) });
  const call = (service: 'kms' | 'iam', operation: string, input: Record<string, unknown> = {}, region = 'us-east-1') =>
    cloud.call({ service, operation, input, region });
  await call('iam', 'CreateUser', { UserName: 'alice' });
  await call('iam', 'CreateGroup', { GroupName: 'auditors' });
  await call('iam', 'AddUserToGroup', { UserName: 'alice', GroupName: 'auditors' });
  await call('iam', 'PutUserPolicy', { UserName: 'alice', PolicyName: 'decrypt', PolicyDocument: POLICY });
  await call('iam', 'AttachUserPolicy', { UserName: 'alice', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });
  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  });
  await call('iam', 'CreateRole', { RoleName: 'app-server', AssumeRolePolicyDocument: trust, Description: 'web tier', MaxSessionDuration: 7200 });
  await call('iam', 'AttachRolePolicy', { RoleName: 'app-server', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });
  const { AccessKey } = await call('iam', 'CreateAccessKey', { UserName: 'alice' });
  const { KeyMetadata: k1 } = await call('kms', 'CreateKey', { Description: 'payroll', Tags: [{ TagKey: 'team', TagValue: 'hr' }] });
  await call('kms', 'CreateAlias', { AliasName: 'alias/payroll', TargetKeyId: k1.KeyId });
  await call('kms', 'EnableKeyRotation', { KeyId: k1.KeyId, RotationPeriodInDays: 180 });
  const { KeyMetadata: k2 } = await call('kms', 'CreateKey', { Description: 'old' }, 'eu-west-1');
  await call('kms', 'ScheduleKeyDeletion', { KeyId: k2.KeyId, PendingWindowInDays: 7 }, 'eu-west-1');
  const { KeyMetadata: k3 } = await call('kms', 'CreateKey', { Origin: 'EXTERNAL', Description: 'byok' });
  await cloud.call({
    service: 'route53',
    operation: 'ChangeResourceRecordSets',
    input: {
      HostedZoneId: 'Z0KMSLABEXAMPLE',
      ChangeBatch: {
        Changes: [{ Action: 'CREATE', ResourceRecordSet: { Name: 'www.example.com', Type: 'A', TTL: 300, ResourceRecords: [{ Value: '192.0.2.1' }] } }],
      },
    },
  });
  await cloud.call({ service: 'acm', operation: 'RequestCertificate', input: { DomainName: 'www.example.com', ValidationMethod: 'DNS' } });
  const { CiphertextBlob } = await call('kms', 'Encrypt', { KeyId: 'alias/payroll', Plaintext: utf8('salary.csv') });
  return {
    cloud,
    call,
    secret: AccessKey.SecretAccessKey as string,
    k1: k1.KeyId as string,
    k2: k2.KeyId as string,
    k3: k3.KeyId as string,
    blob: CiphertextBlob as Uint8Array,
  };
}

const exported = (cloud: Cloud) => exportAccountFile({ state: cloud.snapshot(), terminalHome: HOME, progress: PROGRESS, now: new Date(START) });
async function importInto(text: string): Promise<{ cloud: Cloud; plan: AccountImport<unknown, unknown> }> {
  const cloud = createCloud();
  const plan = await importAccountFile(text, checks, { random: cloud.random });
  if (!plan.ok) throw new Error(plan.reason);
  cloud.restore(plan.state);
  return { cloud, plan };
}
const rejected = async (text: string) => (await importAccountFile(text, checks, { random: createCloud().random })) as ImportError;

describe('exportAccountFile / importAccountFile', () => {
  it('carries the configuration: users, groups, policies, keys, aliases, rotation, tags, deletion, the date, home and progress', async () => {
    const a = await account();
    const events = a.cloud.state.trail.length;
    const { cloud, plan } = await importInto(exported(a.cloud));
    expect(cloud.state.trail).toEqual([]); // the event history is not carried
    const before = accountConfiguration(a.cloud.snapshot());
    const after = accountConfiguration(cloud.snapshot());
    // Everything but alice's access key (never exported) and the event history comes back as it was.
    expect(after.kms).toEqual(before.kms);
    expect(after.iam.groups).toEqual(before.iam.groups);
    expect(after.dns).toEqual(before.dns);
    expect(Object.values(after.dns).map((r) => r.Value)).toContain('192.0.2.1');
    expect(after.iam.roles).toEqual(before.iam.roles);
    expect(after.iam.roles['app-server']).toMatchObject({
      description: 'web tier',
      maxSessionDuration: 7200,
      attachedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
    });
    expect({ ...after.iam.users.alice, accessKeys: [] }).toEqual({ ...before.iam.users.alice, accessKeys: [] });
    expect(after.iam.users.alice!.accessKeys).toEqual([]);
    expect(after.iam.users['lab-admin']).toEqual(before.iam.users['lab-admin']);
    expect(cloud.clock.nowMs()).toBe(a.cloud.clock.nowMs());
    expect(plan.terminalHome).toEqual(HOME);
    expect(plan.progress).toEqual(PROGRESS);
    // And the API says so, as a learner would check.
    const call = (service: 'kms' | 'iam', operation: string, input: Record<string, unknown>, region = 'us-east-1') =>
      cloud.call({ service, operation, input, region });
    expect((await call('kms', 'GetKeyRotationStatus', { KeyId: a.k1 })).RotationPeriodInDays).toBe(180);
    expect((await call('kms', 'ListResourceTags', { KeyId: a.k1 })).Tags).toEqual([{ TagKey: 'team', TagValue: 'hr' }]);
    expect((await call('kms', 'DescribeKey', { KeyId: 'alias/payroll' })).KeyMetadata.KeyId).toBe(a.k1);
    const deletion = (await a.call('kms', 'DescribeKey', { KeyId: a.k2 }, 'eu-west-1')).KeyMetadata.DeletionDate;
    expect((await call('kms', 'DescribeKey', { KeyId: a.k2 }, 'eu-west-1')).KeyMetadata).toMatchObject({ KeyState: 'PendingDeletion', DeletionDate: deletion });
    expect((await call('iam', 'GetUserPolicy', { UserName: 'alice', PolicyName: 'decrypt' })).PolicyDocument).toBeTruthy();
    expect((await call('iam', 'GetGroup', { GroupName: 'auditors' })).Users.map((u: { UserName: string }) => u.UserName)).toEqual(['alice']);
    expect(plan.notCarried.events).toBe(events);
  });

  it('never writes key material or credentials into the file', async () => {
    const a = await account();
    const text = exported(a.cloud);
    for (const field of [
      '"materials"',
      '"raw"',
      '"key":',
      '"importTokens"',
      '"privateKey"',
      '"secretAccessKey"',
      '"keyStorePassword"',
      '"currentMaterialId"',
      'CryptoKey',
      'PRIVATE KEY',
      'privateKeyPem',
    ])
      expect(text).not.toContain(field);
    expect(text).not.toContain(a.secret);
    // The key material itself: the material ids of the ciphertext's key are not in the file either.
    for (const m of a.cloud.state.kms['us-east-1']!.keys[a.k1]!.materials) expect(text).not.toContain(m.id);
  });

  it('gives every key new material: the old ciphertext fails with InvalidCiphertextException, new ones work', async () => {
    const a = await account();
    const { cloud, plan } = await importInto(exported(a.cloud));
    const err = await cloud.call({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob: a.blob } }).catch((e) => e);
    expect(isAwsError(err) && err.code).toBe('InvalidCiphertextException');
    // The same blob still decrypts in the account it came from: the material, not the blob, changed.
    expect(fromUtf8((await a.cloud.call({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob: a.blob } })).Plaintext)).toBe('salary.csv');
    const { CiphertextBlob } = await cloud.call({ service: 'kms', operation: 'Encrypt', input: { KeyId: 'alias/payroll', Plaintext: utf8('new') } });
    expect(fromUtf8((await cloud.call({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob } })).Plaintext)).toBe('new');
    expect(plan.changes.newMaterial.map((k) => k.keyId).sort()).toEqual([a.k1, a.k2].sort());
    expect(plan.summary[0]).toBe(
      '2 keys got new key material: ciphertexts made before the export will not decrypt (InvalidCiphertextException). That is the lesson: KMS key material never leaves AWS, not even in a backup.',
    );
    expect(plan.summary).toContain(
      `1 access key (${a.cloud.state.iam.users.alice!.accessKeys[0]!.accessKeyId} of alice) was not recreated: a secret access key is a credential and, like key material, is never exported. Create new access keys.`,
    );
    // The EXTERNAL key had no material and stays PendingImport, without any.
    expect(cloud.state.kms['us-east-1']!.keys[a.k3]).toMatchObject({ keyState: 'PendingImport', materials: [] });
    // The pending certificate comes back as it was, waiting for its DNS record: nothing to re-issue.
    expect(Object.keys(plan.notCarried)).toEqual(['events']);
    expect(Object.values(cloud.state.acm!.regions['us-east-1']!.certificates)).toMatchObject([{ domainName: 'www.example.com', status: 'PENDING_VALIDATION' }]);
    expect(plan.changes.certificatesReissued).toEqual([]);
    expect(plan.summary.join(' ')).not.toMatch(/certificate/);
  });

  it('gives certificates and private CAs new key pairs, names imported certificates to import again, and says so', async () => {
    const cloud = createCloud({ clock: new SimulatedClock(START) });
    const call = (service: 'acm' | 'acm-pca' | 'elbv2', operation: string, input: Record<string, unknown>) => cloud.call({ service, operation, input });
    const config = { KeyAlgorithm: 'EC_prime256v1', SigningAlgorithm: 'SHA256WITHECDSA', Subject: { CommonName: 'Corp Root' } };
    const { CertificateAuthorityArn } = await call('acm-pca', 'CreateCertificateAuthority', {
      CertificateAuthorityType: 'ROOT',
      CertificateAuthorityConfiguration: config,
    });
    const { CertificateArn: priv } = await call('acm', 'RequestCertificate', {
      DomainName: 'api.corp.example',
      CertificateAuthorityArn,
      KeyAlgorithm: 'EC_prime256v1',
    });
    // A certificate of the learner's own, imported with its key: here, one the private CA issued and ACM exported.
    const out = await call('acm', 'ExportCertificate', { CertificateArn: priv, Passphrase: utf8('pass phrase') });
    const key = cloud.state.acm!.regions['us-east-1']!.certificates[priv.split('/')[1]]!.privateKeyPem!;
    const { CertificateArn: imported } = await call('acm', 'ImportCertificate', { Certificate: utf8(out.Certificate), PrivateKey: utf8(key) });
    const lb = (await call('elbv2', 'CreateLoadBalancer', { Name: 'web' })).LoadBalancers[0].LoadBalancerArn;
    const listener = (
      await call('elbv2', 'CreateListener', { LoadBalancerArn: lb, Protocol: 'HTTPS', Port: 443, Certificates: [{ CertificateArn: imported }] })
    ).Listeners[0].ListenerArn;
    const text = exported(cloud);
    for (const secret of ['PRIVATE KEY', 'privateKeyPem', key.split('\n')[1]!]) expect(text).not.toContain(secret);
    const { cloud: after, plan } = await importInto(text);
    expect(plan.summary.slice(0, 4)).toEqual([
      '1 private CA (CN=Corp Root) got a new key pair and a new self-signed CA certificate (same subject and validity, new serial): give the new CA certificate to whatever trusted the old one.',
      `1 certificate (api.corp.example (${priv})) was re-issued with a new key pair (same names and validity, new serial), as ACM renewal does: the public key changed, so clients pinning the old key will reject it, and a copy exported before is no longer the one in ACM.`,
      `1 imported certificate (api.corp.example (${imported})) was not recreated: its private key is yours, and neither ACM nor KMS Lab ever exports it. Import it again (ImportCertificate).`,
      `1 resource that used an imported certificate was not recreated either (load balancer listener ${listener}): create it again once the certificate is imported.`,
    ]);
    expect((await after.call({ service: 'acm', operation: 'GetCertificate', input: { CertificateArn: priv } })).Certificate).not.toBe(out.Certificate);
    expect((await after.call({ service: 'acm', operation: 'DescribeCertificate', input: { CertificateArn: priv } })).Certificate).toMatchObject({
      Status: 'ISSUED',
      CertificateAuthorityArn,
    });
  });

  it('reads a file written before certificates were carried, and still says what it left out', async () => {
    const file = JSON.parse(exported((await account()).cloud));
    delete file.account.acm;
    file.account.notCarried = { ...file.account.notCarried, certificates: 1, privateCas: 0 };
    const { cloud, plan } = await importInto(JSON.stringify(file));
    expect(plan.summary).toContain('1 certificate and 0 private CAs were not exported: their private keys are key material too. Request or issue them again.');
    expect(cloud.state.acm?.regions ?? {}).toEqual({});
  });

  describe('rejects, with the reason', () => {
    it('a file that is not JSON, with where', async () => {
      expect(await rejected('hello')).toMatchObject({ kind: 'not-json', reason: expect.stringMatching(/^The file is not valid JSON: Unexpected token 'h'/) });
      expect(await rejected('{"format": "kms-lab-export"}}')).toMatchObject({ kind: 'not-json', reason: expect.stringContaining('at line 1, column 29') });
    });

    it('a file truncated at any point', async () => {
      const text = exported((await account()).cloud);
      for (const cut of [1, 40, Math.floor(text.length / 3), Math.floor(text.length / 2), text.length - 2, text.length - 1]) {
        const r = await rejected(text.slice(0, cut));
        expect(r, `cut at ${cut}`).toMatchObject({
          ok: false,
          kind: 'truncated',
          reason: `The file is incomplete: it ends before its JSON does (after ${cut} characters). It was probably cut off while downloading or copying; export it again.`,
        });
      }
    });

    it('foreign JSON and other formats', async () => {
      expect((await rejected('[1, 2]')).reason).toBe('The file is JSON, but not a KMS Lab export: it has no "format": "kms-lab-export".');
      expect((await rejected('{"Version": "2012-10-17", "Statement": []}')).kind).toBe('foreign');
      expect((await rejected('{"format": "terraform-state"}')).reason).toBe(
        'The file is not a KMS Lab export: its format is "terraform-state", not "kms-lab-export".',
      );
      expect((await rejected('{"format": "kms-lab-progress", "version": 1}')).reason).toBe(
        'The file is a KMS Lab progress file (import it on the Learning path or the Drills page), not an export of your whole lab.',
      );
    });

    it('a newer version', async () => {
      const file = JSON.parse(exported((await account()).cloud));
      expect(await rejected(JSON.stringify({ ...file, version: 2 }))).toMatchObject({
        kind: 'newer-version',
        reason:
          'The file was written by a newer version of KMS Lab (file version 2; this one reads up to version 1). Update KMS Lab (reload the page) and try again.',
      });
    });

    it('a date that is not one, or out of any sane range (a clock of 1e300 once left the app blank)', async () => {
      const a = await account();
      const file = JSON.parse(exported(a.cloud));
      const variant = (f: (x: any) => void) => {
        const copy = structuredClone(file);
        f(copy);
        return rejected(JSON.stringify(copy));
      };
      const range = 'must be a date between 1970-01-01 and 9999-12-31 (epoch milliseconds)';
      expect((await variant((x) => (x.account.clockMs = 1e300))).reason).toBe(`The file's account configuration is not valid: account.clockMs ${range}.`);
      expect((await variant((x) => (x.account.clockMs = -1))).reason).toContain(`account.clockMs ${range}`);
      expect((await variant((x) => (x.account.kms['us-east-1'].keys[a.k1].creationMs = 253402300800000))).reason).toContain(`.creationMs ${range}`);
      expect((await variant((x) => (x.account.iam.users.alice.createDate = 1e20))).reason).toContain(`account.iam.users["alice"].createDate ${range}`);
    });

    it('one invalid or missing part, naming it and what is wrong', async () => {
      const a = await account();
      const file = JSON.parse(exported(a.cloud));
      const variant = (f: (x: any) => void) => {
        const copy = structuredClone(file);
        f(copy);
        return rejected(JSON.stringify(copy));
      };
      const key = (x: any) => x.account.kms['us-east-1'].keys[a.k1];
      expect(await variant((x) => delete x.progress)).toMatchObject({
        kind: 'missing-part',
        part: 'progress',
        reason: 'The file has no lab and drill progress ("progress" is missing).',
      });
      expect(await variant((x) => (key(x).policy = '{"Statement": 5}'))).toMatchObject({
        part: 'account',
        reason: expect.stringContaining(`account.kms["us-east-1"].keys["${a.k1}"].policy is not a valid policy`),
      });
      expect((await variant((x) => (key(x).rotation.periodDays = 30))).reason).toBe(
        `The file's account configuration is not valid: account.kms["us-east-1"].keys["${a.k1}"].rotation is not valid: 1 validation error detected: Value '30' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value greater than or equal to 90.`,
      );
      expect((await variant((x) => (key(x).materials = [{ raw: 'AAAA' }]))).reason).toContain('holds key material, which a KMS Lab export never contains');
      expect(
        (await variant((x) => (x.account.kms['us-east-1'].aliases['alias/payroll'].targetKeyId = 'b0b0b0b0-0000-4000-8000-000000000000'))).reason,
      ).toContain('.targetKeyId names a key that is not in the file');
      expect((await variant((x) => (x.account.iam.users.alice.groups = ['nobody']))).reason).toContain(
        'account.iam.users["alice"].groups names a group "nobody" that is not in the file',
      );
      expect(await variant((x) => (x.terminalHome = { nofiles: 1 }))).toMatchObject({
        part: 'terminalHome',
        reason: "The file's CloudShell home directory is not valid: it has no files.",
      });
      expect((await variant((x) => (x.account.iam.users = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`u${i}`, {}]))))).reason).toBe(
        "The file's account configuration is not valid: account.iam.users has more than 5000 entries.",
      );
      expect(await variant((x) => (x.progress = {}))).toMatchObject({
        part: 'progress',
        reason: "The file's lab and drill progress is not valid: it has no labs.",
      });
      const cert = (x: any) => Object.values(x.account.acm.regions['us-east-1'].certificates)[0] as Record<string, unknown>;
      expect(await variant((x) => (cert(x).privateKeyPem = '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----'))).toMatchObject({
        part: 'account',
        reason: expect.stringMatching(
          /^The file's account configuration is not valid: account\.acm\.regions\["us-east-1"\]\.certificates\["[0-9a-f-]{36}"\]\.privateKeyPem holds a private key, which a KMS Lab export never contains\.$/,
        ),
      });
      expect((await variant((x) => (cert(x).sans = ['www.example.com', 'bad name']))).reason).toMatch(
        /certificates\["[0-9a-f-]{36}"\] is not valid: 1 validation error detected: Value 'bad name' at 'subjectAlternativeNames\.1\.member' failed to satisfy constraint/,
      );
    });

    it('and touches nothing: the current account is the same after any rejection', async () => {
      const a = await account();
      const before = JSON.stringify(accountConfiguration(a.cloud.snapshot()));
      const text = exported(a.cloud);
      for (const bad of ['', 'hello', text.slice(0, 100), '{"format":"x"}', text.replace('"version": 1', '"version": 9')]) {
        expect((await importAccountFile(bad, checks, { random: a.cloud.random })).ok).toBe(false);
      }
      expect(JSON.stringify(accountConfiguration(a.cloud.snapshot()))).toBe(before);
      expect(fromUtf8((await a.cloud.call({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob: a.blob } })).Plaintext)).toBe('salary.csv');
    });
  });
});
