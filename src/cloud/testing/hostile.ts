/**
 * What the hostile-names property test (hostile-names.property.test.ts) runs on: an account
 * with one of everything (keys, an alias, a connected CloudHSM key store and its key, IAM users,
 * groups, roles and inline policies, an issued certificate, a private CA, a load balancer and its
 * listener, a CloudFront distribution, an API Gateway domain name), inputs for every operation
 * built from its input shape with real values, every place in a shape where a name, id or map key
 * goes, and a per-entry view of the account to tell what a call changed.
 */
import { PROTOTYPE_NAMES, SimulatedClock, seededRandom, utf8, type Shape, type StructureShape } from '@/core';
import { createCloud, type Cloud } from '@/cloud/create-cloud';
import '@/cloud/registry';
import type { CloudState } from '@/cloud/state';
import { userKeyedMaps } from '@/cloud/state-dicts';
import { HOSTED_ZONE_ID } from '@/acm/usage/route53';
import { simpleDistributionConfig } from '@/acm/usage/cloudfront-config';

/** Object.prototype's names, `__proto__`, and names functions and arrays answer to. */
export const HOSTILE_NAMES: readonly string[] = [...new Set([...PROTOTYPE_NAMES, 'prototype', 'length', 'then', 'caller', 'arguments', 'name'])];

const PEM = '-----BEGIN CERTIFICATE-----\nMIIDhjCCAm6gAwIBAgIJAP9\n-----END CERTIFICATE-----\n';
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const IDENTITY_POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Describe*', Resource: '*' }] });
const TRUST_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

export interface Fixture {
  state: CloudState;
  /** Real values by input member name (first letter upper case), for building inputs. */
  values: Record<string, string>;
  blobs: Record<string, Uint8Array>;
}

