import { describe, expect, it } from 'vitest';
import { rootArn, userArn } from '@/core/ids';
import { buildDefaultPolicy } from '@/kms/model/default-policy';
import { aliasProblem, ALIAS_MESSAGES, fullAliasName } from './alias-rules';
import { jsonProblem } from './json-check';
import { describePrincipal, readDefaultView, writeDefaultView } from './policy-view';
import { crc32, zip } from './zip';

describe('alias rules', () => {
  it('adds the prefix and says what is wrong', () => {
    expect(fullAliasName('myCMK')).toBe('alias/myCMK');
    expect(fullAliasName('alias/myCMK')).toBe('alias/myCMK');
    expect(aliasProblem('myCMK')).toBeUndefined();
    expect(aliasProblem('  ')).toBe(ALIAS_MESSAGES.required);
    expect(aliasProblem('alias/aws/x')).toBe(ALIAS_MESSAGES.reserved);
    expect(aliasProblem('a:b')).toBe(ALIAS_MESSAGES.characters);
    expect(aliasProblem('é')).toBe(ALIAS_MESSAGES.characters);
    expect(aliasProblem('x'.repeat(250))).toBeUndefined();
    expect(aliasProblem('x'.repeat(251))).toBe(ALIAS_MESSAGES.length);
    expect(aliasProblem('dup', ['alias/dup'])).toBe('An alias named alias/dup already exists in this Region. Enter a different alias.');
  });
});

describe('key policy default view', () => {
  const admins = [userArn('a')];
  const users = [userArn('u'), rootArn('444455556666')];

  it('reads administrators, users, other accounts and the deletion permission from the console policy', () => {
    const view = readDefaultView(buildDefaultPolicy({ administrators: admins, users, allowAdministratorsToDelete: false }))!;
    expect(view).toEqual({ administrators: admins, users: [userArn('u')], accounts: ['444455556666'], allowAdministratorsToDelete: false });
    expect(writeDefaultView(view)).toBe(buildDefaultPolicy({ administrators: admins, users, allowAdministratorsToDelete: false }));
  });

  it('reads the API default policy as empty, and refuses policies it cannot show', () => {
    expect(readDefaultView(buildDefaultPolicy())).toEqual({ administrators: [], users: [], accounts: [], allowAdministratorsToDelete: true });
    const custom = JSON.parse(buildDefaultPolicy());
    custom.Statement.push({ Sid: 'Mine', Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*' });
    expect(readDefaultView(JSON.stringify(custom))).toBeUndefined();
    expect(readDefaultView('{')).toBeUndefined();
  });

  it('names principals', () => {
    expect(describePrincipal('arn:aws:iam::111122223333:user/dev/myKeyUser')).toEqual({ name: 'myKeyUser', type: 'User', path: '/dev/' });
    expect(describePrincipal('arn:aws:iam::111122223333:role/Admin')).toEqual({ name: 'Admin', type: 'Role', path: '/' });
  });
});

describe('policy JSON check', () => {
  it('gives the line of a syntax error', () => {
    expect(jsonProblem('{\n  "a": 1,\n}')).toBe("JSON syntax error on line 2, column 9: trailing comma before '}'.");
    expect(jsonProblem('{}')).toBeUndefined();
    expect(jsonProblem('')).toBe('The policy document is empty.');
  });
});

describe('zip', () => {
  it('computes CRC-32 and writes stored entries a reader finds', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
    const out = zip([{ name: 'a.txt', data: new TextEncoder().encode('hi') }]);
    const v = new DataView(out.buffer);
    expect(v.getUint32(0, true)).toBe(0x04034b50);
    expect(v.getUint32(out.length - 22, true)).toBe(0x06054b50);
    expect(v.getUint16(out.length - 22 + 10, true)).toBe(1);
    expect(new TextDecoder().decode(out.slice(30, 35))).toBe('a.txt');
    expect(new TextDecoder().decode(out.slice(35, 37))).toBe('hi');
  });
});
