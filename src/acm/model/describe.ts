/** DescribeCertificate's CertificateDetail and ListCertificates' summary, built from the model. */
import type { AcmCertificate } from './certificate';

const date = (ms?: number) => (ms === undefined ? undefined : new Date(ms));

export function certificateDetail(c: AcmCertificate) {
  const amazon = c.type !== 'IMPORTED';
  return {
    CertificateArn: c.arn,
    DomainName: c.domainName,
    SubjectAlternativeNames: c.sans,
    DomainValidationOptions: c.type === 'AMAZON_ISSUED' ? c.validations.map((v) => ({ ...v })) : undefined,
    Serial: c.serial,
    Subject: c.subject,
    Issuer: c.issuer,
    CreatedAt: date(c.createdAtMs),
    IssuedAt: date(c.issuedAtMs),
    ImportedAt: date(c.importedAtMs),
    Status: c.status,
    NotBefore: date(c.notBeforeMs),
    NotAfter: date(c.notAfterMs),
    KeyAlgorithm: c.keyAlgorithm,
    SignatureAlgorithm: c.signatureAlgorithm,
    InUseBy: [...c.inUseBy],
    FailureReason: c.failureReason,
    Type: c.type,
    RenewalSummary: c.renewal
      ? { RenewalStatus: c.renewal.RenewalStatus, DomainValidationOptions: c.validations.map((v) => ({ ...v })), UpdatedAt: new Date(c.renewal.UpdatedAtMs) }
      : undefined,
    KeyUsages: c.status === 'ISSUED' || c.type === 'IMPORTED' ? [{ Name: 'DIGITAL_SIGNATURE' }, { Name: 'KEY_ENCIPHERMENT' }] : [],
    ExtendedKeyUsages:
      c.status === 'ISSUED' || c.type === 'IMPORTED'
        ? [
            { Name: 'TLS_WEB_SERVER_AUTHENTICATION', OID: '1.3.6.1.5.5.7.3.1' },
            { Name: 'TLS_WEB_CLIENT_AUTHENTICATION', OID: '1.3.6.1.5.5.7.3.2' },
          ]
        : [],
    CertificateAuthorityArn: c.certificateAuthorityArn,
    RenewalEligibility: amazon && (c.status === 'ISSUED' || c.status === 'EXPIRED') ? 'ELIGIBLE' : 'INELIGIBLE',
    Options: { CertificateTransparencyLoggingPreference: 'ENABLED', Export: c.exportOption },
  };
}

export function certificateSummary(c: AcmCertificate) {
  return {
    CertificateArn: c.arn,
    DomainName: c.domainName,
    SubjectAlternativeNameSummaries: c.sans,
    HasAdditionalSubjectAlternativeNames: false,
    Status: c.status,
    Type: c.type,
    KeyAlgorithm: c.keyAlgorithm,
    KeyUsages: c.status === 'ISSUED' ? ['DIGITAL_SIGNATURE', 'KEY_ENCIPHERMENT'] : [],
    ExtendedKeyUsages: c.status === 'ISSUED' ? ['TLS_WEB_SERVER_AUTHENTICATION', 'TLS_WEB_CLIENT_AUTHENTICATION'] : [],
    ExportOption: c.exportOption,
    InUse: c.inUseBy.length > 0,
    RenewalEligibility: c.type !== 'IMPORTED' && c.status === 'ISSUED' ? 'ELIGIBLE' : 'INELIGIBLE',
    NotBefore: date(c.notBeforeMs),
    NotAfter: date(c.notAfterMs),
    CreatedAt: date(c.createdAtMs),
    IssuedAt: date(c.issuedAtMs),
    ImportedAt: date(c.importedAtMs),
  };
}
