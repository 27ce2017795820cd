/**
 * Every Certificate Manager console action is an API call through `consoleCall` (signed as the
 * selected identity, in the selected Region, recorded in the event history). `useAction` keeps
 * the calls an action made, so the screen shows their CLI equivalents with the real parameters.
 */
import { useCallback, useState } from 'react';
import type { AuthorizationTrace, ServiceName } from '@/cloud';
import { consoleCall, useConsole } from '@/state/console-store';

export type Caller = <O = any>(operation: string, input?: Record<string, unknown>, service?: ServiceName) => Promise<O>;

export interface RecordedCall {
  service: ServiceName;
  operation: string;
  input: Record<string, unknown>;
  region: string;
  /** How the call was authorized (its "Why allowed"). */
  trace?: AuthorizationTrace;
}

export type Outcome<T = unknown> = { ok: true; value: T; calls: RecordedCall[] } | { ok: false; error: unknown; calls: RecordedCall[] };

export const call: Caller = (operation, input = {}, service = 'acm') => consoleCall({ service, operation, input });

export async function recordCalls<T>(action: (call: Caller) => Promise<T>): Promise<Outcome<T>> {
  const calls: RecordedCall[] = [];
  const recording: Caller = (operation, input = {}, service = 'acm') => {
    const entry: RecordedCall = { service, operation, input, region: useConsole.getState().region };
    calls.push(entry);
    return consoleCall({ service, operation, input }, (trace) => (entry.trace = trace));
  };
  try {
    return { ok: true, value: await action(recording), calls };
  } catch (error) {
    return { ok: false, error, calls };
  }
}

export interface Shown {
  outcome: Outcome;
  success?: string;
  failure?: string;
}

export function useAction() {
  const [result, setResult] = useState<Shown>();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T>(action: (call: Caller) => Promise<T>, texts: { success?: string | ((v: T) => string); failure?: string } = {}) => {
    setBusy(true);
    const outcome = await recordCalls(action);
    setBusy(false);
    const success = typeof texts.success === 'function' ? (outcome.ok ? texts.success(outcome.value) : undefined) : texts.success;
    setResult({ outcome, success, failure: texts.failure });
    return outcome;
  }, []);
  return { result, busy, run, clear: useCallback(() => setResult(undefined), []) };
}

/** Hash URLs: `#/acm/certificates/<id>`. */
export const paths = {
  list: 'acm/certificates/list',
  request: 'acm/certificates/request',
  import: 'acm/certificates/import',
  certificate: (id: string) => `acm/certificates/${id}`,
  export: (id: string) => `acm/certificates/${id}/export`,
  cas: 'acm/private-cas',
  cloudfront: 'acm/use/cloudfront',
  loadBalancer: 'acm/use/load-balancer',
  apiGateway: 'acm/use/api-gateway',
};
export const href = (path: string) => `#/${path}`;
export const navigate = (path: string) => void (location.hash = `#/${path}`);
export const certId = (arn: string) => arn.split('/').pop()!;

export const STATUS_TEXT: Record<string, string> = {
  PENDING_VALIDATION: 'Pending validation',
  ISSUED: 'Issued',
  INACTIVE: 'Inactive',
  EXPIRED: 'Expired',
  VALIDATION_TIMED_OUT: 'Validation timed out',
  REVOKED: 'Revoked',
  FAILED: 'Failed',
  SUCCESS: 'Success',
};
export const TYPE_TEXT: Record<string, string> = { AMAZON_ISSUED: 'Amazon Issued', PRIVATE: 'Private', IMPORTED: 'Imported' };
export const KEY_TEXT: Record<string, string> = { RSA_2048: 'RSA 2048', EC_prime256v1: 'ECDSA P 256', EC_secp384r1: 'ECDSA P 384' };
export const fmtDate = (d?: Date) =>
  d
    ? d
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d{3}Z$/, ' UTC')
    : '–';
