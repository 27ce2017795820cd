/**
 * GetKeyLastUsage: https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyLastUsage.html
 * The last successful cryptographic operation with a key (Decrypt, Encrypt, GenerateDataKey*,
 * GenerateMac, ReEncrypt, Sign, Verify, VerifyMac, DeriveSharedSecret): its name, time, CloudTrail
 * event ID and KMS request ID; both keys of a ReEncrypt count as used. Without a use since
 * tracking began, KeyLastUsage is empty. The key is named by key ID or key ARN (no alias), in any
 * key state. AWS's advice stands: the answer alone does not show a key is unused; disable the key
 * first and watch CloudTrail for DisabledException before scheduling its deletion.
 * https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-determining-usage.html
 * Simplified: the lab reads the last use from the account's event history, which keeps the latest
 * 5,000 events (AWS keeps the last use apart from CloudTrail): an older use is not found. It tracks
 * every key from its creation, so TrackingStartDate is the key's creation date (AWS: the date KMS
 * began tracking, or the creation date if later), and a use is known at once (AWS's answer is
 * eventually consistent). Timestamp has CloudTrail's whole seconds.
 * Its head (name, action, input shape, key step) is in get-key-last-usage-row.ts; this body loads
 * on the first call.
 */
import type { OperationBody } from '@/core';
import type { KmsContext, OneKey } from '@/kms/context';

export interface GetKeyLastUsageInput {
  KeyId: string;
}

export interface GetKeyLastUsageOutput {
  KeyId: string;
  KeyLastUsage: { Operation?: string; Timestamp?: Date; CloudTrailEventId?: string; KmsRequestId?: string };
  TrackingStartDate: Date;
  KeyCreationDate: Date;
}

/** The operations GetKeyLastUsage reports (KeyLastUsageTrackingOperation). */
const TRACKED = /^(Decrypt|DeriveSharedSecret|Encrypt|GenerateDataKey(Pair)?(WithoutPlaintext)?|GenerateMac|ReEncrypt|Sign|Verify|VerifyMac)$/;

export const getKeyLastUsage: OperationBody<KmsContext, GetKeyLastUsageInput, GetKeyLastUsageOutput, OneKey> = {
  async run(ctx, _input, { key }) {
    // The newest successful KMS call that used the key (ReEncrypt's event names both its keys).
    const use = ctx.trail.findLast(
      (e) => e.eventSource === 'kms.amazonaws.com' && !e.errorCode && TRACKED.test(e.eventName) && !!e.resources?.some((r) => r.ARN === key.arn),
    );
    return {
      KeyId: key.keyId,
      KeyLastUsage: use ? { Operation: use.eventName, Timestamp: new Date(use.eventTime), CloudTrailEventId: use.eventID, KmsRequestId: use.requestID } : {},
      TrackingStartDate: new Date(key.creationMs),
      KeyCreationDate: new Date(key.creationMs),
    };
  },
};