export async function buildFixture(): Promise<Fixture> {
  const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(11) });
  const call = (service: any, operation: string, input: Record<string, unknown> = {}) => cloud.call({ service, operation, input });
  const key = (await call('kms', 'CreateKey', { Description: 'fixture key' })).KeyMetadata.KeyId as string;
  const other = (await call('kms', 'CreateKey', { Description: 'other key' })).KeyMetadata.KeyId as string;
  await call('kms', 'CreateAlias', { AliasName: 'alias/fixture', TargetKeyId: key });
  const store = (
    await call('kms', 'CreateCustomKeyStore', {
      CustomKeyStoreName: 'fixture-store',
      CloudHsmClusterId: 'cluster-234abcdefgh',
      TrustAnchorCertificate: PEM,
      KeyStorePassword: 'kmsPswd1',
    })
  ).CustomKeyStoreId as string;
  await call('kms', 'ConnectCustomKeyStore', { CustomKeyStoreId: store });
  await call('kms', 'CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: store, Description: 'hsm key' });
  const blob = (await call('kms', 'Encrypt', { KeyId: key, Plaintext: utf8('fixture') })).CiphertextBlob as Uint8Array;

  await call('iam', 'CreateUser', { UserName: 'fixture-user' });
  await call('iam', 'CreateGroup', { GroupName: 'fixture-group' });
  await call('iam', 'AddUserToGroup', { GroupName: 'fixture-group', UserName: 'fixture-user' });
  await call('iam', 'AttachUserPolicy', { UserName: 'fixture-user', PolicyArn: ADMIN });
  await call('iam', 'AttachGroupPolicy', { GroupName: 'fixture-group', PolicyArn: ADMIN });
  await call('iam', 'PutUserPolicy', { UserName: 'fixture-user', PolicyName: 'fixture-inline', PolicyDocument: IDENTITY_POLICY });
  await call('iam', 'PutGroupPolicy', { GroupName: 'fixture-group', PolicyName: 'fixture-inline', PolicyDocument: IDENTITY_POLICY });
  await call('iam', 'CreateRole', { RoleName: 'fixture-role', AssumeRolePolicyDocument: TRUST_POLICY });
  await call('iam', 'AttachRolePolicy', { RoleName: 'fixture-role', PolicyArn: ADMIN });
  const accessKey = (await call('iam', 'CreateAccessKey', { UserName: 'fixture-user' })).AccessKey.AccessKeyId as string;

  const cert = (
    await call('acm', 'RequestCertificate', { DomainName: 'www.example.com', SubjectAlternativeNames: ['api.example.com'], ValidationMethod: 'DNS' })
  ).CertificateArn as string;
  const described = (await call('acm', 'DescribeCertificate', { CertificateArn: cert })).Certificate;
  for (const v of described.DomainValidationOptions) {
    const record = v.ResourceRecord;
    await call('route53', 'ChangeResourceRecordSets', {
      HostedZoneId: HOSTED_ZONE_ID,
      ChangeBatch: {
        Changes: [{ Action: 'UPSERT', ResourceRecordSet: { Name: record.Name, Type: 'CNAME', TTL: 300, ResourceRecords: [{ Value: record.Value }] } }],
      },
    });
  }
  const ca = (
    await call('acm-pca', 'CreateCertificateAuthority', {
      CertificateAuthorityType: 'ROOT',
      CertificateAuthorityConfiguration: { KeyAlgorithm: 'EC_prime256v1', SigningAlgorithm: 'SHA256WITHECDSA', Subject: { CommonName: 'Fixture Root' } },
    })
  ).CertificateAuthorityArn as string;
  const lb = (await call('elbv2', 'CreateLoadBalancer', { Name: 'fixture-lb' })).LoadBalancers[0].LoadBalancerArn as string;
  const listener = (await call('elbv2', 'CreateListener', { LoadBalancerArn: lb, Protocol: 'HTTPS', Port: 443, Certificates: [{ CertificateArn: cert }] }))
    .Listeners[0].ListenerArn as string;
  const dist = (
    await call('cloudfront', 'CreateDistribution', {
      DistributionConfig: simpleDistributionConfig({
        callerReference: 'fixture',
        origin: 'bucket.s3.amazonaws.com',
        aliases: ['www.example.com'],
        certificateArn: cert,
      }),
    })
  ).Distribution.Id as string;
  await call('apigateway', 'CreateDomainName', { domainName: 'api.example.com', regionalCertificateArn: cert, endpointConfiguration: { types: ['REGIONAL'] } });
  await call('secretsmanager', 'CreateSecret', { Name: 'fixture-secret', SecretString: 'fixture value', Tags: [{ Key: 'team', Value: 'blue' }] });

  const values: Record<string, string> = {
    KeyId: key,
    SecretId: 'fixture-secret',
    TargetKeyId: other,
    SourceKeyId: key,
    DestinationKeyId: other,
    AliasName: 'alias/fixture',
    CustomKeyStoreId: store,
    CustomKeyStoreName: 'fixture-store-2',
    CloudHsmClusterId: 'cluster-765zyxwvuts',
    TrustAnchorCertificate: PEM,
    KeyStorePassword: 'kmsPswd2',
    Policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }],
    }),
    PolicyName: 'fixture-inline',
    UserName: 'fixture-user',
    GroupName: 'fixture-group',
    RoleName: 'fixture-role',
    PolicyArn: ADMIN,
    PolicyDocument: IDENTITY_POLICY,
    AssumeRolePolicyDocument: TRUST_POLICY,
    AccessKeyId: accessKey,
    CertificateArn: cert,
    CertificateAuthorityArn: ca,
    ACMCertificateArn: cert,
    RegionalCertificateArn: cert,
    DomainName: 'api.example.com',
    Domain: 'www.example.com',
    ValidationDomain: 'example.com',
    HostedZoneId: HOSTED_ZONE_ID,
    LoadBalancerArn: lb,
    ListenerArn: listener,
    Id: dist,
    Name: 'fixture-lb',
    OriginDomainName: 'bucket.s3.amazonaws.com',
    CallerReference: 'fixture-2',
    KeyAlgorithm: 'EC_prime256v1',
    SigningAlgorithm: 'SHA256WITHECDSA',
    CertificateAuthorityType: 'ROOT',
    WrappingAlgorithm: 'RSAES_OAEP_SHA_256',
    WrappingKeySpec: 'RSA_2048',
    KeySpec: 'AES_256',
    Protocol: 'HTTPS',
    Action: 'UPSERT',
    Type: 'CNAME',
    Status: 'Active',
    ValidationMethod: 'DNS',
    CustomKeyStoreType: 'AWS_CLOUDHSM',
  };
  return { state: cloud.snapshot(), values, blobs: { CiphertextBlob: blob, Plaintext: utf8('hello') } };
}

