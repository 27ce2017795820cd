import { describe, expect, it } from 'vitest';
import { courseSetup } from '@/cloud/testing/course-setup';
import { shellLab } from '@/cli/testing';

describe('why: how the last call from the shell was authorized', () => {
  it('explains an allowed call in the course setup: the root statement delegates to IAM, AdministratorAccess allows', async () => {
    const { cloud, who, keyId, keyArn } = await courseSetup();
    const lab = shellLab({ cloud, caller: who('myKeyUser'), columns: 100 });
    expect((await lab.exec(`aws kms schedule-key-deletion --key-id ${keyId} --pending-window-in-days 7`)).status).toBe(0);
    const out = (await lab.exec('why')).stdout;
    expect(out).toContain('why: a KMS Lab command, not part of AWS CloudShell or the AWS CLI.\n');
    expect(out).toContain('Last call: kms ScheduleKeyDeletion at 2026-01-01T00:00:00Z by arn:aws:iam::111122223333:user/myKeyUser; it succeeded.\n');
    expect(out).toContain(`ALLOWED  kms:ScheduleKeyDeletion on ${keyArn}\n`);
    expect(out).toContain('- Allow in Key policy, statement "Enable IAM User Permissions": allows the account');
    expect(out).toContain('- Allow in AdministratorAccess (AWS managed, attached to group myKMSGroup), statement 1:');
  });

  it('explains a denied call, ignores the console’s calls, and says when there is none', async () => {
    const { cloud, who, keyId } = await courseSetup();
    const lab = shellLab({ cloud, caller: who('outsider') });
    expect((await lab.exec('why')).stdout).toContain('No API call has been made from this shell yet.');
    expect((await lab.exec(`aws kms encrypt --key-id ${keyId} --plaintext aGk=`)).status).toBe(254);
    await cloud.invoke({ service: 'kms', operation: 'DescribeKey', input: { KeyId: keyId }, source: 'console' });
    const out = (await lab.exec('why')).stdout;
    expect(out).toContain('Last call: kms Encrypt at 2026-01-01T00:00:00Z by arn:aws:iam::111122223333:user/outsider; it failed with AccessDeniedException.\n');
    expect(out).toContain('DENIED  kms:Encrypt on');
    expect(out).toContain('no IAM policy of the caller');
  });

  it('is listed by help, marked as KMS Lab’s own, and takes no arguments', async () => {
    const lab = shellLab();
    expect((await lab.exec('help')).stdout).toMatch(
      /\n {2}why +explain why the last API call from this shell was allowed or denied \(KMS Lab only, not part of AWS\)\n/,
    );
    expect((await lab.exec('help why')).stdout).toBe(
      'why: why\n    explain why the last API call from this shell was allowed or denied (KMS Lab only, not part of AWS)\n',
    );
    expect(await lab.exec('why now')).toMatchObject({ stderr: 'why: takes no arguments\nUsage: why\n', status: 2 });
  });
});
