/**
 * The one list of ACM operations: dispatch (cloud.call, the wire), `aws acm` commands and
 * IAM action names. Sorted by name; one import per operation file.
 */
import type { AcmOperation } from '@/acm/context';
import { addTagsToCertificate } from './add-tags-to-certificate';
import { deleteCertificate } from './delete-certificate';
import { describeCertificate } from './describe-certificate';
import { exportCertificate } from './export-certificate';
import { getCertificate } from './get-certificate';
import { importCertificate } from './import-certificate';
import { listCertificates } from './list-certificates';
import { listTagsForCertificate } from './list-tags-for-certificate';
import { removeTagsFromCertificate } from './remove-tags-from-certificate';
import { renewCertificate } from './renew-certificate';
import { requestCertificate } from './request-certificate';
import { resendValidationEmail } from './resend-validation-email';

/** The operations by name, one row each (docs/adding-an-operation.md); `cloud.call` is typed from it. */
export const acmRegistry = {
  AddTagsToCertificate: addTagsToCertificate,
  DeleteCertificate: deleteCertificate,
  DescribeCertificate: describeCertificate,
  ExportCertificate: exportCertificate,
  GetCertificate: getCertificate,
  ImportCertificate: importCertificate,
  ListCertificates: listCertificates,
  ListTagsForCertificate: listTagsForCertificate,
  RemoveTagsFromCertificate: removeTagsFromCertificate,
  RenewCertificate: renewCertificate,
  RequestCertificate: requestCertificate,
  ResendValidationEmail: resendValidationEmail,
} satisfies Record<string, AcmOperation>;

export const acmOperations: AcmOperation[] = Object.values(acmRegistry);
