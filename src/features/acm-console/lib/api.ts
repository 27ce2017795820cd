/**
 * Every Certificate Manager console action is an API call through the console's client layer
 * (src/state/console-client.ts): signed as the selected identity, in the selected Region, recorded
 * in the event history. `useAction` keeps the calls an action made, so the screen shows their CLI
 * equivalents with the real parameters.
 */
import { callerFor, recordCalls as record, type Caller } from '@/state/console-client';
import { useAction as useConsoleAction, type ShownAction } from '@/state/use-action';

export type { Caller, Outcome, RecordedCall } from '@/state/console-client';
export type Shown = ShownAction;

export const call: Caller = callerFor('acm');

export const recordCalls = <T>(action: (call: Caller) => Promise<T>) => record(action, 'acm');

export const useAction = () => useConsoleAction('acm');

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
