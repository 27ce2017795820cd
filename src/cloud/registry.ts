/**
 * Every service's runtime, all loaded: importing this module makes every operation readable
 * synchronously, for the wire and the CLI. The cloud itself dispatches through services/, which
 * loads ACM and the certificate users on first use so the browser's first screen does not carry them.
 */
import { createAcmContext } from '@/acm/context';
import { acmRegistry } from '@/acm/operations/registry';
import { acmPcaRegistry } from '@/acm/pca/registry';
import { apigatewayRegistry } from '@/acm/usage/apigateway';
import { cloudfrontRegistry } from '@/acm/usage/cloudfront';
import { elbv2Registry } from '@/acm/usage/elbv2';
import { mailboxRegistry } from '@/acm/usage/mailbox';
import { route53Registry } from '@/acm/usage/route53';
import { cloudTrailContextOf, cloudTrailRegistry } from '@/cloudtrail/operations/registry';
import { secretsContextOf } from '@/secrets/context';
import { secretsRegistry } from '@/secrets/operations/registry';
import { defaultServices, provideRuntime } from './services';
import { acmPcaService, acmRuntime, acmService, apigatewayService, cloudfrontService, elbv2Service, mailboxService, route53Service } from './services/acm';
import { cloudTrailService } from './services/cloudtrail';
import { secretsService } from './services/secrets';
import type { AnyOperation } from './types';

provideRuntime(acmService, acmRuntime(acmRegistry, createAcmContext));
provideRuntime(acmPcaService, acmRuntime(acmPcaRegistry, createAcmContext));
provideRuntime(route53Service, acmRuntime(route53Registry, createAcmContext));
provideRuntime(cloudfrontService, acmRuntime(cloudfrontRegistry, createAcmContext));
provideRuntime(elbv2Service, acmRuntime(elbv2Registry, createAcmContext));
provideRuntime(apigatewayService, acmRuntime(apigatewayRegistry, createAcmContext));
provideRuntime(mailboxService, acmRuntime(mailboxRegistry, createAcmContext));
provideRuntime(secretsService, { registry: secretsRegistry, context: secretsContextOf });
provideRuntime(cloudTrailService, { registry: cloudTrailRegistry, context: cloudTrailContextOf });

/** The operation of a default service, by name (every service is loaded here). */
export function findOperation(service: string, name: string): AnyOperation | undefined {
  return defaultServices.loadedOperations(service)?.find((op) => op.name === name);
}
