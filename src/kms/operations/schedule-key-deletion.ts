/**
 * ScheduleKeyDeletion: https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html
 * Starts the waiting period (7-30 days, default 30) after which KMS deletes the key, its key
 * material and its aliases (lifecycle/deletion.ts); until then CancelKeyDeletion undoes it.
 * The key becomes PendingDeletion and unusable; automatic rotation reads false while pending
 * and the previous setting is kept for CancelKeyDeletion. The response names the key by ARN.
 * The window: the service model's schema allows 1-365 (kept in the shape, so CLI help shows
 * it), but KMS itself accepts 7-30; that semantic check answers in Coral's wording, before
 * the key is looked up, as request validation does.
 * Simplified: no multi-Region keys, so never PendingReplicaDeletion.
 */
import { AwsError, int, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { keyIdOrArnShape } from './common-shapes';

export const MIN_WINDOW_DAYS = 7;
export const MAX_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

interface Input {
  KeyId: string;
  PendingWindowInDays?: number;
}

interface Output {
  KeyId: string;
  DeletionDate: Date;
  KeyState: string;
  PendingWindowInDays: number;
}

const windowDays = (input: Input) => input.PendingWindowInDays ?? MAX_WINDOW_DAYS;

function checkWindow(days: number): void {
  const rule =
    days < MIN_WINDOW_DAYS
      ? `have value greater than or equal to ${MIN_WINDOW_DAYS}`
      : days > MAX_WINDOW_DAYS
        ? `have value less than or equal to ${MAX_WINDOW_DAYS}`
        : undefined;
  if (rule) {
    throw new AwsError(
      'ValidationException',
      `1 validation error detected: Value '${days}' at 'pendingWindowInDays' failed to satisfy constraint: Member must ${rule}`,
    );
  }
}

export const scheduleKeyDeletion = defineKmsOperation<Input, Output, OneKey>({
  name: 'ScheduleKeyDeletion',
  action: 'kms:ScheduleKeyDeletion',
  summary: 'Schedules the deletion of a KMS key after a waiting period of 7-30 days.',
  input: struct(
    {
      KeyId: keyIdOrArnShape,
      PendingWindowInDays: int({ min: 1, max: 365, doc: 'Waiting period in days (KMS accepts 7-30; default 30)' }),
    },
    ['KeyId'],
  ),
  // The window is checked first, like the rest of the request.
  check: (input) => checkWindow(windowDays(input)),
  resources: {
    key: keyNamedBy<Input>('KeyId', {
      forms: 'id-or-arn',
      states: KEY_STATES.manage,
      changes: true,
    }),
  },
  async run(ctx, input, { key }) {
    const days = windowDays(input);
    const deletionMs = ctx.env.clock.nowMs() + days * DAY_MS;
    key.keyState = 'PendingDeletion';
    key.deletionMs = deletionMs;
    key.pendingWindowInDays = days;
    key.rotationBeforeDeletion = key.rotation.enabled;
    key.rotation.enabled = false;
    return { KeyId: key.arn, DeletionDate: new Date(deletionMs), KeyState: key.keyState, PendingWindowInDays: days };
  },
});