/** A cloud on a copy of the fixture's account (restored as a learner's saved account would be). */
export const fixtureCloud = (f: Fixture): Cloud => createCloud({ state: structuredClone(f.state), random: seededRandom(12) });

/** Where a name, id or key goes in an input: a path of members and list indexes, and whether it is a map's key. */
export interface Position {
  path: (string | number)[];
  mapKey: boolean;
}

export const showPosition = (p: Position) => p.path.join('.') + (p.mapKey ? '{key}' : '');

/** Every string (and every map key) an input shape holds, nested ones included. */
export function positions(shape: Shape, path: (string | number)[] = []): Position[] {
  switch (shape.type) {
    case 'string':
      return [{ path, mapKey: false }];
    case 'structure':
      return Object.entries(shape.members).flatMap(([name, m]) => positions(m, [...path, name]));
    case 'list':
      return positions(shape.member, [...path, 0]);
    case 'map':
      return [{ path, mapKey: true }, ...positions(shape.value, [...path, 'k'])];
    default:
      return [];
  }
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const INTEGERS: Record<string, number> = {
  NumberOfBytes: 32,
  RotationPeriodInDays: 90,
  PendingWindowInDays: 7,
  RecoveryWindowInDays: 7,
  Port: 443,
  TTL: 300,
  MaxSessionDuration: 3600,
  Quantity: 1,
};

/** An input for `shape` with real values: required members, and every member on the way to `along`. */
export function buildInput(shape: StructureShape, f: Fixture, along: (string | number)[] = [], o: BaseInput = {}): Record<string, unknown> {
  const out = value(shape, { ...f, values: { ...f.values, ...o.values } }, along, '', true) as Record<string, unknown>;
  for (const m of o.include ?? []) if (out[m] === undefined) out[m] = value(shape.members[m]!, { ...f, values: { ...f.values, ...o.values } }, [], m, false);
  return out;
}

/** What an operation needs beyond its required members to get past its own checks. */
export interface BaseInput {
  include?: string[];
  values?: Record<string, string>;
}

/** Per operation: the optional members it needs and the values that must be new rather than the fixture's. */
export const BASE_INPUTS: Record<string, BaseInput> = {
  'kms.CreateCustomKeyStore': { include: ['CloudHsmClusterId', 'TrustAnchorCertificate', 'KeyStorePassword'] },
  'kms.GenerateDataKey': { include: ['KeySpec'] },
  'kms.GenerateDataKeyWithoutPlaintext': { include: ['KeySpec'] },
  // An ECC pair, not the first spec (RSA_2048): an RSA pair per call was 90% of the property test's time.
  'kms.GenerateDataKeyPair': { values: { KeyPairSpec: 'ECC_NIST_P256' } },
  'kms.GenerateDataKeyPairWithoutPlaintext': { values: { KeyPairSpec: 'ECC_NIST_P256' } },
  'kms.CreateAlias': { values: { AliasName: 'alias/new' } },
  'iam.CreateUser': { values: { UserName: 'new-user' } },
  'iam.CreateGroup': { values: { GroupName: 'new-group' } },
  'iam.CreateRole': { values: { RoleName: 'new-role' } },
  'elbv2.CreateLoadBalancer': { values: { Name: 'new-lb' } },
  'apigateway.CreateDomainName': { include: ['regionalCertificateArn', 'endpointConfiguration'], values: { DomainName: 'www.example.com' } },
  'cloudfront.CreateDistribution': { values: { CallerReference: 'new-distribution' } },
  'secretsmanager.CreateSecret': { include: ['SecretString'], values: { Name: 'new-secret' } },
};

function value(shape: Shape, f: Fixture, along: (string | number)[], name: string, onPath: boolean): unknown {
  switch (shape.type) {
    case 'string': {
      const v = f.values[upperFirst(name)];
      if (shape.enum) return v && shape.enum.includes(v) ? v : shape.enum[0];
      return v ?? (name === 'Items' ? 'www.example.com' : 'fixture');
    }
    case 'integer':
      return INTEGERS[upperFirst(name)] ?? shape.min ?? 1;
    case 'boolean':
      return false;
    case 'timestamp':
      return new Date(Date.UTC(2027, 0, 1));
    case 'blob':
      return f.blobs[upperFirst(name)] ?? new Uint8Array(32).fill(7);
    case 'list':
      return [value(shape.member, f, onPath ? along.slice(1) : [], name, onPath && along[0] === 0)];
    case 'map':
      return { k: 'v' };
    case 'structure': {
      const out: Record<string, unknown> = {};
      for (const [m, s] of Object.entries(shape.members)) {
        const next = onPath && along[0] === m;
        if (!shape.required?.includes(m) && !next) continue;
        out[m] = value(s, f, next ? along.slice(1) : [], m, next);
      }
      return out;
    }
  }
}

/** The input with the string at `p` replaced by `text` (or the map at `p` holding the one key `text`). */
export function withValue(input: Record<string, unknown>, p: Position, text: string): Record<string, unknown> {
  const copy = structuredClone(input);
  let at: any = copy;
  for (const step of p.path.slice(0, -1)) at = at[step];
  const last = p.path[p.path.length - 1]!;
  if (p.mapKey) {
    // As JSON.parse (the wire, the CLI) gives it: an own member named `__proto__` ...
    const map = {};
    Object.defineProperty(map, text, { value: 'v', enumerable: true, writable: true, configurable: true });
    at[last] = map;
  } else at[last] = text;
  return copy;
}

/** The string at `p` in the input (the real value a hostile one replaces). */
export function valueAt(input: Record<string, unknown>, p: Position): unknown {
  let at: any = input;
  for (const step of p.path) at = at?.[step];
  return at;
}

/**
 * The texts to try at a position holding `real`: the name itself, and the name in the real
 * value's own form (the last part of an ARN or an alias name), so lookups by ARN meet it too.
 */
export function variants(name: string, real: unknown): string[] {
  const out = new Set([name]);
  if (typeof real === 'string') {
    const slash = real.lastIndexOf('/');
    if (slash >= 0) out.add(real.slice(0, slash + 1) + name);
    else if (real.startsWith('arn:')) out.add(real.slice(0, real.lastIndexOf(':') + 1) + name);
  }
  return [...out];
}

/** Every entry of every user-keyed map, as JSON (CryptoKeys and bytes made comparable). */
export function entries(state: CloudState): Map<string, string> {
  const out = new Map<string, string>();
  const json = (v: unknown) =>
    JSON.stringify(v, (_k, x) =>
      typeof CryptoKey !== 'undefined' && x instanceof CryptoKey ? 'CryptoKey' : x instanceof Uint8Array ? Buffer.from(x).toString('hex') : x,
    );
  for (const [path, map] of userKeyedMaps(state)) {
    if (path === 'kms' || path === 'acm.regions' || path === 'secretsmanager.regions') continue; // containers of the maps listed on their own
    for (const [k, v] of Object.entries(map)) out.set(`${path}[${JSON.stringify(k)}]`, json(v));
  }
  return out;
}
