/** Tag rules shared by CreateKey and TagResource (docs/aws-behaviour.md, "Tags"). */
import { AwsError } from '@/core';
import type { Tag } from './key';

export const MAX_TAGS = 50;

/** Merges `incoming` into `existing` (same key replaces the value), enforcing KMS's TagException rules. */
export function mergeTags(existing: Tag[], incoming: Tag[]): Tag[] {
  const keys = incoming.map((t) => t.TagKey);
  if (new Set(keys).size !== keys.length) throw new AwsError('TagException', 'Duplicate tag keys');
  if (incoming.some((t) => t.TagKey.toLowerCase().startsWith('aws:'))) throw new AwsError('TagException', 'Tags beginning with aws: are reserved');
  const merged = existing.filter((t) => !keys.includes(t.TagKey)).concat(incoming.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue })));
  if (merged.length > MAX_TAGS) throw new AwsError('TagException', 'Too many tags');
  return merged;
}
