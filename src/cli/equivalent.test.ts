import { describe, expect, it } from 'vitest';
import { int, list, map, str, struct } from '@/core';
import { cliEquivalent, cliFlags, shellQuote } from './equivalent';

describe('cliEquivalent', () => {
  it('spells the service and the operation as the CLI does, with string flags in kebab-case', () => {
    expect(cliEquivalent('iam', 'CreateUser', { UserName: 'myKeyManager' })).toBe('aws iam create-user --user-name myKeyManager');
    expect(cliEquivalent('iam', 'AddUserToGroup', { GroupName: 'myKMSGroup', UserName: 'myKeyUser' })).toBe(
      'aws iam add-user-to-group --group-name myKMSGroup --user-name myKeyUser',
    );
    expect(cliEquivalent('kms', 'GenerateDataKeyWithoutPlaintext', { KeyId: 'alias/a', KeySpec: 'AES_256' }, 'us-east-1')).toBe(
      'aws kms generate-data-key-without-plaintext --key-id alias/a --key-spec AES_256 --region us-east-1',
    );
  });

  it('lists members in the order of the shape, whatever order the console built them in', () => {
    expect(cliEquivalent('iam', 'AttachGroupPolicy', { PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess', GroupName: 'g' })).toBe(
      'aws iam attach-group-policy --group-name g --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    );
  });

  it('quotes values for the shell: spaces, quotes, unicode and JSON documents', () => {
    expect(cliEquivalent('kms', 'CreateKey', { Description: "Bob's key" }, 'eu-west-1')).toBe(
      `aws kms create-key --description 'Bob'\\''s key' --region eu-west-1`,
    );
    expect(cliEquivalent('kms', 'CreateKey', { Description: 'clé €' })).toBe(`aws kms create-key --description 'clé €'`);
    expect(cliEquivalent('kms', 'CreateKey', { Description: '' })).toBe(`aws kms create-key --description ''`);
    const doc = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]}';
    expect(cliEquivalent('iam', 'PutUserPolicy', { UserName: 'u', PolicyName: 'p', PolicyDocument: doc })).toBe(
      `aws iam put-user-policy --user-name u --policy-name p --policy-document '${doc}'`,
    );
    expect(shellQuote('$(rm -rf ~)')).toBe("'$(rm -rf ~)'");
  });

  it('writes integers as numbers', () => {
    expect(cliEquivalent('kms', 'ListKeys', { Limit: 10 }, 'us-east-1')).toBe('aws kms list-keys --limit 10 --region us-east-1');
    expect(cliEquivalent('kms', 'ScheduleKeyDeletion', { KeyId: 'k', PendingWindowInDays: 7 })).toBe(
      'aws kms schedule-key-deletion --key-id k --pending-window-in-days 7',
    );
  });

  it('writes booleans as --flag and --no-flag', () => {
    expect(cliEquivalent('kms', 'CreateKey', { BypassPolicyLockoutSafetyCheck: true })).toBe('aws kms create-key --bypass-policy-lockout-safety-check');
    expect(cliEquivalent('kms', 'CreateKey', { MultiRegion: false })).toBe('aws kms create-key --no-multi-region');
    expect(cliEquivalent('iam', 'ListPolicies', { OnlyAttached: true, Scope: 'AWS' })).toBe('aws iam list-policies --scope AWS --only-attached');
  });

  it('reads blobs from a fileb:// placeholder, never inlining the bytes', () => {
    const out = cliEquivalent('kms', 'Encrypt', { KeyId: 'alias/myCMK', Plaintext: new TextEncoder().encode('secret') }, 'us-east-1');
    expect(out).toBe('aws kms encrypt --key-id alias/myCMK --plaintext fileb://plaintext.bin --region us-east-1');
    expect(out).not.toContain('secret');
  });

  it('writes maps as k=v shorthand, falling back to JSON for values the shorthand cannot carry', () => {
    expect(cliEquivalent('kms', 'Encrypt', { KeyId: 'k', Plaintext: new Uint8Array(1), EncryptionContext: { dept: 'hr', app: 'payroll' } })).toBe(
      'aws kms encrypt --key-id k --plaintext fileb://plaintext.bin --encryption-context dept=hr,app=payroll',
    );
    expect(cliEquivalent('kms', 'Decrypt', { CiphertextBlob: new Uint8Array(1), EncryptionContext: { purpose: 'a, b' } })).toBe(
      `aws kms decrypt --ciphertext-blob fileb://ciphertext-blob.bin --encryption-context '{"purpose":"a, b"}'`,
    );
  });

  it('writes lists of scalars as separate words and lists of structures as shorthand items', () => {
    expect(cliEquivalent('kms', 'Encrypt', { KeyId: 'k', Plaintext: new Uint8Array(1), GrantTokens: ['t1', 't 2'] })).toBe(
      "aws kms encrypt --key-id k --plaintext fileb://plaintext.bin --grant-tokens t1 't 2'",
    );
    expect(
      cliEquivalent('kms', 'CreateKey', {
        Tags: [
          { TagKey: 'team', TagValue: 'blue' },
          { TagKey: 'env', TagValue: 'dev' },
        ],
      }),
    ).toBe('aws kms create-key --tags TagKey=team,TagValue=blue TagKey=env,TagValue=dev');
    expect(cliEquivalent('kms', 'CreateKey', { Tags: [{ TagKey: 'a=b', TagValue: 'x' }] })).toBe(
      `aws kms create-key --tags '[{"TagKey":"a=b","TagValue":"x"}]'`,
    );
  });

  it('writes timestamps as ISO 8601', () => {
    const out = cliEquivalent('kms', 'ImportKeyMaterial', {
      KeyId: 'k',
      ImportToken: new Uint8Array(1),
      EncryptedKeyMaterial: new Uint8Array(1),
      ValidTo: new Date(Date.UTC(2027, 0, 2, 3, 4, 5)),
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
    });
    expect(out).toBe(
      'aws kms import-key-material --key-id k --import-token fileb://import-token.bin --encrypted-key-material fileb://encrypted-key-material.bin --valid-to 2027-01-02T03:04:05.000Z --expiration-model KEY_MATERIAL_EXPIRES',
    );
  });

  it('writes structures as shorthand, or JSON when nested', () => {
    const shape = struct({
      Name: str(),
      Auth: struct({ Id: str(), Secret: str() }),
      Deep: struct({ Inner: struct({ A: int() }) }),
      M: map(str(), list(str())),
    });
    expect(cliFlags(shape, { Name: 'n', Auth: { Id: 'a', Secret: 's' } })).toEqual(['--name', 'n', '--auth', 'Id=a,Secret=s']);
    expect(cliFlags(shape, { Deep: { Inner: { A: 1 } } })).toEqual(['--deep', `'{"Inner":{"A":1}}'`]);
    expect(cliFlags(shape, { M: { k: ['v'] } })).toEqual(['--m', `'{"k":["v"]}'`]);
  });

  it('leaves out absent members and members the shape does not know', () => {
    expect(cliEquivalent('iam', 'CreateUser', { UserName: 'u', Path: undefined, Bogus: 'x' })).toBe('aws iam create-user --user-name u');
    expect(cliEquivalent('iam', 'ListUsers')).toBe('aws iam list-users');
    expect(cliEquivalent('sts', 'GetCallerIdentity')).toBe('aws sts get-caller-identity');
  });

  it('spells out an operation that is not in the registry from its name alone', () => {
    expect(cliEquivalent('kms', 'SomeFutureThing', { X: 1 })).toBe('aws kms some-future-thing');
  });
});
