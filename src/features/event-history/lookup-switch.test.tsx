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
});
