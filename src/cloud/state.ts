/** The whole simulated account as plain, structured-cloneable data: a snapshot is a copy of it. */
import type { IamState } from '@/iam/model';
import type { AcmState } from '@/acm/model/certificate';
import type { KmsRegionState } from '@/kms/model/key';
import type { SecretsState } from '@/secrets/model/secret';
import type { TrailEvent } from '@/trail';

export const SCHEMA_VERSION = 1;

/**
 * The account's state: the trail, and one part per service state (`StatePart.key` of the service
 * descriptors, src/cloud/service.ts). The parts of today's services are named here; a service added
 * later keeps its part under its own key.
 */
export interface CloudState {
  schemaVersion: number;
  clockMs: number;
  /** How far the account's clock is ahead of the wall clock when it follows it (the browser's account); absent for a fixed clock. */
  clockOffsetMs?: number;
  trail: TrailEvent[];
  iam: IamState;
  /** KMS per Region, created when a Region is first used. */
  kms: Record<string, KmsRegionState>;
  /** ACM, Private CA, the hosted zone and certificate users; created on first use (optional: older snapshots lack it). */
  acm?: AcmState;
  /** Secrets Manager per Region; created on first use. */
  secretsmanager?: SecretsState;
  [part: string]: unknown;
}
