/** Every service's operations, by service name: the single source for dispatch, the wire and the CLI. */
import type { ServiceName } from '../core';
import { iamOperations, stsOperations } from '../iam/operations/registry';
import { kmsOperations } from '../kms/operations/registry';
import type { AnyOperation } from './types';

export const SERVICES: Record<Exclude<ServiceName, 'acm'>, AnyOperation[]> = {
  kms: kmsOperations,
  iam: iamOperations,
  sts: stsOperations,
};

export const EVENT_SOURCES: Record<ServiceName, string> = {
  kms: 'kms.amazonaws.com',
  iam: 'iam.amazonaws.com',
  sts: 'sts.amazonaws.com',
  acm: 'acm.amazonaws.com',
};

export function findOperation(service: ServiceName, name: string): AnyOperation | undefined {
  return (SERVICES as Record<string, AnyOperation[]>)[service]?.find((op) => op.name === name);
}
