/**
 * The course text's corrected facts hold: what the modules and labs teach is checked against
 * what the simulated account does (the same engine that follows AWS's documentation), so the
 * text cannot drift from the behaviour. Numbers in comments refer to the corrections list.
 */
import { describe, expect, it } from 'vitest';
import { createCloud, type Cloud } from '@/cloud';
import { createShell } from '@/cli';
import { DAY_MS, SimulatedClock, seededRandom } from '@/core';
import { LABS } from './catalog';
import { consolePolicy, myCmkReady } from './catalog/common';
import { COURSE_REENCRYPT } from './catalog/lab-03-cli-encrypt';
import { FAILURE_REASONS } from './catalog/lab-11-acm-cloudfront';
import { createDriver } from './driver';
import { MODULES } from './modules';
import { runCheck, setupLab } from './runner';

const decoder = new TextDecoder();
const fresh = () => createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(11) });
const lab = (id: string) => LABS.find((l) => l.id === id)!;
/** Every text the learner reads: module paragraphs, and each lab's goal, steps, hints and completion. */
const allText = [
  ...MODULES.flatMap((m) => [m.summary, ...m.sections.flatMap((s) => s.paragraphs)]),
  ...LABS.flatMap((l) => [l.goal, l.startsWith, l.completion, ...l.steps.flatMap((s) => [s.title, ...s.instructions, ...s.hints])]),
].join('\n');
const paragraph = (module: string, section: string) =>
  MODULES.find((m) => m.id === module)!
    .sections.find((s) => s.id === section)!
    .paragraphs.join('\n');

async function shellOn(cloud: Cloud) {
  const shell = createShell({ cloud, tty: false });
  const run = async (line: string) => {
    const r = await shell.run(line);
    return { status: r.status, out: decoder.decode(r.stdout).trim(), err: decoder.decode(r.stderr) };
  };
  return { shell, run };
}

