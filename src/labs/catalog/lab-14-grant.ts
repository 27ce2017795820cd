/**
 * Lab 14: a grant for an application's identity and its retirement. appUser (no IAM policy, not in
 * the key policy) is refused; the account gives it a grant for GenerateDataKey and Decrypt limited
 * to the encryption context app=batch; appUser uses it at once with the grant token; the account
 * lists the key's grants; appUser retires the grant when the job is done and is refused again.
 * The grantee is an IAM user because the lab signs in as users (no role sessions in the identity
 * menu); in AWS it is more often a role, which a grant names the same way (its ARN).
 */
import type { Cloud } from '@/cloud';
import { events, indexOf, lastEvent, type KmsKeyRecord } from '@/labs/inspect';

type GrantRecord = NonNullable<KmsKeyRecord['grants']>[number];
import { notYet, ok, type CheckResult, type Lab } from '@/labs/types';
import { createCmk, lastFailure, requireAlias, userArn } from './common';

const ALIAS = 'alias/appDataKey';
const APP = 'appUser';
const KEY = '$(aws kms describe-key --key-id alias/appDataKey --query KeyMetadata.KeyId --output text)';
const NEEDED = ['GenerateDataKey', 'Decrypt'];
/** What the job may need besides: describing the key and retiring its own grant. */
const HARMLESS = ['DescribeKey', 'RetireGrant'];
export const CREATE_GRANT = `aws kms create-grant --key-id ${KEY} --grantee-principal ${userArn(APP)} --retiring-principal ${userArn(APP)} --operations GenerateDataKey Decrypt --constraints EncryptionContextSubset={app=batch} --name batch-job --query GrantToken --output text > grant-token.txt`;
const DATA_KEY = 'aws kms generate-data-key --key-id alias/appDataKey --key-spec AES_256 --encryption-context app=batch';
export const USE_TOKEN = `${DATA_KEY} --grant-tokens "$(cat grant-token.txt)"`;
const LIST = `aws kms list-grants --key-id ${KEY}`;
export const RETIRE = 'aws kms retire-grant --grant-token "$(cat grant-token.txt)"';

const appGrants = (key: KmsKeyRecord): GrantRecord[] => (key.grants ?? []).filter((g) => g.granteePrincipal === userArn(APP));

function appKey(cloud: Cloud): { key: KmsKeyRecord } | { fail: CheckResult } {
  return requireAlias(cloud, ALIAS);
}

/** The first successful CreateGrant on the key that named appUser (the grant the later steps use). */
const grantCreated = (cloud: Cloud, key: KmsKeyRecord) =>
  events(cloud, { name: 'CreateGrant', keyArn: key.arn, outcome: 'ok' }).find(
    (e) => (e.requestParameters as { granteePrincipal?: string } | null)?.granteePrincipal === userArn(APP),
  );

/** The operations and constraints of the last successful CreateGrant naming appUser, as its CloudTrail event records them. */
function lastGrantCreated(cloud: Cloud, key: KmsKeyRecord): Pick<GrantRecord, 'operations' | 'constraints'> | undefined {
  const e = events(cloud, { name: 'CreateGrant', keyArn: key.arn, outcome: 'ok' })
    .filter((x) => (x.requestParameters as { granteePrincipal?: string } | null)?.granteePrincipal === userArn(APP))
    .at(-1);
  if (!e) return undefined;
  const p = e.requestParameters as {
    operations: GrantRecord['operations'];
    constraints?: { encryptionContextSubset?: Record<string, string>; encryptionContextEquals?: Record<string, string> };
  };
  return {
    operations: p.operations,
    constraints: { EncryptionContextSubset: p.constraints?.encryptionContextSubset, EncryptionContextEquals: p.constraints?.encryptionContextEquals },
  };
}

