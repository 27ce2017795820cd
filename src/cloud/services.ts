/**
 * Where the cloud finds a service's operations. KMS, IAM and STS are here from the start: the
 * home page lists keys as the signed-in identity, which needs them. The other services (ACM,
 * Private CA and the certificate users) are loaded on first use, by a dynamic import, so the
 * browser's first screen does not carry them (issue 8, README "Budgets"); `cloud.call()` awaits
 * the load. Importing registry.ts (the CLI, the wire protocol, the endpoint, tests) provides
 * every service at once, so code that reads the operations synchronously finds them all.
 */
import type { ServiceName } from '@/core';
import { iamOperations, stsOperations } from '@/iam/operations/registry';
import { kmsOperations } from '@/kms/operations/registry';
import type { AnyOperation } from './types';

const loaded: Partial<Record<ServiceName, AnyOperation[]>> = { kms: kmsOperations, iam: iamOperations, sts: stsOperations };

/** The services not loaded at start, each with the import that brings its operations. */
const LOADERS: Record<Exclude<ServiceName, 'kms' | 'iam' | 'sts'>, () => Promise<AnyOperation[]>> = {
  acm: () => import('@/acm/operations/registry').then((m) => m.acmOperations),
  'acm-pca': () => import('@/acm/pca/registry').then((m) => m.acmPcaOperations),
  route53: () => import('@/acm/usage/route53').then((m) => m.route53Operations),
  cloudfront: () => import('@/acm/usage/cloudfront').then((m) => m.cloudfrontOperations),
  elbv2: () => import('@/acm/usage/elbv2').then((m) => m.elbv2Operations),
  apigateway: () => import('@/acm/usage/apigateway').then((m) => m.apigatewayOperations),
  mailbox: () => import('@/acm/usage/mailbox').then((m) => m.mailboxOperations),
};

export const SERVICE_NAMES = Object.keys({ kms: 1, iam: 1, sts: 1, ...LOADERS }) as ServiceName[];

/** The operations of a service if they are loaded; undefined for an unknown service or one not loaded yet. */
export function loadedOperations(service: ServiceName): AnyOperation[] | undefined {
  return Object.hasOwn(loaded, service) ? loaded[service] : undefined;
}

/** The operations of a service, loading them on first use; undefined for an unknown service. */
export async function loadOperations(service: ServiceName): Promise<AnyOperation[] | undefined> {
  const now = loadedOperations(service);
  if (now || !Object.hasOwn(LOADERS, service)) return now;
  return (loaded[service] = await LOADERS[service as keyof typeof LOADERS]());
}

/** Loads every service (for code that then reads operations synchronously, e.g. the CLI). */
export async function loadAllOperations(): Promise<void> {
  await Promise.all(SERVICE_NAMES.map(loadOperations));
}

/** registry.ts hands over every service it imported statically. */
export function provideOperations(all: Record<ServiceName, AnyOperation[]>): void {
  Object.assign(loaded, all);
}

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
