/**
 * `why`: KMS Lab's own command (not part of AWS CloudShell or the AWS CLI), named like `help` so
 * that it cannot be taken for an `aws` command. It explains how the last API call made from the
 * shell was authorized, allowed or denied: which statement of which policy decided, and the key
 * policy's delegation to IAM when an IAM policy allowed (src/cloud/explain.ts, from the trace the
 * one authorization step kept).
 */
import { traceText } from '@/cloud/explain';
import { CLI_VERSION } from '@/cli/aws/driver';
import type { CommandContext, CommandInfo } from '@/cli/shell/types';

export const WHY_SUMMARY = 'explain why the last API call from this shell was allowed or denied (KMS Lab only, not part of AWS)';

function why(ctx: CommandContext): number {
  if (ctx.args.length) {
    ctx.stderr.write('why: takes no arguments\nUsage: why\n');
    return 2;
  }
  const { cloud } = ctx.state;
  // The shell's calls: its aws command's (by user agent) and aws-encryption-cli's (the SDK's), not a service's on the caller's behalf.
  const cli = ctx.state.aws.userAgent ?? CLI_VERSION;
  const event = cloud.state.trail.findLast(
    (e) => e.eventType === 'AwsApiCall' && !e.userIdentity.invokedBy && (e.userAgent.startsWith(cli) || e.userAgent === 'sdk'),
  );
  ctx.stdout.write('why: a KMS Lab command, not part of AWS CloudShell or the AWS CLI.\n');
  if (!event) {
    ctx.stdout.write('No API call has been made from this shell yet. Run an aws command, then why.\n');
    return 0;
  }
  const service = event.eventSource.replace(/\.amazonaws\.com$/, '');
  const outcome = event.errorCode ? `it failed with ${event.errorCode}` : 'it succeeded';
  ctx.stdout.write(`Last call: ${service} ${event.eventName} at ${event.eventTime} by ${event.userIdentity.arn ?? 'an unknown caller'}; ${outcome}.\n\n`);
  const trace = cloud.traceOf(event);
  if (!trace) {
    ctx.stdout.write('Its decision trace is not kept: traces are held in memory for the calls made since the page was loaded.\n');
    return 0;
  }
  ctx.stdout.write(traceText(trace, Math.max(40, ctx.state.columns)));
  return 0;
}

export const whyCommand: CommandInfo = { run: why, summary: WHY_SUMMARY, usage: 'why' };
