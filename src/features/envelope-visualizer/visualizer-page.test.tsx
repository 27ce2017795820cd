// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { recordEnvelopeRun } from '@/state/envelope-run';
import { freshConsole } from '@/state/testing/console';
import { realRoundTrip } from './testing/runs';
import { VisualizerPage } from './visualizer-page';

afterEach(() => {
  cleanup();
  location.hash = '';
});

async function withKey() {
  const cloud = freshConsole();
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
  await cloud.call({ service: 'kms', operation: 'CreateAlias', input: { AliasName: 'alias/files', TargetKeyId: KeyMetadata.KeyId } });
  return { cloud, keyId: KeyMetadata.KeyId as string };
}

async function run(story: string) {
  render(<VisualizerPage />);
  await screen.findByRole('option', { name: 'alias/files' });
  fireEvent.change(screen.getByLabelText('Story'), { target: { value: story } });
  fireEvent.change(screen.getByLabelText('KMS key for the demo'), { target: { value: 'alias/files' } });
  fireEvent.click(screen.getByRole('button', { name: 'Run and play' }));
  return screen.findByTestId('env-caption', {}, { timeout: 20000 });
}

describe('Envelope visualizer screen', () => {
  it('plays a run as soon as it is made, with the calls in the learner’s event history', async () => {
    const { cloud } = await withKey();
    const caption = await run('round-trip');
    expect(caption.textContent).toMatch(/^Ask KMS for a data key\./);
    expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    const names = cloud.state.trail.map((e) => e.eventName);
    expect(names).toContain('GenerateDataKey');
    expect(names).toContain('Decrypt');
  }, 30000);

  it("rotates and disables a copy of the account, never the learner's own key", async () => {
    const { cloud, keyId } = await withKey();
    await run('rotation');
    expect(screen.getByText('After rotation')).toBeTruthy();
    cleanup();
    await run('disabled');
    expect(screen.getByText('Key disabled')).toBeTruthy();
    const { Rotations } = await cloud.call({ service: 'kms', operation: 'ListKeyRotations', input: { KeyId: keyId } });
    expect(Rotations).toEqual([]);
    const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'DescribeKey', input: { KeyId: keyId } });
    expect(KeyMetadata.KeyState).toBe('Enabled');
  }, 60000);

  it("plays the learner's last file at once when opened from the Encrypt files screen", async () => {
    freshConsole();
    const { runs } = await realRoundTrip();
    recordEnvelopeRun(runs[0]!);
    render(<VisualizerPage />);
    expect(screen.queryByTestId('env-caption')).toBeNull();
    expect(screen.getByRole('button', { name: 'Play my last file (report.pdf.encrypted)' })).toBeTruthy();
    cleanup();
    location.hash = '#/envelope/visualizer?play=last';
    render(<VisualizerPage />);
    expect((await screen.findByTestId('env-caption')).textContent).toMatch(/^Ask KMS for a data key\./);
    expect(screen.getByText('Step 1 of 5')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'The file as stored: report.pdf.encrypted' })).toBeTruthy();
  });

  it('asks for a key before running', async () => {
    await withKey();
    render(<VisualizerPage />);
    await screen.findByRole('option', { name: 'alias/files' });
    fireEvent.click(screen.getByRole('button', { name: 'Run and play' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Choose a KMS key for the demo.'));
  });
});
