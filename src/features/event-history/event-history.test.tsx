// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, describe, expect, it } from 'vitest';
import { principalForUser } from '@/iam/state';
import { setRegion } from '@/state/console-store';
import { freshConsole } from '@/state/testing/console';
import { EventHistoryPage, PAGE_SIZE } from './event-history-page';
import { lookupEvents, resourcesOf, userNameOf } from './event-view';

afterEach(cleanup);

/** The data rows as text, in column order (Event time, User name, Event name, Event source, Resource, Error code). */
const rows = () =>
  [...document.querySelectorAll('tbody tr.event-row')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/^[▸▾] /, '')));

async function scene() {
  const cloud = freshConsole();
  const iam = (operation: string, input: Record<string, unknown>, caller = undefined as ReturnType<typeof principalForUser>) =>
    cloud.call({ service: 'iam', operation, input, caller, source: 'console' }).catch(() => undefined);
  await iam('CreateUser', { UserName: 'myKeyUser' });
  await iam('CreateGroup', { GroupName: 'myKMSGroup' });
  await iam('CreateUser', { UserName: 'eve' }, principalForUser(cloud.state.iam, 'myKeyUser'));
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: {}, region: 'us-east-1' });
  await cloud.call({ service: 'kms', operation: 'CreateKey', input: {}, region: 'eu-west-1' });
  return { cloud, keyArn: KeyMetadata.Arn as string };
}

describe('Event history', () => {
  it('lists every call of the Region and of IAM, newest first, denied calls with their error', async () => {
    const { keyArn } = await scene();
    render(<EventHistoryPage />);
    expect(screen.getByRole('heading', { name: 'Events (4)' })).toBeTruthy();
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Event time', 'User name', 'Event name', 'Event source', 'Resource', 'Error code']);
    expect(rows()).toEqual([
      ['May 1, 2027 at 10:00:00 UTC', 'root', 'CreateKey', 'kms.amazonaws.com', keyArn, '–'],
      ['May 1, 2027 at 10:00:00 UTC', 'myKeyUser', 'CreateUser', 'iam.amazonaws.com', 'eve', 'AccessDenied'],
      ['May 1, 2027 at 10:00:00 UTC', 'root', 'CreateGroup', 'iam.amazonaws.com', 'myKMSGroup', '–'],
      ['May 1, 2027 at 10:00:00 UTC', 'root', 'CreateUser', 'iam.amazonaws.com', 'myKeyUser', '–'],
    ]);
  });

  it('follows the Region: KMS events of another Region are not listed, IAM ones are', async () => {
    await scene();
    act(() => setRegion('eu-west-1'));
    render(<EventHistoryPage />);
    expect(rows().map((r) => r[2])).toEqual(['CreateKey', 'CreateUser', 'CreateGroup', 'CreateUser']);
    act(() => setRegion('ap-south-1'));
    expect(rows().map((r) => r[2])).toEqual(['CreateUser', 'CreateGroup', 'CreateUser']);
  });

  it('filters by event name, user name, resource name and error code', async () => {
    const user = person();
    await scene();
    render(<EventHistoryPage />);
    const value = () => screen.getByRole('searchbox');
    await user.fill(value(), 'createuser');
    expect(rows().map((r) => r[2])).toEqual(['CreateUser', 'CreateUser']);
    expect(screen.getByRole('heading', { name: 'Events (2)' })).toBeTruthy();

    await user.fill(screen.getByLabelText('Lookup attributes'), 'userName');
    expect(screen.getByLabelText('User name contains')).toBe(value());
    await user.fill(value(), 'myKeyUser');
    expect(rows().map((r) => [r[1], r[2]])).toEqual([['myKeyUser', 'CreateUser']]);

    await user.fill(screen.getByLabelText('Lookup attributes'), 'resourceName');
    await user.fill(value(), 'myKMSGroup');
    expect(rows().map((r) => r[2])).toEqual(['CreateGroup']);

    await user.fill(screen.getByLabelText('Lookup attributes'), 'errorCode');
    await user.fill(value(), 'AccessDenied');
    expect(rows().map((r) => r[5])).toEqual(['AccessDenied']);

    await user.fill(value(), 'nothing-like-this');
    expect(screen.getByText('No events match.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('opens an event to its JSON record', async () => {
    const user = person();
    await scene();
    render(<EventHistoryPage />);
    const denied = screen.getAllByRole('button', { name: /CreateUser/ })[0]!;
    expect(denied.getAttribute('aria-expanded')).toBe('false');
    await user.click(denied);
    expect(denied.getAttribute('aria-expanded')).toBe('true');
    const record = JSON.parse(screen.getByLabelText(/^Event record CreateUser/).textContent!);
    expect(record).toMatchObject({
      eventName: 'CreateUser',
      eventSource: 'iam.amazonaws.com',
      errorCode: 'AccessDenied',
      userIdentity: { type: 'IAMUser', userName: 'myKeyUser' },
      requestParameters: { userName: 'eve' },
    });
    // The record view says why: no IAM policy of myKeyUser allows iam:CreateUser.
    const why = screen.getByRole('region', { name: 'Why denied' });
    expect(why.textContent).toContain('Denied iam:CreateUser on arn:aws:iam::111122223333:user/eve');
    expect(why.textContent).toContain("no IAM policy of the caller (its own, or its groups') allows iam:CreateUser");
    await user.click(denied);
    expect(screen.queryByLabelText(/^Event record/)).toBeNull();
    // An allowed call says which statement allowed it; the root needs no IAM policy.
    await user.click(screen.getByRole('button', { name: /CreateKey/ }));
    const allowed = screen.getByRole('region', { name: 'Why allowed' });
    expect(allowed.textContent).toContain('Allowed kms:CreateKey on *');
    expect(allowed.textContent).toContain('the account root holds every IAM permission');
  });

  it('says when the decision of a call is no longer in memory (a call recorded before a reload)', async () => {
    const user = person();
    const { cloud } = await scene();
    cloud.restore(cloud.snapshot());
    render(<EventHistoryPage />);
    await user.click(screen.getByRole('button', { name: /CreateKey/ }));
    expect(screen.getByRole('region', { name: 'Why allowed' }).textContent).toContain('The decision of this call is not kept');
  });

  it('pages through thousands of events, and shows new ones as they happen', async () => {
    const user = person();
    const cloud = freshConsole();
    await Promise.all(Array.from({ length: 2 * PAGE_SIZE + 7 }, () => cloud.call({ service: 'iam', operation: 'ListUsers' })));
    render(<EventHistoryPage />);
    expect(screen.getByRole('heading', { name: `Events (${2 * PAGE_SIZE + 7})` })).toBeTruthy();
    expect(rows()).toHaveLength(PAGE_SIZE);
    const [top] = screen.getAllByRole('group', { name: 'Pages' });
    expect(within(top!).getByText('Page 1 of 3')).toBeTruthy();
    await user.click(within(top!).getByRole('button', { name: 'Next page' }));
    await user.click(within(top!).getByRole('button', { name: 'Next page' }));
    expect(within(top!).getByText('Page 3 of 3')).toBeTruthy();
    expect(rows()).toHaveLength(7);
    expect(within(top!).getByRole('button', { name: 'Next page' }).getAttribute('aria-disabled')).toBe('true');

    await act(() => cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'late' } }));
    expect(screen.getByRole('heading', { name: `Events (${2 * PAGE_SIZE + 8})` })).toBeTruthy();
  });
});

