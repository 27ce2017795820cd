/** The context KMS operations run with, built by the KMS service descriptor (src/cloud/services/kms.ts) for each call. */
import type { Principal } from '@/iam/model';
import type { TrailEvent } from '@/trail';
import type { KmsContext, KmsEnv } from './context';
import type { KmsRegionState } from './model/key';
import { resolveKey } from './model/resolve-key';

export function createKmsContext(o: {
  env: KmsEnv;
  region: string;
  caller: Principal;
  /** The Region's state, and any other Region's. */
  regionState: (region: string) => KmsRegionState;
  resources: string[];
  trail: readonly TrailEvent[];
}): KmsContext {
  const state = o.regionState(o.region);
  const ctx: KmsContext = {
    region: o.region,
    state,
    env: o.env,
    caller: o.caller,
    resources: o.resources,
    trail: o.trail,
    regionState: o.regionState,
    resolveKey: async (identifier, forms) => {
      const key = await resolveKey(state, o.env, o.region, identifier, forms);
      if (!ctx.resources.includes(key.arn)) ctx.resources.push(key.arn);
      return key;
    },
  };
  return ctx;
}
