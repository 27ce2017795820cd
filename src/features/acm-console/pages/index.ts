export { CertificateDetailPage } from './detail-page';
export { ExportCertificatePage } from './export-page';
export { ImportCertificatePage } from './import-page';
export { CertificateListPage } from './list-page';
export { PrivateCaPage } from './private-ca-page';
export { RequestCertificatePage } from './request-page';
export { ApiGatewayPage, CloudFrontPage, LoadBalancerPage } from './use-pages';
