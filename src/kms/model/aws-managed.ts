/**
 * AWS managed keys (docs/aws-behaviour.md, "AWS managed keys"): created in the account on first use of
 * their predefined alias `alias/aws/<service>`; KeyManager AWS; yearly rotation, always on;
 * policy, description, tags, state and deletion cannot be changed. Their policy allows use
 * only through the service (kms:ViaService), so direct CLI use is denied.
 */
import { ACCOUNT_ID, rootArn } from '@/core';
import { kmsPretty } from './policy-json';

export const AWS_MANAGED_SERVICES: Record<string, { title: string; via: string; policyId: string }> = {
  acm: { title: 'ACM', via: 'acm', policyId: 'auto-acm-1' },
  dynamodb: { title: 'DynamoDB tables', via: 'dynamodb', policyId: 'auto-dynamodb-1' },
  ebs: { title: 'EBS volumes', via: 'ec2', policyId: 'auto-ebs-2' },
  elasticfilesystem: { title: 'Elastic File Systems', via: 'elasticfilesystem', policyId: 'auto-elasticfilesystem-1' },
  lambda: { title: 'Lambda functions', via: 'lambda', policyId: 'auto-awslambda' },
  rds: { title: 'RDS databases', via: 'rds', policyId: 'auto-rds-2' },
  redshift: { title: 'Redshift clusters', via: 'redshift', policyId: 'auto-redshift-1' },
  s3: { title: 'S3 objects', via: 's3', policyId: 'auto-s3-2' },
  secretsmanager: { title: 'Secrets Manager secrets', via: 'secretsmanager', policyId: 'auto-secretsmanager-1' },
  sns: { title: 'SNS topics', via: 'sns', policyId: 'auto-sns-1' },
  sqs: { title: 'SQS queues', via: 'sqs', policyId: 'auto-sqs-1' },
  ssm: { title: 'SSM parameters', via: 'ssm', policyId: 'auto-ssm-1' },
};

export const awsManagedServiceOf = (aliasName: string): string | undefined => {
  const m = /^alias\/aws\/(.+)$/.exec(aliasName);
  return m && AWS_MANAGED_SERVICES[m[1]!] ? m[1] : undefined;
};

export const awsManagedDescription = (service: string) => `Default key that protects my ${AWS_MANAGED_SERVICES[service]!.title} when no other key is defined`;

export function awsManagedPolicy(service: string, region: string, account = ACCOUNT_ID): string {
  const s = AWS_MANAGED_SERVICES[service]!;
  return kmsPretty({
    Version: '2012-10-17',
    Id: s.policyId,
    Statement: [
      {
        Sid: `Allow access through ${s.title} for all principals in the account that are authorized to use ${s.title}`,
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:DescribeKey'],
        Resource: '*',
        Condition: { StringEquals: { 'kms:CallerAccount': account, 'kms:ViaService': `${s.via}.${region}.amazonaws.com` } },
      },
      {
        Sid: 'Allow direct access to key metadata to the account',
        Effect: 'Allow',
        Principal: { AWS: rootArn(account) },
        Action: ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:RevokeGrant'],
        Resource: '*',
      },
    ],
  });
}
