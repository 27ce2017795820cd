/**
 * The services a cloud runs, by name and by wire target, with their runtimes loaded on first use
 * (docs/architecture.md, "Services"). A runtime, once loaded, is shared by every cloud.
 */
import { parseArn } from '@/core';
import type { ServiceDescriptor, ServiceRuntime } from '@/cloud/service';
import type { AnyOperation } from '@/cloud/types';

const runtimes = new WeakMap<ServiceDescriptor, ServiceRuntime>();
const lists = new WeakMap<ServiceRuntime, readonly AnyOperation[]>();

/** A runtime's operations as a list, in the registry's order. */
export function operationsOf(runtime: ServiceRuntime): readonly AnyOperation[] {
  let list = lists.get(runtime);
  if (!list) {
    for (const [row, op] of Object.entries(runtime.registry)) {
      if (op.name !== row) throw new Error(`Registry row ${row} holds the operation ${op.name}: a row is named as its operation.`);
    }
    lists.set(runtime, (list = Object.values(runtime.registry)));
  }
  return list;
}

/** An operation of a runtime by its name (own names only: `toString` is no operation). */
export function operationOf(runtime: ServiceRuntime, name: string): AnyOperation | undefined {
  operationsOf(runtime); // checks the rows once
  return Object.hasOwn(runtime.registry, name) ? runtime.registry[name] : undefined;
}

/** The runtime of a service if it is at hand (always for eager services; after a load for the others). */
export function loadedRuntime(d: ServiceDescriptor): ServiceRuntime | undefined {
  return typeof d.runtime === 'function' ? runtimes.get(d) : d.runtime;
}

export async function loadRuntime(d: ServiceDescriptor): Promise<ServiceRuntime> {
  const now = loadedRuntime(d);
  if (now) return now;
  const loaded = await (d.runtime as () => Promise<ServiceRuntime>)();
  runtimes.set(d, loaded);
  return loaded;
}

/** Hands over a runtime imported statically (registry.ts), so it reads synchronously from then on. */
export function provideRuntime(d: ServiceDescriptor, runtime: ServiceRuntime): void {
  if (typeof d.runtime === 'function') runtimes.set(d, runtime);
}

export class ServiceTable {
  private readonly byName = new Map<string, ServiceDescriptor>();
  private readonly byTarget = new Map<string, ServiceDescriptor>();
  private readonly resourceTypes = new Map<string, string>();

  constructor(readonly list: readonly ServiceDescriptor<string, any>[]) {
    for (const d of list) {
      if (this.byName.has(d.name)) throw new Error(`Service ${d.name} is declared twice.`);
      this.byName.set(d.name, d);
      for (const prefix of d.wire ? [d.wire.targetPrefix, ...(d.wire.targetAliases ?? [])] : []) this.byTarget.set(prefix, d);
      for (const [k, v] of Object.entries(d.trailResourceTypes ?? {})) this.resourceTypes.set(k, v);
    }
  }

  get(name: string): ServiceDescriptor | undefined {
    return this.byName.get(name);
  }

  /** The service behind an `X-Amz-Target` prefix (`TrentService`). */
  byTargetPrefix(prefix: string): ServiceDescriptor | undefined {
    return this.byTarget.get(prefix);
  }

  /** The operations of a service if they are loaded; undefined for an unknown service or one not loaded yet. */
  loadedOperations(name: string): readonly AnyOperation[] | undefined {
    const d = this.get(name);
    const runtime = d && loadedRuntime(d);
    return runtime && operationsOf(runtime);
  }

  /** The operations of a service, loading them on first use; undefined for an unknown service. */
  async operations(name: string): Promise<readonly AnyOperation[] | undefined> {
    const d = this.get(name);
    return d && operationsOf(await loadRuntime(d));
  }

  async loadAll(): Promise<void> {
    await Promise.all(this.list.map(loadRuntime));
  }

  /** CloudTrail's type of a resource by its ARN (`AWS::KMS::Key`). */
  trailResourceType(arn: string): string {
    const parsed = parseArn(arn);
    // The resource type ends at the first / or : (`key/<id>`, `secret:<name>-<suffix>`).
    const kind = parsed ? `${parsed.service}:${parsed.resource.split(/[/:]/)[0]}` : '';
    return this.resourceTypes.get(kind) ?? `AWS::${parsed?.service ?? 'Unknown'}::Resource`;
  }
}
