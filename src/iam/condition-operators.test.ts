import { describe, expect, it } from 'vitest';
import { conditionsMatch, evaluateCondition as ev, substituteVariables, type RequestContext } from './condition-operators';

const ctx: RequestContext = {
  'kms:CallerAccount': '111122223333',
  'kms:EncryptionContext:dept': 'finance',
  'kms:EncryptionContextKeys': ['dept', 'project'],
  'kms:GrantIsForAWSResource': true,
  'kms:RecipientCount': 3,
  'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/app-web',
  'aws:username': 'bob',
};

describe('condition operators', () => {
  it('String operators: exact, ignore-case, like, and their negations', () => {
    expect(ev('StringEquals', 'kms:CallerAccount', ['111122223333'], ctx)).toBe(true);
    expect(ev('StringEquals', 'kms:EncryptionContext:dept', ['Finance'], ctx)).toBe(false);
    expect(ev('StringEquals', 'kms:EncryptionContext:dept', ['hr', 'finance'], ctx)).toBe(true);
    expect(ev('StringNotEquals', 'kms:EncryptionContext:dept', ['hr'], ctx)).toBe(true);
    expect(ev('StringEqualsIgnoreCase', 'kms:EncryptionContext:dept', ['FINANCE'], ctx)).toBe(true);
    expect(ev('StringNotEqualsIgnoreCase', 'kms:EncryptionContext:dept', ['FINANCE'], ctx)).toBe(false);
    expect(ev('StringLike', 'kms:EncryptionContext:dept', ['fin*'], ctx)).toBe(true);
    expect(ev('StringLike', 'kms:EncryptionContext:dept', ['f?nance'], ctx)).toBe(true);
    expect(ev('StringNotLike', 'kms:EncryptionContext:dept', ['fin*'], ctx)).toBe(false);
  });

  it('finds keys case-insensitively', () => {
    expect(ev('StringEquals', 'KMS:CALLERACCOUNT', ['111122223333'], ctx)).toBe(true);
  });

  it('missing keys: positive operators fail, negated ones hold, IfExists holds', () => {
    expect(ev('StringEquals', 'kms:ViaService', ['s3.us-east-1.amazonaws.com'], ctx)).toBe(false);
    expect(ev('StringNotEquals', 'kms:ViaService', ['s3.us-east-1.amazonaws.com'], ctx)).toBe(true);
    expect(ev('StringEqualsIfExists', 'kms:ViaService', ['s3.us-east-1.amazonaws.com'], ctx)).toBe(true);
    expect(ev('StringEqualsIfExists', 'kms:EncryptionContext:dept', ['hr'], ctx)).toBe(false);
    expect(ev('NumericLessThanIfExists', 'kms:Missing', ['1'], ctx)).toBe(true);
    expect(ev('BoolIfExists', 'aws:MultiFactorAuthPresent', ['true'], ctx)).toBe(true);
  });

  it('Numeric, Bool and Null', () => {
    expect(ev('NumericEquals', 'kms:RecipientCount', ['3'], ctx)).toBe(true);
    expect(ev('NumericNotEquals', 'kms:RecipientCount', ['3'], ctx)).toBe(false);
    expect(ev('NumericLessThan', 'kms:RecipientCount', ['4'], ctx)).toBe(true);
    expect(ev('NumericLessThanEquals', 'kms:RecipientCount', ['3'], ctx)).toBe(true);
    expect(ev('NumericGreaterThan', 'kms:RecipientCount', ['3'], ctx)).toBe(false);
    expect(ev('NumericGreaterThanEquals', 'kms:RecipientCount', ['3'], ctx)).toBe(true);
    expect(ev('NumericEquals', 'kms:EncryptionContext:dept', ['3'], ctx)).toBe(false);
    expect(ev('Bool', 'kms:GrantIsForAWSResource', ['true'], ctx)).toBe(true);
    expect(ev('Bool', 'kms:GrantIsForAWSResource', ['false'], ctx)).toBe(false);
    expect(ev('Bool', 'kms:GrantIsForAWSResource', ['True'], ctx)).toBe(true);
    expect(ev('Null', 'kms:ViaService', ['true'], ctx)).toBe(true);
    expect(ev('Null', 'kms:ViaService', ['false'], ctx)).toBe(false);
    expect(ev('Null', 'kms:CallerAccount', ['false'], ctx)).toBe(true);
  });

  it('Arn operators match part by part', () => {
    expect(ev('ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::*:role/app-*'], ctx)).toBe(true);
    expect(ev('ArnEquals', 'aws:PrincipalArn', ['arn:aws:iam::111122223333:role/app-web'], ctx)).toBe(true);
    expect(ev('ArnNotLike', 'aws:PrincipalArn', ['arn:aws:iam::*:role/app-*'], ctx)).toBe(false);
    expect(ev('ArnNotEquals', 'aws:PrincipalArn', ['arn:aws:iam::111122223333:role/other'], ctx)).toBe(true);
  });

  it('ForAnyValue and ForAllValues over multivalued keys', () => {
    expect(ev('ForAnyValue:StringEquals', 'kms:EncryptionContextKeys', ['dept'], ctx)).toBe(true);
    expect(ev('ForAnyValue:StringEquals', 'kms:EncryptionContextKeys', ['owner'], ctx)).toBe(false);
    expect(ev('ForAllValues:StringEquals', 'kms:EncryptionContextKeys', ['dept'], ctx)).toBe(false);
    expect(ev('ForAllValues:StringEquals', 'kms:EncryptionContextKeys', ['dept', 'project', 'owner'], ctx)).toBe(true);
    expect(ev('ForAllValues:StringLike', 'kms:EncryptionContextKeys', ['*'], ctx)).toBe(true);
    expect(ev('ForAnyValue:StringNotEquals', 'kms:EncryptionContextKeys', ['dept'], ctx)).toBe(true);
    expect(ev('ForAllValues:StringNotEquals', 'kms:EncryptionContextKeys', ['owner'], ctx)).toBe(true);
    // A missing key: ForAllValues holds (vacuously), ForAnyValue does not.
    expect(ev('ForAllValues:StringEquals', 'kms:Missing', ['x'], ctx)).toBe(true);
    expect(ev('ForAnyValue:StringEquals', 'kms:Missing', ['x'], ctx)).toBe(false);
    expect(ev('ForAnyValue:StringEquals', 'kms:Missing', ['x'], { 'kms:Missing': [] })).toBe(false);
  });

  it('unknown operators never match', () => {
    expect(ev('StringEqualz', 'kms:CallerAccount', ['111122223333'], ctx)).toBe(false);
    expect(ev('DateGreaterThan', 'aws:CurrentTime', ['2020-01-01T00:00:00Z'], ctx)).toBe(false);
    expect(ev('StringNotEqualz', 'kms:Missing', ['x'], ctx)).toBe(false);
  });

  it('substitutes policy variables and their escapes', () => {
    expect(ev('StringEquals', 'aws:username', ['${aws:username}'], ctx)).toBe(true);
    expect(ev('StringEquals', 'aws:username', ['${aws:username}'], ctx, false)).toBe(false);
    expect(substituteVariables('user/${aws:username}/${*}${?}${$}', ctx)).toBe('user/bob/*?$');
    expect(substituteVariables('user/${aws:nothing}', ctx)).toBeUndefined();
  });

  it('ANDs operators and keys together', () => {
    const block = {
      StringEquals: { 'kms:CallerAccount': ['111122223333'], 'kms:EncryptionContext:dept': ['finance'] },
      Bool: { 'kms:GrantIsForAWSResource': ['true'] },
    };
    expect(conditionsMatch(block, ctx)).toBe(true);
    expect(conditionsMatch({ ...block, Null: { 'kms:CallerAccount': ['true'] } }, ctx)).toBe(false);
    expect(conditionsMatch({}, ctx)).toBe(true);
  });
});
