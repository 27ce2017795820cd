import { describe, expect, it } from 'vitest';
import { buildDefaultPolicy } from '@/kms/model/default-policy';
import { explainTrace, traceText } from './explain';
import { courseSetup } from './testing/course-setup';

const ADMIN_ACCESS_OF_GROUP = 'AdministratorAccess (AWS managed, attached to group myKMSGroup)';

describe('why a call was allowed, in the course setup (AdministratorAccess through myKMSGroup)', () => {
  it('myKeyUser encrypts because the key policy names it: the key policy alone decides', async () => {
    const { encrypt } = await courseSetup();
    const r = await encrypt('myKeyUser');
    expect(r.ok).toBe(true);
    const [check] = explainTrace(r.trace);
    expect(check).toMatchObject({ action: 'kms:Encrypt', allowed: true });
    expect(check!.summary).toMatch(/^Allowed by the key policy alone: Key policy, statement "Allow use of the key" names the caller/);
    expect(check!.deciding.map((s) => s.where)).toEqual(['Key policy, statement "Allow use of the key"']);
    // The account's delegation and the IAM policy matched as well, without being needed.
    expect(check!.alsoMatched.map((s) => s.where)).toEqual(['Key policy, statement "Enable IAM User Permissions"', `${ADMIN_ACCESS_OF_GROUP}, statement 1`]);
  });

  it('myKeyUser can schedule the key’s deletion: the root statement delegates to IAM and AdministratorAccess allows', async () => {
    const { kms } = await courseSetup();
    const r = await kms('myKeyUser', 'ScheduleKeyDeletion', { PendingWindowInDays: 7 });
    expect(r.ok).toBe(true);
    const [check] = explainTrace(r.trace);
    expect(check!.summary).toContain('Allowed by two statements together');
    expect(check!.deciding.map((s) => [s.effect, s.where])).toEqual([
      ['Allow', 'Key policy, statement "Enable IAM User Permissions"'],
      ['Allow', `${ADMIN_ACCESS_OF_GROUP}, statement 1`],
    ]);
    expect(check!.deciding[0]!.role).toMatch(/^allows the account .* lets the IAM policies of the account allow access to the key\.$/);
  });

  it('myKeyManager can encrypt, for the same reason', async () => {
    const { encrypt } = await courseSetup();
    const [check] = explainTrace((await encrypt('myKeyManager')).trace);
    expect(check).toMatchObject({ allowed: true });
    expect(check!.summary).toContain(
      `"Enable IAM User Permissions" allows the account, which lets IAM policies grant access to this key, and ${ADMIN_ACCESS_OF_GROUP}`,
    );
  });

  it('without the root statement, IAM policies cannot allow: myKeyManager may not encrypt', async () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'RootAdministers', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:PutKeyPolicy', Resource: '*' }],
    });
    const { encrypt } = await courseSetup({ policy });
    const r = await encrypt('myKeyManager');
    expect(r.ok).toBe(false);
    const [check] = explainTrace(r.trace);
    expect(check).toMatchObject({ allowed: false, deciding: [] });
    expect(check!.summary).toMatch(/^Denied by default: no statement of the key policy allows the caller, and none allows the account/);
  });

  it('a user without IAM policies is denied although the key policy delegates to IAM', async () => {
    const { encrypt } = await courseSetup();
    const [check] = explainTrace((await encrypt('outsider')).trace);
    expect(check!.summary).toBe(
      "Denied by default: the key policy allows the account, which lets IAM policies decide, but no IAM policy of the caller (its own, or its groups') allows kms:Encrypt.",
    );
  });

  it('an explicit Deny in the key policy wins over the key users’ statement', async () => {
    const base = JSON.parse(buildDefaultPolicy({ users: ['arn:aws:iam::111122223333:user/myKeyUser'] }));
    base.Statement.push({ Sid: 'NoEncrypt', Effect: 'Deny', Principal: { AWS: '*' }, Action: 'kms:Encrypt', Resource: '*' });
    const { encrypt } = await courseSetup({ policy: JSON.stringify(base) });
    const [check] = explainTrace((await encrypt('myKeyUser')).trace);
    expect(check!.deciding.map((s) => [s.effect, s.where])).toEqual([['Deny', 'Key policy, statement "NoEncrypt"']]);
    expect(check!.summary).toMatch(/^Denied: Key policy, statement "NoEncrypt" denies kms:Encrypt explicitly/);
  });

  it('an action without a key: the IAM policy alone, and the root needs none', async () => {
    const { cloud, who } = await courseSetup();
    const listed = await cloud.invoke({ service: 'kms', operation: 'ListKeys', input: {}, caller: who('myKeyManager') });
    expect(explainTrace(listed.trace)[0]!.summary).toMatch(/^Allowed by an IAM policy: AdministratorAccess .* This action has no resource policy/);
    const asRoot = await cloud.invoke({ service: 'kms', operation: 'ListKeys', input: {} });
    expect(explainTrace(asRoot.trace)[0]!.deciding[0]!.role).toBe('the account root holds every IAM permission; no IAM policy applies to it.');
  });
});

describe('traceText, for a terminal', () => {
  it('names the verdict, the action, the deciding statements and their JSON, within the width', async () => {
    const { kms, keyArn } = await courseSetup();
    const text = traceText((await kms('myKeyUser', 'ScheduleKeyDeletion', { PendingWindowInDays: 7 })).trace, 80);
    expect(text.split('\n')[0]).toBe(`ALLOWED  kms:ScheduleKeyDeletion on ${keyArn}`);
    expect(text).toContain('  Statements that decided:\n    - Allow in Key policy, statement "Enable IAM User Permissions": allows the\n');
    expect(text).toContain(
      '{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}',
    );
    for (const line of text.split('\n')) if (!line.includes('{') && !line.includes(keyArn)) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('says when nothing was evaluated, or when the operation needs no authorization', async () => {
    const { cloud, kms } = await courseSetup();
    const invalid = await kms('myKeyUser', 'ScheduleKeyDeletion', { PendingWindowInDays: 2 });
    expect(traceText(invalid.trace)).toMatch(/^No policy was evaluated: the call failed before its authorization step/);
    const identity = await cloud.invoke({ service: 'sts', operation: 'GetCallerIdentity', input: {} });
    expect(traceText(identity.trace)).toMatch(/^No authorization: this operation answers every caller/);
  });
});
