import { describe, expect, it } from 'vitest';
import { secretsLab } from '@/secrets/testing/harness';

describe('ListSecrets', () => {
  it('lists by creation date, filters, sorts, pages, and leaves out secrets scheduled for deletion unless asked', async () => {
    const t = secretsLab();
    for (const [Name, Description, tag] of [
      ['prod/db', 'Database password', 'blue'],
      ['prod/api', 'API token', 'green'],
      ['dev/db', 'database for dev', 'blue'],
    ] as const) {
      await t.sm('CreateSecret', { Name, Description, Tags: [{ Key: 'team', Value: tag }] });
      await t.days(1);
    }
    const names = async (input: Record<string, unknown>) => (await t.sm('ListSecrets', input)).SecretList.map((s: { Name: string }) => s.Name);
    expect(await names({})).toEqual(['prod/db', 'prod/api', 'dev/db']);
    expect(await names({ SortBy: 'name', SortOrder: 'asc' })).toEqual(['dev/db', 'prod/api', 'prod/db']);
    expect(await names({ SortOrder: 'desc' })).toEqual(['dev/db', 'prod/api', 'prod/db']);
    expect(await names({ Filters: [{ Key: 'name', Values: ['prod/'] }] })).toEqual(['prod/db', 'prod/api']);
    expect(await names({ Filters: [{ Key: 'name', Values: ['Prod/'] }] })).toEqual([]);
    expect(await names({ Filters: [{ Key: 'description', Values: ['DATABASE'] }] })).toEqual(['prod/db', 'dev/db']);
    expect(await names({ Filters: [{ Key: 'tag-value', Values: ['!blue'] }] })).toEqual(['prod/api']);
    expect(await names({ Filters: [{ Key: 'all', Values: ['api token'] }] })).toEqual(['prod/api']);

    const first = await t.sm('ListSecrets', { MaxResults: 2 });
    expect(first.SecretList).toHaveLength(2);
    expect((await t.sm('ListSecrets', { MaxResults: 2, NextToken: first.NextToken })).SecretList.map((s: { Name: string }) => s.Name)).toEqual(['dev/db']);
    await t.expectError(t.sm('ListSecrets', { NextToken: 'bogus' }), 'InvalidNextTokenException', 'The NextToken value is invalid.');

    await t.sm('DeleteSecret', { SecretId: 'prod/api' });
    expect(await names({})).toEqual(['prod/db', 'dev/db']);
    expect(await names({ IncludePlannedDeletion: true })).toEqual(['prod/db', 'prod/api', 'dev/db']);
  });

  it('answers for the Region asked, and refuses a caller without secretsmanager:ListSecrets', async () => {
    const t = secretsLab();
    await t.sm('CreateSecret', { Name: 'east' });
    expect((await t.sm('ListSecrets', {}, { region: 'eu-west-1' })).SecretList).toEqual([]);
    await t.cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'eve' } });
    const eve = t.cloud.access.principalForUser(t.cloud.state.iam, 'eve')!;
    await t.expectError(t.sm('ListSecrets', {}, { as: eve }), 'AccessDeniedException', /secretsmanager:ListSecrets on resource: \*/);
  });
});
