/**
 * AWS managed policies the lab offers, as data: names, ids, ARNs, versions, dates and their
 * JSON documents as AWS publishes them in the AWS Managed Policy Reference, e.g.
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSKeyManagementServicePowerUser.html
 * (versions as published in 2026). Dates whose seconds the reference does not give use :00.
 */
import { managedPolicyArn } from '@/core';
import { parsePolicyObject, type ParsedPolicy } from './policy-document';

export interface ManagedPolicy {
  name: string;
  arn: string;
  /** ANPA... as ListPolicies returns it. */
  policyId: string;
  path: string;
  description: string;
  defaultVersionId: string;
  createDate: string;
  updateDate: string;
  /** The policy JSON of the default version. */
  document: Record<string, unknown>;
}

const ALLOW_ALL = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

const POWER_USER = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
    {
      Effect: 'Allow',
      Action: [
        'account:GetAccountInformation',
        'account:GetGovCloudAccountInformation',
        'account:GetPrimaryEmail',
        'account:ListRegions',
        'iam:CreateServiceLinkedRole',
        'iam:DeleteServiceLinkedRole',
        'iam:ListRoles',
        'organizations:DescribeEffectivePolicy',
        'organizations:DescribeOrganization',
      ],
      Resource: '*',
    },
  ],
};

/**
 * CONDENSED: the real ReadOnlyAccess (v185) lists thousands of read actions service by service
 * in several statements ("ReadOnlyActionsGroup1" ...). For the lab's services the effect is the
 * same as these patterns: every Describe/Get/List call is allowed, nothing that changes state.
 * `*:` in the service part is our shorthand for "every service" (the real policy names each one).
 */
const READ_ONLY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ReadOnlyActionsGroup1',
      Effect: 'Allow',
      Action: ['*:Describe*', '*:Get*', '*:List*', '*:BatchGet*', '*:Search*', '*:View*'],
      Resource: '*',
    },
  ],
};

const KMS_POWER_USER = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: [
        'kms:CreateAlias',
        'kms:CreateKey',
        'kms:DeleteAlias',
        'kms:Describe*',
        'kms:GenerateRandom',
        'kms:Get*',
        'kms:List*',
        'kms:TagResource',
        'kms:UntagResource',
        'iam:ListGroups',
        'iam:ListRoles',
        'iam:ListUsers',
      ],
      Resource: '*',
    },
  ],
};

const IAM_READ_ONLY = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: [
        'iam:GenerateCredentialReport',
        'iam:GenerateServiceLastAccessedDetails',
        'iam:Get*',
        'iam:List*',
        'iam:SimulateCustomPolicy',
        'iam:SimulatePrincipalPolicy',
      ],
      Resource: '*',
    },
  ],
};

const policy = (p: Omit<ManagedPolicy, 'arn' | 'path'>): ManagedPolicy => ({ ...p, arn: managedPolicyArn(p.name), path: '/' });

export const MANAGED_POLICIES: readonly ManagedPolicy[] = [
  policy({
    name: 'AdministratorAccess',
    policyId: 'ANPAIWMBCKSKIEE64ZLYK',
    description: 'Provides full access to AWS services and resources.',
    defaultVersionId: 'v1',
    createDate: '2015-02-06T18:39:46Z',
    updateDate: '2015-02-06T18:39:46Z',
    document: ALLOW_ALL,
  }),
  policy({
    name: 'PowerUserAccess',
    policyId: 'ANPAJYRXTHIB4FOVS3ZXS',
    description: 'Provides full access to AWS services and resources, but does not allow management of Users and groups.',
    defaultVersionId: 'v12',
    createDate: '2015-02-06T18:39:47Z',
    updateDate: '2026-02-12T17:59:00Z',
    document: POWER_USER,
  }),
  policy({
    name: 'ReadOnlyAccess',
    policyId: 'ANPAILL3HVNFSB6DCOWYQ',
    description: 'Provides read-only access to AWS services and resources.',
    defaultVersionId: 'v185',
    createDate: '2015-02-06T18:39:00Z',
    updateDate: '2026-05-18T15:42:00Z',
    document: READ_ONLY,
  }),
  policy({
    name: 'AWSKeyManagementServicePowerUser',
    policyId: 'ANPAJNPP7PPPPMJRV2SA4',
    description: 'Provides access to AWS Key Management Service (KMS).',
    defaultVersionId: 'v2',
    createDate: '2015-02-06T18:40:40Z',
    updateDate: '2017-03-07T00:55:00Z',
    document: KMS_POWER_USER,
  }),
  policy({
    name: 'IAMReadOnlyAccess',
    policyId: 'ANPAJKSO7NDY4T57MWDSQ',
    description: 'Provides read only access to IAM via the AWS Management Console.',
    defaultVersionId: 'v4',
    createDate: '2015-02-06T18:40:39Z',
    updateDate: '2018-01-25T19:11:00Z',
    document: IAM_READ_ONLY,
  }),
];

/** Exact ARN match, as IAM compares policy ARNs. */
export const findManagedPolicy = (arn: string): ManagedPolicy | undefined => MANAGED_POLICIES.find((p) => p.arn === arn);

const parsed = new Map<string, ParsedPolicy>();

/** The parsed document of a managed policy (parsed once; the data is ours, so it always parses). */
export function managedPolicyDocument(p: ManagedPolicy): ParsedPolicy {
  let doc = parsed.get(p.arn);
  if (!doc) {
    const r = parsePolicyObject(p.document, 'identity');
    if (!r.ok) throw new Error(`Managed policy ${p.name} is malformed: ${r.problem}`);
    doc = r.policy;
    parsed.set(p.arn, doc);
  }
  return doc;
}
