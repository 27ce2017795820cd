import { describe, expect, it } from 'vitest';
import { actionMatches, arnMatches, globMatch } from './glob';

describe('IAM wildcards', () => {
  it('matches actions case-insensitively with * and ?', () => {
    expect(actionMatches('kms:Create*', 'kms:CreateKey')).toBe(true);
    expect(actionMatches('KMS:createkey', 'kms:CreateKey')).toBe(true);
    expect(actionMatches('kms:*', 'iam:CreateUser')).toBe(false);
    expect(actionMatches('*', 'iam:CreateUser')).toBe(true);
    expect(actionMatches('kms:?ncrypt', 'kms:Encrypt')).toBe(true);
    expect(actionMatches('kms:?ncrypt', 'kms:ReEncrypt')).toBe(false);
    expect(actionMatches('kms:Describe*', 'kms:DescribeKey')).toBe(true);
  });

  it('matches resources case-sensitively and treats regex characters literally', () => {
    expect(globMatch('arn:aws:kms:*:111122223333:key/*', 'arn:aws:kms:us-east-1:111122223333:key/1234')).toBe(true);
    expect(globMatch('arn:aws:kms:*:111122223333:key/*', 'arn:aws:kms:us-east-1:111122223333:alias/x')).toBe(false);
    expect(globMatch('arn:aws:iam::111122223333:user/Alice', 'arn:aws:iam::111122223333:user/alice')).toBe(false);
    expect(globMatch('a.b', 'axb')).toBe(false);
    expect(globMatch('a(b)+', 'a(b)+')).toBe(true);
    expect(globMatch('arn:aws:kms:*', '*')).toBe(false);
  });

  it('matches ARNs part by part', () => {
    expect(arnMatches('arn:aws:iam::*:role/app-*', 'arn:aws:iam::111122223333:role/app-web')).toBe(true);
    expect(arnMatches('arn:aws:iam::111122223333:*', 'arn:aws:iam::111122223333:user/a:b')).toBe(true);
    expect(arnMatches('arn:aws:*', 'arn:aws:iam::111122223333:user/a')).toBe(false);
    expect(arnMatches('arn:aws:iam::*:user/*', 'not-an-arn')).toBe(false);
  });
});
