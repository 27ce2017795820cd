/** The one entry into the simulated account, shared by the console, the shell, the endpoint and tests. */
import type { OperationRow } from '@/core';
import type { Principal } from '@/iam/model';

/** Where a call came from: recorded in the trail like CloudTrail's userAgent. */
export type CallSource = 'console' | 'cli' | 'sdk' | 'lab';

export interface CallRequest {
  /** A service of the cloud (src/cloud/services), or of a cloud made with more; typed.ts narrows literal calls to the registries' names. */
  service: string;
  operation: string;
  input?: Record<string, unknown>;
  /** The caller; defaults to the account root. */
  caller?: Principal;
  /** Defaults to us-east-1. */
  region?: string;
  source?: CallSource;
  /** Free text recorded as the trail's userAgent (e.g. `aws-cli/2.9.19`). */
  userAgent?: string;
  /** The service principal making this call on the caller's behalf (`s3.amazonaws.com`): CloudTrail's invokedBy, kms:ViaService. */
  invokedBy?: string;
}

/** A registry row: an operation at hand or one loaded on its first call (core/operation.ts). */
export type AnyOperation = OperationRow<any, any, any, any>;
