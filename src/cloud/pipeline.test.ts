/**
 * The pipeline's order and its one authorization step, on a probe service declared in this file:
 * check -> resolve every resource -> authorize each (then its state) -> run; the trace of every
 * call, allowed or denied; grants as an allow source; another account's caller; calls the
 * policies cannot refuse (sts:GetCallerIdentity).
 */
import { describe, expect, it } from 'vitest';
import { AwsError, SimulatedClock, seededRandom, str, struct, type AllowSource, type Resource } from '@/core';
import type { Principal } from '@/iam/model';
import { principalForUser } from '@/iam/state';
import { createCloud } from './create-cloud';
import type { ServiceDescriptor } from './service';
import { DEFAULT_SERVICES } from './services';

const OTHER_ACCOUNT = '444455556666';
const log: string[] = [];

/** A box: an IAM resource with an optional resource policy, grants and a state. */
interface Box {
  name: string;
  policy?: string;
  grants?: AllowSource[];
  sealed?: boolean;
  account?: string;
}
const boxes: Record<string, Box> = {};
const boxResource = (b: Box): Resource<Box> => ({
  arn: `arn:aws:probe:us-east-1:${b.account ?? '111122223333'}:box/${b.name}`,
  account: b.account,
  value: b,
  policy: () => (b.policy === undefined ? undefined : { label: 'Box policy', text: b.policy }),
  allowSources: () => b.grants ?? [],
});
const boxStep = (member: 'Box' | 'Other') => ({
  resolve: (_ctx: unknown, input: Record<string, string>) => {
    if (input[member] === undefined) return undefined;
    log.push(`resolve ${input[member]}`);
    const b = boxes[input[member]!];
    if (!b) throw new AwsError('NotFoundException', `No box ${input[member]}`);
    return boxResource(b);
  },
  state: (b: Box) => {
    log.push(`state ${b.name}`);
    if (b.sealed) throw new AwsError('SealedException', `${b.name} is sealed.`);
  },
});

const probe: ServiceDescriptor = {
  name: 'probe',
  title: 'Probe',
  eventSource: 'probe.amazonaws.com',
  validationCode: 'ValidationException',
  accessDenied: { code: 'AccessDeniedException' },
  trailResourceTypes: { 'probe:box': 'AWS::Probe::Box' },
  state: { key: 'probe', empty: () => ({}) },
  runtime: {
    context: () => ({}),
    registry: {
      Open: {
        name: 'Open',
        action: 'probe:Open',
        summary: 'Opens one or two boxes.',
        input: struct({ Box: str(), Other: str() }, ['Box']),
        check: (input: { Box: string }) => {
          log.push('check');
          if (input.Box === 'bad!') throw new AwsError('ValidationException', 'Bad box name.');
        },
        resources: { box: boxStep('Box'), other: boxStep('Other') },
        async run(_ctx: unknown, _input: unknown, r: { box: Box; other?: Box }) {
          log.push('run');
          return { Opened: [r.box.name, ...(r.other ? [r.other.name] : [])] };
        },
      },
      // Read-only is what an operation declares, whatever its name says.
      Peek: { name: 'Peek', action: 'probe:Peek', readOnly: true, summary: 'Looks.', input: struct({}), run: async () => ({}) },
      GetLid: { name: 'GetLid', action: 'probe:GetLid', summary: 'Takes the lid.', input: struct({}), run: async () => ({}) },
    },
  },
};

async function setup() {
  log.length = 0;
  for (const k of Object.keys(boxes)) delete boxes[k];
  const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(3), services: [...DEFAULT_SERVICES, probe] });
  await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'pat' } });
  const pat = principalForUser(cloud.state.iam, 'pat')!;
  const open = (caller: Principal, input: Record<string, string>) => cloud.invoke({ service: 'probe', operation: 'Open', input, caller });
  return { cloud, pat, open };
}
const allowPat = (extra: object = {}) =>
  JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:user/pat' }, Action: 'probe:*', Resource: '*', ...extra }] });
const codeOf = (r: { ok: boolean; error?: unknown }) => (r.ok ? 'ok' : (r.error as AwsError).code);

