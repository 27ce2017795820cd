/**
 * Every console action is an API call through the console's client layer (src/state/console-client.ts):
 * signed as the selected identity, in the selected Region, recorded in the event history. KMS is
 * the default service of this console's calls; actions run through `recordCalls`, which keeps the
 * calls they made so the screen can show their CLI equivalents with the real parameters.
 */
import { callerFor, recordCalls as record, type Caller } from '@/state/console-client';

export { listAll, type Caller, type Outcome, type RecordedCall } from '@/state/console-client';

/** A plain call (reads). */
export const call: Caller = callerFor('kms');

/** Runs an action, recording each call it makes (failed ones too) for the CLI equivalent. */
export const recordCalls = <T>(action: (call: Caller) => Promise<T>) => record(action, 'kms');
