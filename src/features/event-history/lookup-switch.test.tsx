// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { freshConsole } from '@/state/testing/console';
import { EventHistoryPage } from './event-history-page';

afterEach(cleanup);

describe('Event history lookup', () => {
  it('starts a new search when the attribute changes: the old value does not filter by the new attribute', async () => {
    const cloud = freshConsole();
    await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'myKeyUser' } });
    render(<EventHistoryPage />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'CreateUser' } });
    expect(screen.getByRole('heading', { name: 'Events (1)' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Lookup attributes'), { target: { value: 'userName' } });
    expect((screen.getByLabelText('User name contains') as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('heading', { name: 'Events (1)' })).toBeTruthy();
  });

  it('offers Read-only as a choice of true or false, as the CloudTrail console does, not as free text', async () => {
    const cloud = freshConsole();
    await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'myKeyUser' } });
    await cloud.call({ service: 'iam', operation: 'ListUsers', input: {} });
    render(<EventHistoryPage />);
    fireEvent.change(screen.getByLabelText('Lookup attributes'), { target: { value: 'readOnly' } });
    expect(screen.queryByRole('searchbox')).toBeNull();
    const choice = screen.getByRole('combobox', { name: 'Read-only' }) as HTMLSelectElement;
    expect([...choice.options].map((o) => o.value)).toEqual(['', 'true', 'false']);
    expect(screen.getByRole('heading', { name: 'Events (2)' })).toBeTruthy();
    fireEvent.change(choice, { target: { value: 'true' } });
    expect(screen.getByRole('heading', { name: 'Events (1)' })).toBeTruthy();
    fireEvent.change(choice, { target: { value: 'false' } });
    expect(screen.getByRole('heading', { name: 'Events (1)' })).toBeTruthy();
    expect(screen.getByRole('table', { name: /Events/ }).textContent).toContain('CreateUser');
    fireEvent.change(screen.getByLabelText('Lookup attributes'), { target: { value: 'eventName' } });
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
  });
});
