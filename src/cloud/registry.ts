/** Every service's operations, by service name: the single source for dispatch, the wire and the CLI. */
import type { ServiceName } from '../core';
import { iamOperations, stsOperations } from '../iam/operations/registry';
import { kmsOperations } from '../kms/operations/registry';
import { acmOperations } from '../acm/operations/registry';
import { acmPcaOperations } from '../acm/pca/registry';
import { apigatewayOperations } from '../acm/usage/apigateway';
import { cloudfrontOperations } from '../acm/usage/cloudfront';
import { elbv2Operations } from '../acm/usage/elbv2';
import { route53Operations } from '../acm/usage/route53';
import { mailboxOperations } from '../acm/usage/mailbox';
import type { AnyOperation } from './types';

export const SERVICES: Record<ServiceName, AnyOperation[]> = {
  kms: kmsOperations,
  iam: iamOperations,
  sts: stsOperations,
  acm: acmOperations,
  'acm-pca': acmPcaOperations,
  // Certificate-using services, modelled only as far as certificates go (src/acm/usage).
  route53: route53Operations,
  cloudfront: cloudfrontOperations,
  elbv2: elbv2Operations,
  apigateway: apigatewayOperations,
  // Lab only: the simulated approval of ACM's validation email (no AWS API; not in the CLI or on the wire).
  mailbox: mailboxOperations,
};

export const EVENT_SOURCES: Record<ServiceName, string> = {
  kms: 'kms.amazonaws.com',
  iam: 'iam.amazonaws.com',
  sts: 'sts.amazonaws.com',
  acm: 'acm.amazonaws.com',
  'acm-pca': 'acm-pca.amazonaws.com',
  route53: 'route53.amazonaws.com',
  cloudfront: 'cloudfront.amazonaws.com',
  elbv2: 'elasticloadbalancing.amazonaws.com',
  apigateway: 'apigateway.amazonaws.com',
  mailbox: 'mailbox.kmslab.simulated',
};

export function findOperation(service: ServiceName, name: string): AnyOperation | undefined {
  return (SERVICES as Record<string, AnyOperation[]>)[service]?.find((op) => op.name === name);
}