describe('the pipeline', () => {
  it('checks, resolves every resource, then authorizes each before its state check, then runs', async () => {
    const { cloud, open } = await setup();
    boxes.a = { name: 'a', policy: allowPat() };
    boxes.b = { name: 'b', policy: allowPat(), sealed: true };
    expect(codeOf(await open(principalForUser(cloud.state.iam, 'pat')!, { Box: 'bad!' }))).toBe('ValidationException');
    expect(log).toEqual(['check']);
    log.length = 0;
    // A missing second box is found before the first is authorized.
    expect(codeOf(await open(principalForUser(cloud.state.iam, 'pat')!, { Box: 'a', Other: 'zz' }))).toBe('NotFoundException');
    expect(log).toEqual(['check', 'resolve a', 'resolve zz']);
    log.length = 0;
    expect(codeOf(await open(principalForUser(cloud.state.iam, 'pat')!, { Box: 'a', Other: 'b' }))).toBe('SealedException');
    expect(log).toEqual(['check', 'resolve a', 'resolve b', 'state a', 'state b']);
  });

  it('returns the trace of every call: each resource authorized, allowed or denied, never in the trail record', async () => {
    const { cloud, pat, open } = await setup();
    boxes.a = { name: 'a', policy: allowPat() };
    boxes.c = { name: 'c', policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'probe:*', Resource: '*' }] }) };
    const ok = await open(pat, { Box: 'a' });
    expect(ok.ok && ok.output).toEqual({ Opened: ['a'] });
    expect(ok.trace.checks.map((c) => [c.action, c.resource, c.decision.reason, c.decision.deciding[0]?.source])).toEqual([
      ['probe:Open', 'arn:aws:probe:us-east-1:111122223333:box/a', 'allowed-by-resource-policy', 'Box policy'],
    ]);
    expect(cloud.traceOf(ok.event)).toBe(ok.trace);
    expect(ok.event.resources).toBeUndefined(); // the service records what it touched; the probe records nothing
    expect(JSON.stringify(ok.event)).not.toMatch(/allowed-by|Box policy/);

    // The account delegates to IAM, and pat has no IAM policy: denied on the second box, with the first one's allow in the trace.
    const denied = await open(pat, { Box: 'a', Other: 'c' });
    expect(codeOf(denied)).toBe('AccessDeniedException');
    const error = (denied as { error: AwsError & { decision: unknown; trace: unknown } }).error;
    expect(error.message).toBe(
      `User: ${pat.arn} is not authorized to perform: probe:Open on resource: arn:aws:probe:us-east-1:111122223333:box/c because no identity-based policy allows the probe:Open action`,
    );
    expect(denied.trace.checks.map((c) => c.decision.reason)).toEqual(['allowed-by-resource-policy', 'no-identity-allow']);
    expect(error.decision).toBe(denied.trace.checks[1]!.decision);
    expect(error.trace).toBe(denied.trace);
    expect(denied.event.errorCode).toBe('AccessDeniedException');
  });

  it('takes a grant as an allow source, after the policies, and never over an explicit deny', async () => {
    const { pat, open } = await setup();
    const grant: AllowSource = {
      label: 'Grant g-1',
      allows: (r) => (r.principalArn === pat.arn && r.action === 'probe:Open' ? { id: 'g-1', record: { GrantId: 'g-1', Operations: ['Open'] } } : undefined),
    };
    // The box policy lets the account describe, not open: only the grant allows pat to open.
    boxes.g = { name: 'g', grants: [grant] };
    boxes.g.policy = JSON.stringify({
      Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'probe:Describe', Resource: '*' }],
    });
    const allowed = await open(pat, { Box: 'g' });
    expect(codeOf(allowed)).toBe('ok');
    expect(allowed.trace.checks[0]!.decision).toMatchObject({ allowed: true, reason: 'allowed-by-grant', deciding: [{ source: 'Grant g-1', sid: 'g-1' }] });

    boxes.g.policy = allowPat({ Effect: 'Deny' });
    const refused = await open(pat, { Box: 'g' });
    expect(codeOf(refused)).toBe('AccessDeniedException');
    expect(refused.trace.checks[0]!.decision.reason).toBe('explicit-deny-resource');
  });

  it('lets another account in only when the resource policy names it and its own account allows', async () => {
    const { open } = await setup();
    const outsider: Principal = { type: 'root', arn: `arn:aws:iam::${OTHER_ACCOUNT}:root`, name: 'root', accountId: OTHER_ACCOUNT, userId: OTHER_ACCOUNT };
    boxes.mine = { name: 'mine', policy: allowPat() };
    boxes.shared = {
      name: 'shared',
      policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: OTHER_ACCOUNT }, Action: 'probe:Open', Resource: '*' }] }),
    };
    boxes.nopolicy = { name: 'nopolicy' };
    const mine = await open(outsider, { Box: 'mine' });
    expect(mine.trace.checks[0]!.decision.reason).toBe('no-resource-allow');
    const none = await open(outsider, { Box: 'nopolicy' });
    expect(none.trace.checks[0]!.decision.reason).toBe('no-resource-allow');
    expect(codeOf(await open(outsider, { Box: 'shared' }))).toBe('ok');
    // A resource of the outsider's own account, without a resource policy, is decided by its identity alone.
    boxes.theirs = { name: 'theirs', account: OTHER_ACCOUNT };
    expect(codeOf(await open(outsider, { Box: 'theirs' }))).toBe('ok');
  });

  it('records readOnly in the trail as the operation declares it, not from its name', async () => {
    const { cloud } = await setup();
    const event = async (operation: string) => (await cloud.invoke({ service: 'probe', operation })).event;
    expect((await event('Peek')).readOnly).toBe(true);
    expect((await event('GetLid')).readOnly).toBe(false);
    expect((await event('Open')).readOnly).toBe(false);
  });

  it('refuses a registry whose row is not named as its operation', async () => {
    const misnamed: ServiceDescriptor = {
      ...probe,
      name: 'misnamed',
      runtime: { context: () => ({}), registry: { Peek: { name: 'Look', action: 'probe:Peek', summary: 'Looks.', input: struct({}), run: async () => ({}) } } },
    };
    const cloud = createCloud({ services: [...DEFAULT_SERVICES, misnamed] });
    await expect(cloud.call({ service: 'misnamed', operation: 'Peek' })).rejects.toThrow('Registry row Peek holds the operation Look');
  });

  it('answers sts:GetCallerIdentity whatever the policies say, and says so in the trace', async () => {
    const { cloud, pat } = await setup();
    const denyAll = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] });
    await cloud.call({ service: 'iam', operation: 'PutUserPolicy', input: { UserName: 'pat', PolicyName: 'none', PolicyDocument: denyAll } });
    const who = await cloud.invoke({ service: 'sts', operation: 'GetCallerIdentity', caller: pat });
    expect(who.ok && who.output.Arn).toBe(pat.arn);
    expect(who.trace).toEqual({ checks: [], skipped: true });
    const list = await cloud.invoke({ service: 'iam', operation: 'ListUsers', caller: pat });
    expect(codeOf(list)).toBe('AccessDenied');
    expect((list as { error: AwsError }).error.httpStatus).toBe(403);
  });
});
