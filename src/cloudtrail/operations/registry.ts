/** The one list of CloudTrail operations (docs/adding-an-operation.md): the event history's lookup. */
import type { CloudTrailOperation } from '@/cloudtrail/context';
import { lookupEvents } from './lookup-events';

export const cloudTrailRegistry = {
  LookupEvents: lookupEvents,
} satisfies Record<string, CloudTrailOperation>;
