/**
 * Every service's operations, by service name, all loaded: the single source for the wire and the
 * CLI. The cloud itself dispatches through services.ts, which loads ACM and the certificate users
 * on first use so the browser's first screen does not carry them.
 */
import type { ServiceName } from '@/core';
import { iamOperations, stsOperations } from '@/iam/operations/registry';
import { kmsOperations } from '@/kms/operations/registry';
import { acmOperations } from '@/acm/operations/registry';
import { acmPcaOperations } from '@/acm/pca/registry';
import { apigatewayOperations } from '@/acm/usage/apigateway';
import { cloudfrontOperations } from '@/acm/usage/cloudfront';
import { elbv2Operations } from '@/acm/usage/elbv2';
import { route53Operations } from '@/acm/usage/route53';
import { mailboxOperations } from '@/acm/usage/mailbox';
import { provideOperations } from './services';
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

// Every service is now loaded: the cloud's lazy loading (services.ts) finds them without an import.
provideOperations(SERVICES);

export { EVENT_SOURCES } from './services';

export function findOperation(service: ServiceName, name: string): AnyOperation | undefined {
  return (SERVICES as Record<string, AnyOperation[]>)[service]?.find((op) => op.name === name);
}
