// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { done, lab, show } from '@/features/kms-console/testing';
import { AwsManagedKeysPage } from './aws-managed-keys-page';

afterEach(done);

describe('AWS managed keys page', () => {
  it("lets the learner stand in for a service's first use: the key appears as in a real account, and its service leaves the list", async () => {
    const t = lab();
    show(<AwsManagedKeysPage />);
    await screen.findByText('There are no AWS managed keys in this Region yet.');
    const service = screen.getByLabelText('Service') as HTMLSelectElement;
    expect([...service.options].map((o) => o.value)).toContain('s3');
    // Secrets Manager is simulated: storing a secret creates its key, so it is not offered here.
    expect([...service.options].map((o) => o.value)).not.toContain('secretsmanager');
    fireEvent.change(service, { target: { value: 's3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use it for the first time' }));
    const table = await screen.findByRole('table', { name: /Keys/ });
    await waitFor(() => expect(within(table).getByText('aws/s3')).toBeTruthy());
    expect(screen.getByText(/KMS created alias\/aws\/s3/)).toBeTruthy();
    // The account holds the AWS managed key, created by a call recorded under the learner's name.
    const { KeyMetadata } = await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' });
    expect(KeyMetadata).toMatchObject({ KeyManager: 'AWS', Description: 'Default key that protects my S3 objects when no other key is defined' });
    expect(t.cloud.state.trail.some((e) => e.eventName === 'DescribeKey' && !e.errorCode)).toBe(true);
    await waitFor(() => expect([...(screen.getByLabelText('Service') as HTMLSelectElement).options].map((o) => o.value)).not.toContain('s3'));
  });
});
