/** The AWS Private CA (`acm-pca`) operations the lab models. Sorted by name. */
import type { AcmOperation } from '@/acm/context';
import { createCertificateAuthority } from './create-certificate-authority';
import { describeCertificateAuthority } from './describe-certificate-authority';
import { getCertificateAuthorityCertificate } from './get-certificate-authority-certificate';
import { listCertificateAuthorities } from './list-certificate-authorities';

/** The operations by name, one row each (docs/adding-an-operation.md); `cloud.call` is typed from it. */
export const acmPcaRegistry = {
  CreateCertificateAuthority: createCertificateAuthority,
  DescribeCertificateAuthority: describeCertificateAuthority,
  GetCertificateAuthorityCertificate: getCertificateAuthorityCertificate,
  ListCertificateAuthorities: listCertificateAuthorities,
} satisfies Record<string, AcmOperation>;

export const acmPcaOperations: AcmOperation[] = Object.values(acmPcaRegistry);