/** What is wrong with the grant for appUser, in words; undefined when it is the least privilege the job needs. */
function grantProblem(g: Pick<GrantRecord, 'operations' | 'constraints'>): string | undefined {
  const missing = NEEDED.filter((o) => !(g.operations as string[]).includes(o));
  if (missing.length)
    return `The grant for ${APP} does not allow ${missing.join(' and ')}: the batch job makes data keys (GenerateDataKey) and decrypts them later (Decrypt).`;
  const extra = (g.operations as string[]).filter((o) => !NEEDED.includes(o) && !HARMLESS.includes(o));
  if (extra.length)
    return `The grant for ${APP} also allows ${extra.join(', ')}: more than the job needs. Retire or revoke it and create one with GenerateDataKey and Decrypt only.`;
  const pairs = { ...g.constraints?.EncryptionContextSubset, ...g.constraints?.EncryptionContextEquals };
  if (pairs.app !== 'batch')
    return `The grant for ${APP} has no encryption context constraint app=batch, so it covers every use of the key. Retire or revoke it and create one with --constraints EncryptionContextSubset={app=batch}.`;
  return undefined;
}

export const lab14: Lab = {
  id: 'grant',
  number: 14,
  title: 'A grant for an application, and its retirement',
  module: 'creating-a-cmk',
  goal: 'Give appUser, which no policy allows, the use of alias/appDataKey through a grant (GenerateDataKey and Decrypt, only with the encryption context app=batch), use it at once with its grant token, list the grants, then retire the grant as appUser and see access end.',
  startsWith: 'A key alias/appDataKey (default key policy: the account only) and an IAM user appUser with no policies. You are signed in as root.',
  setup: async (d) => {
    await createCmk(d, ALIAS, { description: 'Batch job data keys' });
    await d.call('iam', 'CreateUser', { UserName: APP });
  },
  steps: [
    {
      id: 'denied',
      title: 'See appUser refused',
      instructions: [
        'Sign in as appUser (top bar: root > appUser), then in CloudShell:',
        DATA_KEY,
        'AccessDeniedException: neither the key policy nor an IAM policy allows appUser. Sign in as root again for the next step.',
      ],
      hints: ['The identity menu in the top bar decides who CloudShell calls as.', 'Top bar: root > appUser; then CloudShell.', DATA_KEY],
      async check(cloud) {
        const found = appKey(cloud);
        if ('fail' in found) return found.fail;
        if (!lastEvent(cloud, { name: 'GenerateDataKey', keyArn: found.key.arn, userName: APP, outcome: 'AccessDeniedException' }))
          return notYet(`No GenerateDataKey by ${APP} refused with AccessDeniedException yet. Sign in as ${APP} and ask for a data key.`);
        return ok(`${APP} is refused: no policy allows it to use the key.`);
      },
      solution: [{ cli: `${DATA_KEY} || true`, as: APP }],
    },
    {
      id: 'create-grant',
      title: 'Create a grant for appUser',
      instructions: [
        'As root (or a key administrator), create the grant and keep its token:',
        CREATE_GRANT,
        'The grant allows appUser two operations on this one key, only when the request carries the encryption context app=batch; appUser itself may retire it. No key policy or IAM policy changes. A grant cannot allow key management (DisableKey, PutKeyPolicy, ScheduleKeyDeletion): grants are for using a key, describing it and handling grants.',
        'Or: the key page > Grants tab > Create grant, then keep the grant token it shows in grant-token.txt (echo "<token>" > grant-token.txt). CreateGrant takes a key ID or ARN, not an alias.',
      ],
      hints: [
        'A grant names the key, the grantee principal, the operations and, optionally, a retiring principal and constraints.',
        'CloudShell as root, or the key page > Grants tab.',
        CREATE_GRANT,
      ],
      async check(cloud) {
        const found = appKey(cloud);
        if ('fail' in found) return found.fail;
        const grants = appGrants(found.key);
        if (!grants.length) {
          const other = found.key.grants?.[0];
          if (other)
            return notYet(
              `The key has a grant for ${other.granteePrincipal ?? other.granteeServicePrincipal}, not for ${APP}: the grantee principal must be ${userArn(APP)}.`,
            );
          const made = lastGrantCreated(cloud, found.key);
          if (made) {
            const problem = grantProblem(made);
            return problem ? notYet(problem) : ok(`You created a grant for ${APP} (GenerateDataKey and Decrypt, app=batch only); it has ended since.`);
          }
          return notYet(`The key has no grant for ${APP} yet.${lastFailure(cloud, 'CreateGrant', found.key.arn)}`);
        }
        const problem = grantProblem(grants.at(-1)!);
        if (problem) return notYet(problem);
        return ok(`${APP} has a grant for GenerateDataKey and Decrypt, limited to the encryption context app=batch.`);
      },
      solution: [{ cli: CREATE_GRANT }],
    },
    {
      id: 'use-token',
      title: 'Use the grant at once, with its token',
      instructions: [
        'Sign in as appUser again and ask for a data key, passing the grant token:',
        USE_TOKEN,
        'Grants are eventually consistent: a new grant may take a few seconds, sometimes minutes, to work everywhere in KMS. The grant token makes it work at once. The encryption context must include app=batch, or the grant does not apply.',
      ],
      hints: [
        'The token is in grant-token.txt; every grant operation accepts --grant-tokens.',
        'Top bar: root > appUser; CloudShell, in the directory that holds grant-token.txt.',
        USE_TOKEN,
      ],
      async check(cloud) {
        const found = appKey(cloud);
        if ('fail' in found) return found.fail;
        const created = grantCreated(cloud, found.key);
        if (!created) return notYet(`Create the grant for ${APP} first (previous step).`);
        const after = indexOf(cloud, created);
        const used = events(cloud, { name: 'GenerateDataKey', keyArn: found.key.arn, userName: APP, outcome: 'ok', afterIndex: after });
        if (used.some((e) => ((e.requestParameters as { grantTokens?: unknown[] } | null)?.grantTokens?.length ?? 0) > 0))
          return ok(`${APP} got a data key through the grant, with the grant token: no waiting for the grant to spread.`);
        if (used.length)
          return notYet(
            `${APP} got a data key without the grant token. It works here, but in AWS a grant this new may not be known everywhere yet and the call may fail with AccessDeniedException: pass --grant-tokens "$(cat grant-token.txt)".`,
          );
        const refused = lastEvent(cloud, {
          name: 'GenerateDataKey',
          keyArn: found.key.arn,
          userName: APP,
          outcome: 'AccessDeniedException',
          afterIndex: after,
        });
        if (refused)
          return notYet(
            `${APP}'s last GenerateDataKey was refused. The grant applies only when the encryption context includes app=batch (--encryption-context app=batch), and only for ${APP} (check the identity in the top bar).`,
          );
        return notYet(`No GenerateDataKey by ${APP} since the grant was created. Sign in as ${APP} and run the command.`);
      },
      solution: [{ cli: USE_TOKEN, as: APP }],
    },
    {
      id: 'list-grants',
      title: "List the key's grants",
      instructions: [
        'As root:',
        LIST,
        "The answer shows the grant's ID, name, grantee and retiring principal, operations and constraints. The grant token is not there: it is returned once, by CreateGrant. The key page's Grants tab shows the same list.",
      ],
      hints: ['ListGrants takes the key.', 'CloudShell as root, or the key page > Grants tab.', LIST],
      async check(cloud) {
        const found = appKey(cloud);
        if ('fail' in found) return found.fail;
        const created = grantCreated(cloud, found.key);
        if (!created) return notYet(`Create the grant for ${APP} first.`);
        if (!lastEvent(cloud, { name: 'ListGrants', keyArn: found.key.arn, outcome: 'ok', afterIndex: indexOf(cloud, created) }))
          return notYet(`No successful ListGrants for ${ALIAS} since the grant was created.${lastFailure(cloud, 'ListGrants', found.key.arn)}`);
        return ok('You listed the grants of the key: who may do what, and who may retire it.');
      },
      solution: [{ cli: LIST }],
    },
    {
      id: 'retire',
      title: 'Retire the grant when the job is done',
      instructions: [
        'As appUser, the retiring principal:',
        RETIRE,
        'Retiring is how the principal that used a grant says it is done. RevokeGrant is the other way to end a grant: a key administrator cutting access, for example in an incident.',
      ],
      hints: ['RetireGrant names the grant by its token, or by key and grant ID.', 'Top bar: root > appUser; CloudShell.', RETIRE],
      async check(cloud) {
        const found = appKey(cloud);
        if ('fail' in found) return found.fail;
        const created = grantCreated(cloud, found.key);
        if (!created) return notYet(`Create the grant for ${APP} first.`);
        const retired = lastEvent(cloud, { name: 'RetireGrant', keyArn: found.key.arn, outcome: 'ok', afterIndex: indexOf(cloud, created) });
        if (appGrants(found.key).length)
          return notYet(`The grant for ${APP} still exists.${lastFailure(cloud, 'RetireGrant', found.key.arn)} Retire it as ${APP} with its token.`);
        if (!retired)
          return notYet(
            `The grant for ${APP} was revoked, not retired. Both end a grant; revoking is the key administrator's way to cut access, retiring is the grantee's (or retiring principal's) way to say the work is done. Create the grant again (step 2) and retire it as ${APP}.`,
          );
        return ok(`${APP} retired its grant.`);
      },
      solution: [{ cli: RETIRE, as: APP }],
    },
    {
      id: 'denied-again',
      title: 'See access end',
      instructions: ['As appUser, once more:', DATA_KEY, 'AccessDeniedException again: the only thing that allowed appUser was the grant.'],
      hints: ['Ask for a data key as appUser.', 'Top bar: appUser; CloudShell.', DATA_KEY],
      async check(cloud) {
        const found = appKey(cloud);
        if ('fail' in found) return found.fail;
        const retired = lastEvent(cloud, { name: 'RetireGrant', keyArn: found.key.arn, outcome: 'ok' });
        if (!retired) return notYet('Retire the grant first.');
        if (
          !lastEvent(cloud, {
            name: 'GenerateDataKey',
            keyArn: found.key.arn,
            userName: APP,
            outcome: 'AccessDeniedException',
            afterIndex: indexOf(cloud, retired),
          })
        )
          return notYet(`No GenerateDataKey by ${APP} refused since the grant was retired. Sign in as ${APP} and try again.`);
        return ok(`${APP} is refused again: the grant was its only permission.`);
      },
      solution: [{ cli: `${DATA_KEY} || true`, as: APP }],
    },
  ],
  completion:
    'A grant gives one principal the use of one key for the operations it lists, without touching key policies or IAM policies: grants only allow, never deny. Constraints (EncryptionContextSubset, EncryptionContextEquals) limit it to matching requests; the grant token makes a new grant usable at once; RetireGrant (retiring principal, or grantee when allowed) and RevokeGrant (key administrators) end it. AWS services such as EBS and RDS create and retire grants like this when they use your key. Exam tip: a grant cannot allow key management, and a key has at most 50,000 grants.',
  wrongAttempts: [
    {
      say: 'Create a grant for appUser without the encryption context constraint',
      cli: [
        `aws kms create-grant --key-id ${KEY} --grantee-principal ${userArn(APP)} --retiring-principal ${userArn(APP)} --operations GenerateDataKey Decrypt --query GrantToken --output text > grant-token.txt`,
      ],
      failingStep: 'create-grant',
      expect: /no encryption context constraint app=batch/,
    },
    {
      say: 'Create a grant that also allows Encrypt and ReEncryptFrom',
      cli: [
        `aws kms create-grant --key-id ${KEY} --grantee-principal ${userArn(APP)} --operations GenerateDataKey Decrypt Encrypt ReEncryptFrom --constraints EncryptionContextSubset={app=batch} --query GrantToken --output text > grant-token.txt`,
      ],
      failingStep: 'create-grant',
      expect: /also allows Encrypt, ReEncryptFrom: more than the job needs/,
    },
    {
      say: 'Use the grant without its token',
      run: async (d) => {
        await d.call('kms', 'GenerateDataKey', { KeyId: ALIAS, KeySpec: 'AES_256', EncryptionContext: { app: 'batch' } }, { as: APP });
      },
      failingStep: 'use-token',
      expect: /without the grant token/,
    },
    {
      say: 'Use the grant without the encryption context',
      run: async (d) => {
        await d.call('kms', 'GenerateDataKey', { KeyId: ALIAS, KeySpec: 'AES_256' }, { as: APP }).catch(() => undefined);
      },
      failingStep: 'use-token',
      expect: /only when the encryption context includes app=batch/,
    },
    {
      say: 'Revoke the grant as root instead of retiring it',
      run: async (d) => {
        const key = d.cloud.state.kms['us-east-1']!.keys[d.keyIdOf(ALIAS)]!;
        await d.call('kms', 'RevokeGrant', { KeyId: key.keyId, GrantId: appGrants(key)[0]!.grantId });
      },
      failingStep: 'retire',
      expect: /revoked, not retired/,
    },
  ],
};
