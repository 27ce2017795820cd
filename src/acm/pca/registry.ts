/** The AWS Private CA (`acm-pca`) operations the lab models. Sorted by name. */
import type { AcmOperation } from '@/acm/context';
import { createCertificateAuthority } from './create-certificate-authority';
import { describeCertificateAuthority } from './describe-certificate-authority';
import { getCertificateAuthorityCertificate } from './get-certificate-authority-certificate';
import { listCertificateAuthorities } from './list-certificate-authorities';

export const acmPcaOperations: AcmOperation[] = [
  createCertificateAuthority,
  describeCertificateAuthority,
  getCertificateAuthorityCertificate,
  listCertificateAuthorities,
];
