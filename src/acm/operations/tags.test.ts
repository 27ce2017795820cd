import { describe, expect, it } from 'vitest';
import { acmLab } from '@/acm/testing/harness';

describe('AddTagsToCertificate / RemoveTagsFromCertificate / ListTagsForCertificate', () => {
  it('adds, overwrites, lists and removes tags', async () => {
    const t = acmLab();
    const arn = await t.request('www.example.com');
    await t.acm('AddTagsToCertificate', { CertificateArn: arn, Tags: [{ Key: 'env', Value: 'dev' }, { Key: 'team' }] });
    await t.acm('AddTagsToCertificate', { CertificateArn: arn, Tags: [{ Key: 'env', Value: 'prod' }] });
    expect((await t.acm('ListTagsForCertificate', { CertificateArn: arn })).Tags).toEqual([{ Key: 'team' }, { Key: 'env', Value: 'prod' }]);
    await t.acm('RemoveTagsFromCertificate', { CertificateArn: arn, Tags: [{ Key: 'env', Value: 'dev' }] });
    expect((await t.acm('ListTagsForCertificate', { CertificateArn: arn })).Tags).toHaveLength(2);
    await t.acm('RemoveTagsFromCertificate', { CertificateArn: arn, Tags: [{ Key: 'env' }] });
    expect((await t.acm('ListTagsForCertificate', { CertificateArn: arn })).Tags).toEqual([{ Key: 'team' }]);
    await t.expectError(
      t.acm('AddTagsToCertificate', { CertificateArn: arn, Tags: [{ Key: 'aws:x', Value: '1' }] }),
      'InvalidTagException',
      'Tags beginning with aws: are reserved.',
    );
  });
});
