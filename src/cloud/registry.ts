/**
 * Every service's runtime, all loaded: importing this module makes every operation readable
 * synchronously, for the wire and the CLI. The cloud itself dispatches through services/, which
 * loads ACM and the certificate users on first use so the browser's first screen does not carry them.
 */
import { createAcmContext } from '@/acm/context';
import { acmOperations } from '@/acm/operations/registry';
import { acmPcaOperations } from '@/acm/pca/registry';
import { apigatewayOperations } from '@/acm/usage/apigateway';
import { cloudfrontOperations } from '@/acm/usage/cloudfront';
import { elbv2Operations } from '@/acm/usage/elbv2';
import { mailboxOperations } from '@/acm/usage/mailbox';
import { route53Operations } from '@/acm/usage/route53';
import { defaultServices, provideRuntime } from './services';
import { acmPcaService, acmRuntime, acmService, apigatewayService, cloudfrontService, elbv2Service, mailboxService, route53Service } from './services/acm';
import type { AnyOperation } from './types';

for (const [service, operations] of [
  [acmService, acmOperations],
  [acmPcaService, acmPcaOperations],
  [route53Service, route53Operations],
  [cloudfrontService, cloudfrontOperations],
  [elbv2Service, elbv2Operations],
  [apigatewayService, apigatewayOperations],
  [mailboxService, mailboxOperations],
] as const) {
  provideRuntime(service, acmRuntime(operations, createAcmContext));
}

/** The operation of a default service, by name (every service is loaded here). */
export function findOperation(service: string, name: string): AnyOperation | undefined {
  return defaultServices.loadedOperations(service)?.find((op) => op.name === name);
}
