/**
 * The services of the simulated account, in one list (docs/adding-a-service.md). KMS, IAM and STS
 * are at hand from the start: the home page lists keys as the signed-in identity, which needs
 * them. The others load on first use (`cloud.call()` awaits the load); importing registry.ts
 * (the CLI, the wire protocol, the endpoint, tests) provides every service at once, so code that
 * reads operations synchronously finds them all.
 */
import type { ServiceDescriptor } from '@/cloud/service';
import type { AnyOperation } from '@/cloud/types';
import { ACM_FAMILY } from './acm';
import { cloudTrailService } from './cloudtrail';
import { iamService, stsService } from './iam';
import { kmsService } from './kms';
import { secretsService } from './secrets';
import { ServiceTable } from './table';

export const DEFAULT_SERVICES = [
  kmsService,
  iamService,
  stsService,
  ...ACM_FAMILY,
  secretsService,
  cloudTrailService,
] as const satisfies readonly ServiceDescriptor<string, any>[];

/** The services every cloud runs unless told otherwise (`createCloud({ services })`). */
export const defaultServices = new ServiceTable(DEFAULT_SERVICES);

export const SERVICE_NAMES = DEFAULT_SERVICES.map((d) => d.name);

/** The operations of a default service if they are loaded; undefined for an unknown service or one not loaded yet. */
export const loadedOperations = (service: string): readonly AnyOperation[] | undefined => defaultServices.loadedOperations(service);

/** The operations of a default service, loading them on first use; undefined for an unknown service. */
export const loadOperations = (service: string): Promise<readonly AnyOperation[] | undefined> => defaultServices.operations(service);

/** Loads every default service (for code that then reads operations synchronously). */
export const loadAllOperations = (): Promise<void> => defaultServices.loadAll();

export { ServiceTable, loadRuntime, loadedRuntime, operationOf, operationsOf, provideRuntime } from './table';
