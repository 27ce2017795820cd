// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, describe, expect, it } from 'vitest';
import { done, lab, seen, show } from '@/features/kms-console/testing';
import { KeyDetailPage } from './key-detail-page';
import { PERIOD_MESSAGE } from './rotation-tab';

afterEach(done);

const rotationsTable = () => screen.getByRole('table', { name: 'Rotations' });
const status = async (t: ReturnType<typeof lab>, keyId: string) => t.kms('GetKeyRotationStatus', { KeyId: keyId });

describe('key rotation tab', () => {
  it('enables rotation with a period, shows the next date and the rotations, rotates on demand, and disables', async () => {
    const user = person();
    const t = lab();
    const keyId = (await t.kms('CreateKey')).KeyMetadata.KeyId as string;
    show(<KeyDetailPage keyId={keyId} tab="rotation" />);
    const box = (await screen.findByRole('checkbox', { name: 'Automatic key rotation' })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(screen.getByText('This key has not been rotated yet.')).toBeTruthy();

    await user.click(box);
    const period = screen.getByLabelText('Rotation period (in days)') as HTMLInputElement;
    expect(period.value).toBe('365');
    await user.fill(period, '80');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText(PERIOD_MESSAGE)).toBeTruthy();
    expect((await status(t, keyId)).KeyRotationEnabled).toBe(false);

    await user.fill(period, '365');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await seen('Automatic key rotation is enabled: AWS KMS rotates this key every 365 days.');
    expect(screen.getByLabelText('CLI command').textContent).toBe(
      `aws kms enable-key-rotation --key-id ${keyId} --rotation-period-in-days 365 --region us-east-1`,
    );
    const s = await status(t, keyId);
    expect(s).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
    await seen('Next rotation date');

    // A year passes: KMS rotates, and the table shows it.
    await act(() => t.cloud.clock.advanceDays(366));
    await waitFor(() => expect(within(rotationsTable()).getAllByRole('row')).toHaveLength(2));
    expect(within(rotationsTable()).getByText('Automatic')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Rotate now' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Rotate key now?' })).getByRole('button', { name: 'Rotate key' }));
    await seen(/The key was rotated/);
    await waitFor(() => expect(within(rotationsTable()).getByText('On-demand')).toBeTruthy());

    await user.click(screen.getByRole('checkbox', { name: 'Automatic key rotation' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await seen('Automatic key rotation is disabled.');
    expect((await status(t, keyId)).KeyRotationEnabled).toBe(false);
    expect(t.consoleCalls().filter((c) => /Rotat/.test(c) && !c.startsWith('Get') && !c.startsWith('List'))).toEqual([
      'EnableKeyRotation',
      'RotateKeyOnDemand',
      'DisableKeyRotation',
    ]);
  });

  it('explains why a key with imported material cannot rotate, with AWS answer', async () => {
    const t = lab();
    const keyId = (await t.kms('CreateKey', { Origin: 'EXTERNAL' })).KeyMetadata.KeyId as string;
    show(<KeyDetailPage keyId={keyId} tab="rotation" />);
    await seen(/origin is EXTERNAL which is not valid for this operation\./);
    expect(screen.getByText(/AWS KMS cannot rotate it/)).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Key material' })).toBeTruthy();
  });
});
