// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { freshConsole } from '@/state/testing/console';
import { setRegion } from '@/state/console-store';
import { RequestCertificatePage } from './request-page';

afterEach(cleanup);

describe('Request certificate page', () => {
  it('says where the certificate is created, and asks for us-east-1 only when the learner is elsewhere', async () => {
    freshConsole();
    render(<RequestCertificatePage />);
    expect(await screen.findByText(/created in US East \(N\. Virginia\) us-east-1, the Region CloudFront takes its certificates from/)).toBeTruthy();
    expect(screen.queryByText(/request it in US East/)).toBeNull();
    act(() => setRegion('eu-west-1'));
    expect(
      await screen.findByText('The certificate is created in eu-west-1. To use it with CloudFront, request it in US East (N. Virginia) us-east-1.'),
    ).toBeTruthy();
  });
});