describe('the course text matches what the account does', () => {
  it("1. the re-encrypt command taught writes a ciphertext that decrypts under the destination key; the course notes' form does not", async () => {
    const cloud = fresh();
    await setupLab(lab('cli-encrypt'), cloud);
    const { shell, run } = await shellOn(cloud);
    const taught = lab('cli-encrypt').steps.find((s) => s.id === 're-encrypt')!.instructions[0]!;
    expect(paragraph('kms-api-calls', 'cli-commands')).toContain(taught.replace('alias/myOtherCMK', '<key>'));
    await run(lab('cli-encrypt').steps[0]!.instructions[1]!);
    expect((await run(taught)).status).toBe(0);
    const other = (await run('aws kms describe-key --key-id alias/myOtherCMK --query KeyMetadata.Arn --output text')).out;
    expect(await run('aws kms decrypt --ciphertext-blob fileb://newencryption.txt --query KeyId --output text')).toMatchObject({ status: 0, out: other });
    expect((await run('aws kms decrypt --ciphertext-blob fileb://newencryption.txt --query Plaintext --output text | base64 --decode')).out).toMatch(
      /^Hello, Cloud Gurus\./,
    );
    await run(COURSE_REENCRYPT);
    const course = await run('aws kms decrypt --ciphertext-blob fileb://newencryption.txt');
    expect(course.status).not.toBe(0);
    expect(course.err).toContain('InvalidCiphertextException');
    // The lab's check explains the course's form when it finds such a file.
    const step = lab('cli-encrypt').steps.find((s) => s.id === 're-encrypt')!;
    const readFile = (p: string) => (p === 'newencryption.txt' ? shell.vfs.readFile(shell.vfs.resolve(shell.cwd, p)) : undefined);
    expect((await runCheck(step, cloud, { readFile })).message).toContain('newencryption.txt holds base64 of the whole JSON answer');
  });

  it("2. in the course's setup (AdministratorAccess through myKMSGroup), IAM lets myKeyUser schedule deletion and myKeyManager encrypt, as the module says", async () => {
    const cloud = fresh();
    const d = createDriver(cloud);
    const keyId = await myCmkReady(d);
    expect(JSON.parse(cloud.state.kms['us-east-1']!.keys[keyId]!.policy).Statement[0].Sid).toBe('Enable IAM User Permissions');
    await d.call('kms', 'Encrypt', { KeyId: keyId, Plaintext: new Uint8Array([1]) }, { as: 'myKeyManager' });
    await d.call('kms', 'ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 }, { as: 'myKeyUser' });
    const text = paragraph('creating-a-cmk', 'permissions');
    expect(text).toContain('myKeyUser can schedule the key');
    expect(text).toContain('myKeyManager can encrypt');
    expect(text).toContain('Enable IAM User Permissions');
    expect(allText).not.toMatch(/can manage the key but not use it/);
  });

  it('2. with least-privilege users (lab 8), the key policy alone separates the duties', async () => {
    const cloud = fresh();
    await setupLab(lab('separation-of-duties'), cloud);
    const d = createDriver(cloud);
    const keyId = d.keyIdOf('alias/sodKey');
    await expect(d.call('kms', 'Encrypt', { KeyId: keyId, Plaintext: new Uint8Array([1]) }, { as: 'myKeyManager' })).rejects.toMatchObject({
      code: 'AccessDeniedException',
    });
    await expect(d.call('kms', 'ScheduleKeyDeletion', { KeyId: keyId }, { as: 'myKeyUser' })).rejects.toMatchObject({ code: 'AccessDeniedException' });
    expect(JSON.parse(consolePolicy(['a'], ['b'])).Statement[0].Sid).toBe('Enable IAM User Permissions');
  });

  it('14. lab 4 makes one data key: the stored encrypted copy decrypts to the data key of that single call', async () => {
    const cloud = fresh();
    await setupLab(lab('data-key'), cloud);
    const { run } = await shellOn(cloud);
    const commands = lab('data-key').steps.flatMap((s) => s.instructions.filter((i) => i.startsWith('aws ')));
    for (const c of commands) expect((await run(c)).status).toBe(0);
    const generated = cloud.state.trail.filter((e) => e.eventName === 'GenerateDataKey' && !e.errorCode);
    expect(generated).toHaveLength(1);
    const plaintext = (await run('aws kms decrypt --ciphertext-blob fileb://datakey.encrypted --query Plaintext --output text')).out;
    expect(Buffer.from(plaintext, 'base64')).toHaveLength(32);
  });

  it('4. the text names every key material origin the API accepts', () => {
    const createKey = fresh()
      .operations('kms')
      .find((o) => o.name === 'CreateKey')!;
    const origins = (createKey.input as { members: Record<string, { enum?: string[] }> }).members.Origin!.enum!;
    expect(origins).toEqual(['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE']);
    for (const o of origins) {
      expect(paragraph('cmk-summary', 'key-material')).toContain(o);
      expect(lab('import-key-material').completion).toContain(o);
    }
  });

  it('5 and 18. imported material: new material for symmetric keys is taught; the import token is valid 24 hours, not single-use', async () => {
    expect(paragraph('cmk-summary', 'key-material')).toContain('NEW_KEY_MATERIAL');
    expect(allText).not.toMatch(/single-use|one-use|only that same material again/i);
    expect(allText).toMatch(/valid for 24 hours/);
    // The engine agrees: the same token imports twice (the documentation limits it by time only).
    const cloud = fresh();
    const d = createDriver(cloud);
    const { KeyMetadata } = await d.call('kms', 'CreateKey', { Origin: 'EXTERNAL' });
    const params = await d.call('kms', 'GetParametersForImport', {
      KeyId: KeyMetadata.KeyId,
      WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
      WrappingKeySpec: 'RSA_2048',
    });
    const publicKey = await crypto.subtle.importKey('spki', new Uint8Array(params.PublicKey), { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt']);
    const material = crypto.getRandomValues(new Uint8Array(32));
    const wrapped = new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, publicKey, material));
    const input = { KeyId: KeyMetadata.KeyId, ImportToken: params.ImportToken, EncryptedKeyMaterial: wrapped, ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' };
    await d.call('kms', 'ImportKeyMaterial', input);
    await d.call('kms', 'ImportKeyMaterial', input);
    await cloud.clock.advanceHours(25);
    await expect(d.call('kms', 'ImportKeyMaterial', input)).rejects.toMatchObject({ code: 'ExpiredImportTokenException' });
  });

  it('6. rotation limits: 25 on-demand rotations per key, as taught', async () => {
    expect(paragraph('key-rotation', 'current-options')).toContain('25 rotations per key');
    expect(paragraph('key-rotation', 'current-options')).toMatch(/automatic rotation works only for symmetric encryption keys whose material KMS generated/);
    const cloud = fresh();
    const d = createDriver(cloud);
    const { KeyMetadata } = await d.call('kms', 'CreateKey', {});
    for (let i = 0; i < 25; i++) {
      await d.call('kms', 'RotateKeyOnDemand', { KeyId: KeyMetadata.KeyId });
      await cloud.clock.advanceHours(1);
    }
    await expect(d.call('kms', 'RotateKeyOnDemand', { KeyId: KeyMetadata.KeyId })).rejects.toMatchObject({ code: 'LimitExceededException' });
    // Automatic rotation refuses imported material.
    const { KeyMetadata: external } = await d.call('kms', 'CreateKey', { Origin: 'EXTERNAL' });
    await expect(d.call('kms', 'EnableKeyRotation', { KeyId: external.KeyId })).rejects.toMatchObject({ code: 'UnsupportedOperationException' });
  });

  it('9. a public certificate is valid the 198 days the text says', async () => {
    const cloud = fresh();
    const d = createDriver(cloud);
    const { CertificateArn } = await d.call('acm', 'RequestCertificate', { DomainName: 'www.example.com', ValidationMethod: 'DNS' });
    const { Certificate } = await d.call('acm', 'DescribeCertificate', { CertificateArn });
    const record = Certificate.DomainValidationOptions[0].ResourceRecord;
    await d.call('route53', 'ChangeResourceRecordSets', {
      HostedZoneId: 'Z0KMSLABEXAMPLE',
      ChangeBatch: {
        Changes: [{ Action: 'UPSERT', ResourceRecordSet: { Name: record.Name, Type: 'CNAME', TTL: 300, ResourceRecords: [{ Value: record.Value }] } }],
      },
    });
    const issued = (await d.call('acm', 'DescribeCertificate', { CertificateArn })).Certificate;
    expect(issued.Status).toBe('ISSUED');
    const days = (issued.NotAfter.getTime() - issued.NotBefore.getTime()) / DAY_MS;
    expect(days).toBe(198);
    expect(paragraph('acm', 'current-acm')).toContain(`valid for ${days} days`);
    expect(paragraph('acm', 'current-acm')).toMatch(/less than 100 days from 15 March 2027, less than 47 days from 15 March 2029/);
  });

  it('11. renewal is taught with its conditions: eligibility, email approval, imported certificates', () => {
    const text = paragraph('acm', 'current-acm');
    expect(text).toMatch(/in use by an integrated service or exported/);
    expect(text).toMatch(/email-validated one waits for the domain owner/);
    expect(text).toMatch(/imported certificate is never renewed/);
    expect(lab('acm-cloudfront').completion).toMatch(/only while it is eligible/);
  });

  it('12. ACM certificates stay with integrated services unless exportable or issued through ACME; CloudFront takes requested or imported ones from us-east-1', () => {
    expect(paragraph('acm', 'what-acm-does')).toMatch(/unless it can be exported .* or you get it through ACM's ACME endpoint/);
    expect(paragraph('acm', 'what-acm-does')).not.toContain('your web applications');
    expect(paragraph('acm', 'cloudfront-us-east-1')).toContain('requested or imported in US East');
  });

  it('13. 4 KB is the limit of a symmetric key, and the text says so', async () => {
    const cloud = fresh();
    const d = createDriver(cloud);
    const { KeyMetadata } = await d.call('kms', 'CreateKey', {});
    await d.call('kms', 'Encrypt', { KeyId: KeyMetadata.KeyId, Plaintext: new Uint8Array(4096) });
    await expect(d.call('kms', 'Encrypt', { KeyId: KeyMetadata.KeyId, Plaintext: new Uint8Array(4097) })).rejects.toMatchObject({
      code: 'ValidationException',
    });
    expect(paragraph('kms-101', 'cmks-and-data-keys')).toMatch(/A symmetric CMK can encrypt at most 4 KB .*an RSA key far less/);
    expect(allText).not.toMatch(/customer managed keys are yours and encrypt up to 4 KB/);
  });

  it('15. a Failed certificate is explained by its failure reason, not by the 72-hour timeout', async () => {
    const cloud = fresh();
    const d = createDriver(cloud);
    await d.call('acm', 'RequestCertificate', { DomainName: 'www.example.com', ValidationMethod: 'DNS' });
    const cert = Object.values(cloud.state.acm!.regions['us-east-1']!.certificates)[0]!;
    Object.assign(cert, { status: 'FAILED', failureReason: 'CAA_ERROR' });
    const result = await runCheck(lab('acm-cloudfront').steps[0]!, cloud);
    expect(result.message).toContain(`Failed (CAA_ERROR: ${FAILURE_REASONS.CAA_ERROR})`);
    expect(result.message).not.toContain('72 hours');
  });

  it('16. Regions: single-Region keys stay in their Region, and multi-Region keys are named', () => {
    expect(allText).not.toMatch(/keys never cross Regions/i);
    expect(paragraph('creating-a-cmk', 'key-options')).toMatch(/Multi-Region keys exist too/);
    expect(lab('break-it').completion).toMatch(/single-Region key works only in its Region/);
  });
});
