import { describe, expect, it } from 'vitest';
import { acmLab } from '@/acm/testing/harness';

describe('AWS Private CA', () => {
  it('creates an ACTIVE root CA and describes it', async () => {
    const t = acmLab();
    const arn = await t.privateCa('eu-west-1', 'EC_secp384r1');
    expect(arn).toMatch(/^arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority\/[0-9a-f-]{36}$/);
    const { CertificateAuthority: ca } = await t.call('acm-pca', 'DescribeCertificateAuthority', { CertificateAuthorityArn: arn }, { region: 'eu-west-1' });
    expect(ca).toMatchObject({
      Arn: arn,
      Type: 'ROOT',
      Status: 'ACTIVE',
      CertificateAuthorityConfiguration: { KeyAlgorithm: 'EC_secp384r1', SigningAlgorithm: 'SHA384WITHECDSA', Subject: { CommonName: 'Lab Root CA' } },
    });
    expect((await t.call('acm-pca', 'ListCertificateAuthorities', {}, { region: 'eu-west-1' })).CertificateAuthorities).toHaveLength(1);
    await t.expectError(
      t.call('acm-pca', 'DescribeCertificateAuthority', { CertificateAuthorityArn: arn }),
      'ResourceNotFoundException',
      `Could not find certificate authority ${arn}.`,
    );
  });

  it('refuses a signing algorithm that does not fit the key', async () => {
    const t = acmLab();
    await t.expectError(
      t.call('acm-pca', 'CreateCertificateAuthority', {
        CertificateAuthorityType: 'ROOT',
        CertificateAuthorityConfiguration: { KeyAlgorithm: 'RSA_2048', SigningAlgorithm: 'SHA256WITHECDSA', Subject: { CommonName: 'x' } },
      }),
      'InvalidArgsException',
      'Signing algorithm SHA256WITHECDSA is not compatible with key algorithm RSA_2048. Use SHA256WITHRSA.',
    );
  });
});