describe('event view', () => {
  it('names users as the CloudTrail console does', async () => {
    const { cloud } = await scene();
    const names = cloud.state.trail.map(userNameOf);
    expect(names).toEqual(['root', 'root', 'myKeyUser', 'root', 'root']);
    expect(userNameOf({ ...cloud.state.trail[0]!, userIdentity: { type: 'AWSService', accountId: '1', invokedBy: 'kms.amazonaws.com' } })).toBe(
      'kms.amazonaws.com',
    );
    expect(userNameOf({ ...cloud.state.trail[0]!, userIdentity: { type: 'AssumedRole', accountId: '1', arn: 'arn:aws:sts::1:assumed-role/r/sess' } })).toBe(
      'sess',
    );
  });

  it('reads resources from the record, or from the request for IAM', async () => {
    const { cloud, keyArn } = await scene();
    expect(cloud.state.trail.map(resourcesOf)).toEqual([['myKeyUser'], ['myKMSGroup'], ['eve'], [keyArn], [expect.stringContaining(':eu-west-1:')]]);
  });

  it('compares Read-only as true or false', async () => {
    const { cloud } = await scene();
    await cloud.call({ service: 'iam', operation: 'ListUsers' });
    expect(lookupEvents(cloud.state.trail, 'us-east-1', 'readOnly', 'true').map((e) => e.eventName)).toEqual(['ListUsers']);
    expect(lookupEvents(cloud.state.trail, 'us-east-1', 'readOnly', 'false')).toHaveLength(4);
  });
});
