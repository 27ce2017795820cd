import { describe, expect, it } from 'vitest';
import { parsePolicyDocument, parsePolicyObject } from './policy-document';

const problemOf = (text: string, kind?: 'identity' | 'resource' | 'trust') => {
  const r = parsePolicyDocument(text, kind);
  if (r.ok) throw new Error('expected a problem');
  return r;
};
const stmt = (s: object, kind?: 'identity' | 'resource' | 'trust') => problemOf(JSON.stringify({ Version: '2012-10-17', Statement: [s] }), kind).problem;

describe('parsePolicyDocument', () => {
  it('normalises a single statement object and string values to lists', () => {
    const r = parsePolicyDocument('{"Version":"2012-10-17","Statement":{"Sid":"A","Effect":"Allow","Action":"kms:Encrypt","Resource":"*"}}');
    expect(r).toMatchObject({
      ok: true,
      policy: { version: '2012-10-17', statements: [{ index: 0, sid: 'A', effect: 'Allow', action: ['kms:Encrypt'], resource: ['*'], condition: {} }] },
    });
  });

  it('normalises principals, NotAction, NotResource and conditions', () => {
    const r = parsePolicyObject(
      {
        Statement: [
          { Effect: 'Allow', Principal: '*', NotAction: 'kms:Decrypt', NotResource: ['arn:aws:kms:us-east-1:111122223333:key/x'] },
          {
            Effect: 'Deny',
            Principal: { AWS: ['arn:aws:iam::111122223333:root', '111122223333'], Service: 'ec2.amazonaws.com' },
            Action: ['kms:*'],
            Resource: '*',
            Condition: {
              Bool: { 'kms:GrantIsForAWSResource': true },
              NumericLessThan: { 'kms:RecipientAttestation:X': 3 },
              StringEquals: { 'kms:ViaService': ['s3.us-east-1.amazonaws.com'] },
            },
          },
        ],
      },
      'resource',
    );
    if (!r.ok) throw new Error(r.problem);
    const [a, b] = r.policy.statements;
    expect(a!.principal).toEqual({ any: true, aws: [], service: [], federated: [], canonicalUser: [] });
    expect(a!.notAction).toEqual(['kms:Decrypt']);
    expect(a!.notResource).toEqual(['arn:aws:kms:us-east-1:111122223333:key/x']);
    expect(b!.principal).toEqual({
      any: false,
      aws: ['arn:aws:iam::111122223333:root', '111122223333'],
      service: ['ec2.amazonaws.com'],
      federated: [],
      canonicalUser: [],
    });
    expect(b!.condition).toEqual({
      Bool: { 'kms:GrantIsForAWSResource': ['true'] },
      NumericLessThan: { 'kms:RecipientAttestation:X': ['3'] },
      StringEquals: { 'kms:ViaService': ['s3.us-east-1.amazonaws.com'] },
    });
    expect(b!.raw).toMatchObject({ Effect: 'Deny' });
  });

  it('reports a JSON syntax error with line and column', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow" "Action": "*"}\n  ]\n}';
    expect(problemOf(text)).toEqual({
      ok: false,
      problem: `JSON syntax error at line 4, column 24: expected ',' or '}' after a property value, found "\\""`,
      line: 4,
      column: 24,
    });
    expect(problemOf('{"Statement": [],}')).toMatchObject({ line: 1, column: 17, problem: expect.stringContaining('trailing comma') });
    expect(problemOf('')).toMatchObject({ line: 1, column: 1 });
    expect(problemOf("{'Version': 1}")).toMatchObject({ line: 1, column: 2, problem: expect.stringContaining('double quotes') });
  });

  it('reports a missing or bad Effect, numbering statements from 1', () => {
    expect(stmt({ Action: '*', Resource: '*' })).toBe('Statement 1: Missing required field Effect.');
    const two = JSON.stringify({
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Permit', Action: '*', Resource: '*' },
      ],
    });
    expect(problemOf(two).problem).toBe('Statement 2: Effect must be Allow or Deny (found "Permit").');
  });

  it('reports missing actions and resources with AWS wording', () => {
    expect(stmt({ Effect: 'Allow', Resource: '*' })).toBe('Statement 1: Policy statement must contain actions.');
    expect(stmt({ Effect: 'Allow', Action: '*' })).toBe('Statement 1: Policy statement must contain resources.');
    expect(stmt({ Effect: 'Allow', Action: 'Encrypt', Resource: '*' })).toContain('Actions/Conditions must be prefaced by a vendor');
    expect(stmt({ Effect: 'Allow', Action: '*', Resource: 'my-key' })).toBe('Statement 1: Resource my-key must be in ARN format or "*".');
    expect(stmt({ Effect: 'Allow', Action: 'kms:*', NotAction: 'kms:Decrypt', Resource: '*' })).toBe('Statement 1: use Action or NotAction, not both.');
    expect(stmt({ Effect: 'Allow', Action: [], Resource: '*' })).toBe('Statement 1: Action must not be empty.');
  });

  it('checks principals by kind of policy', () => {
    expect(stmt({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' })).toBe('Statement 1: Policy document should not specify a principal.');
    expect(stmt({ Effect: 'Allow', Action: '*', Resource: '*' }, 'resource')).toBe('Statement 1: Missing required field Principal.');
    expect(stmt({ Effect: 'Allow', Principal: { AWS: 'alice' }, Action: '*', Resource: '*' }, 'resource')).toContain('invalid principal "alice"');
    expect(stmt({ Effect: 'Allow', Principal: { Users: 'x' }, Action: '*', Resource: '*' }, 'resource')).toContain('unknown principal type Users');
    expect(parsePolicyObject({ Statement: { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' } }, 'trust').ok).toBe(true);
  });

  it('checks Version, Statement, unknown fields and conditions', () => {
    expect(problemOf('{"Version":"2020-01-01","Statement":[]}').problem).toBe('The policy must contain a valid version string ("2012-10-17").');
    expect(problemOf('{"Version":"2012-10-17"}').problem).toBe('Missing required field Statement.');
    expect(problemOf('{"Statement":[]}').problem).toBe('The policy has no statements.');
    expect(problemOf('[]').problem).toBe('The policy document must be a JSON object.');
    expect(problemOf('{"Statment":[]}').problem).toContain('Unknown field Statment');
    expect(stmt({ Effect: 'Allow', Action: '*', Resource: '*', Condtion: {} })).toBe('Statement 1: unknown field Condtion.');
    expect(stmt({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: 'x' } })).toBe(
      'Statement 1: Condition StringEquals must map condition keys to values.',
    );
    expect(stmt({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': { a: 1 } } } })).toContain(
      'values must be strings, numbers or booleans',
    );
  });
});
