/**
 * Exam patterns of condition keys, through CloudShell as a learner meets them: the call answers
 * as AWS would, and `why` names the condition and the request's value that decided.
 */
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ID } from '@/core';
import { shellLab } from '@/cli/testing';
import { courseSetup } from '@/cloud/testing/course-setup';
import { explainTrace } from '@/cloud/explain';

const ROOT_STATEMENT = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` },
  Action: 'kms:*',
  Resource: '*',
};
const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

/** The course's account; `outsider` gets one inline policy and runs the shell. */
async function setup(identityPolicy: object) {
  const { cloud, who } = await courseSetup();
  await cloud.call({ service: 'iam', operation: 'PutUserPolicy', input: { UserName: 'outsider', PolicyName: 'use', PolicyDocument: policy(identityPolicy) } });
  const kms = async (operation: string, input: Record<string, unknown> = {}) => cloud.call({ service: 'kms', operation, input });
  const t = {
    kms,
    createKey: async (alias?: string) => {
      const id = (await kms('CreateKey')).KeyMetadata.KeyId as string;
      if (alias) await kms('CreateAlias', { AliasName: alias, TargetKeyId: id });
      return id;
    },
    encrypt: async (KeyId: string) => (await kms('Encrypt', { KeyId, Plaintext: new TextEncoder().encode('hi') })).CiphertextBlob as Uint8Array,
  };
  const learner = who('outsider');
  return { t, learner, lab: shellLab({ cloud, caller: learner, columns: 200 }), cloud };
}

describe('condition keys in CloudShell', () => {
  it('deny unless kms:ViaService: a direct decrypt is denied by the key policy; the same call through S3 is not', async () => {
    const { t, learner, lab, cloud } = await setup({ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*' });
    const keyId = await t.createKey();
    const deny = {
      Sid: 'Only through S3',
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { StringNotEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
    };
    await t.kms('PutKeyPolicy', { KeyId: keyId, PolicyName: 'default', Policy: policy(ROOT_STATEMENT, deny) });
    const blob = Buffer.from(await t.encrypt(keyId)).toString('base64');

    const denied = await lab.exec(`aws kms decrypt --ciphertext-blob ${blob}`);
    expect(denied.status).toBe(254);
    expect(denied.stderr).toContain('with an explicit deny in a resource-based policy');
    const why = (await lab.exec('why')).stdout;
    expect(why).toContain('denies kms:Decrypt explicitly');
    expect(why).toContain('Condition StringNotEquals kms:ViaService "s3.us-east-1.amazonaws.com": met, the request has no kms:ViaService\n');

    const viaS3 = await cloud.invoke({
      service: 'kms',
      operation: 'Decrypt',
      input: { CiphertextBlob: Buffer.from(blob, 'base64') },
      caller: learner,
      invokedBy: 's3.amazonaws.com',
    });
    const [check] = explainTrace(viaS3.trace);
    expect(check!.allowed).toBe(true);
    expect(check!.unmet[0]!.conditions).toEqual([
      'StringNotEquals kms:ViaService "s3.us-east-1.amazonaws.com": not met, the request\'s kms:ViaService is "s3.us-east-1.amazonaws.com"',
    ]);
    expect(check!.summary).toContain('statement "Only through S3" would deny it, but its condition did not hold');
  });

  it('kms:EncryptionContext:<key> with a policy variable: each user encrypts only under their own tenant', async () => {
    const { t, lab } = await setup({
      Effect: 'Allow',
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:EncryptionContext:tenant': '${aws:username}' } },
    });
    const keyId = await t.createKey('alias/tenants');
    expect(
      (await lab.exec('aws kms encrypt --key-id alias/tenants --plaintext aGk= --encryption-context tenant=outsider --query KeyId --output text')).stdout,
    ).toContain(keyId);
    const denied = await lab.exec('aws kms encrypt --key-id alias/tenants --plaintext aGk= --encryption-context tenant=bob');
    expect(denied.status).toBe(254);
    expect(denied.stderr).toContain('because no identity-based policy allows the kms:Encrypt action');
    const why = (await lab.exec('why')).stdout;
    expect(why).toContain(
      'would allow it, but its condition did not hold: StringEquals kms:EncryptionContext:tenant "${aws:username}": not met, the request\'s kms:EncryptionContext:tenant is "bob"',
    );
    expect(why).toContain('Did not apply (a condition did not hold):');
  });

  it('ABAC with aws:ResourceTag: tagging a key gives access without changing any policy', async () => {
    const { t, lab } = await setup({
      Effect: 'Allow',
      Action: ['kms:Encrypt', 'kms:DescribeKey'],
      Resource: '*',
      Condition: { StringEquals: { 'aws:ResourceTag/Project': 'alpha' } },
    });
    const keyId = await t.createKey();
    const before = await lab.exec(`aws kms describe-key --key-id ${keyId}`);
    expect(before.status).toBe(254);
    expect((await lab.exec('why')).stdout).toContain('StringEquals aws:ResourceTag/Project "alpha": not met, the request has no aws:ResourceTag/Project');
    await t.kms('TagResource', { KeyId: keyId, Tags: [{ TagKey: 'Project', TagValue: 'alpha' }] });
    expect((await lab.exec(`aws kms describe-key --key-id ${keyId} --query KeyMetadata.KeyState --output text`)).stdout).toBe('Enabled\n');
    expect((await lab.exec('why')).stdout).toContain(
      'Its conditions held: StringEquals aws:ResourceTag/Project "alpha": met, the request\'s aws:ResourceTag/Project is "alpha"',
    );
  });
});
