// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { done, lab, show } from '@/features/kms-console/testing';
import { ScheduleDeletionDialog } from './schedule-deletion-dialog';

afterEach(done);

describe('Schedule key deletion: is the key still used?', () => {
  it("shows each key's last use, grants and aliases, and what they do not prove", async () => {
    const t = lab();
    const used = (await t.kms('CreateKey')).KeyMetadata.KeyId as string;
    const unused = (await t.kms('CreateKey')).KeyMetadata.KeyId as string;
    await t.kms('CreateAlias', { AliasName: 'alias/orders', TargetKeyId: used });
    await t.kms('Encrypt', { KeyId: used, Plaintext: new TextEncoder().encode('hi') });
    const eventId = t.cloud.state.trail.at(-1)!.eventID;
    const app = await t.user('app');
    await t.kms('CreateGrant', { KeyId: used, GranteePrincipal: app, Operations: ['Decrypt'] });
    show(
      <ScheduleDeletionDialog
        keys={[
          { keyId: used, name: 'orders' },
          { keyId: unused, name: unused },
        ]}
        onCancel={() => undefined}
        onSchedule={() => undefined}
      />,
    );

    const usedList = await screen.findByRole('list', { name: 'Use of orders' });
    const lines = within(usedList)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines[0]).toMatch(new RegExp(`^Last used: Encrypt on [A-Z][a-z]+ \\d+, \\d{4}.* UTC \\(CloudTrail event ${eventId}\\)$`));
    expect(lines.slice(1)).toEqual([`Grants: 1, for ${app} (they go with the key; their grantees lose its use)`, 'Aliases: alias/orders']);
    const unusedList = await screen.findByRole('list', { name: `Use of ${unused}` });
    expect(within(unusedList).getAllByRole('listitem')[0]!.textContent).toMatch(/^Last used: no cryptographic operation since tracking began on /);
    expect(unusedList.textContent).toContain('Grants: none');
    expect(unusedList.textContent).toContain('Aliases: none');
    expect(screen.getByRole('dialog').textContent).toContain('AWS advises disabling the key first and watching CloudTrail for DisabledException');
    expect(t.consoleCalls()).toEqual(expect.arrayContaining(['GetKeyLastUsage', 'ListGrants', 'ListAliases']));
  });

  it('says when the use cannot be read, and the dialog still works', async () => {
    const t = lab();
    const keyId = (await t.kms('CreateKey')).KeyMetadata.KeyId as string;
    await t.user('viewer');
    t.signInAs('viewer');
    show(<ScheduleDeletionDialog keys={[{ keyId, name: keyId }]} onCancel={() => undefined} onSchedule={() => undefined} />);
    expect((await screen.findByText(`Failed to read the use of ${keyId}`)).textContent).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Schedule deletion' })).toBeTruthy();
  });
});
