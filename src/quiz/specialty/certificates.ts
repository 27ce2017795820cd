/** Specialty facts: AWS Certificate Manager and AWS Private CA. */
import { rows } from './build';

export const CERTIFICATE_FACTS = [
  ...rows('acm', [
    [
      'acm-validation-methods',
      'ACM proves domain control for a public certificate by DNS validation (a CNAME record, which also lets ACM renew without you), email validation (a person approves each request and each renewal) or HTTP validation (for certificates requested through CloudFront, a token served at a well-known path).',
      ['acmDnsValidation', 'acmEmailValidation', 'acmHttpValidation'],
      ['lab:acm-cloudfront/validate'],
    ],
    [
      'acm-72h',
      'A public certificate request must be validated within 72 hours; after that its status becomes VALIDATION_TIMED_OUT and a new request is needed. FAILED is a different status with its own reasons, such as CAA_ERROR or DOMAIN_NOT_ALLOWED.',
      ['acmDnsValidation', 'acmTroubleshootFailed'],
    ],
    [
      'acm-caa',
      'If a domain has CAA records, one of them must name an Amazon CA (amazon.com, amazontrust.com, awstrust.com or amazonaws.com), with issuewild for wildcards, or ACM cannot issue (CAA_ERROR).',
      ['acmCaa'],
    ],
    [
      'acm-wildcard',
      'A wildcard name such as *.example.com covers one level of subdomain only: not example.com itself and not a.b.example.com; add the apex as another name on the certificate.',
      ['acmCharacteristics'],
    ],
    [
      'acm-renewal',
      'ACM renews an Amazon-issued certificate automatically only while it is eligible: in use by an integrated service or exported since issue or last renewal; renewal starts 60 days before expiry, and email-validated names wait for the owner to approve.',
      ['acmRenewal'],
    ],
    [
      'acm-imported',
      'Imported certificates are never renewed by ACM: you obtain a new certificate from your CA and reimport it to the same ARN (which keeps its associations); ACM emits expiry events and DaysToExpiry metrics to warn you.',
      ['acmImport', 'acmRenewal'],
    ],
    [
      'acm-validity',
      'ACM public certificates are valid for 198 days (they were 395); following the CA/Browser Forum schedule the maximum drops below 100 days from 15 March 2027 and below 47 days from 15 March 2029, which makes automated renewal essential.',
      ['acmConcepts'],
    ],
    [
      'acm-exportable',
      'A public certificate requested as exportable (since June 2025) can be exported with its private key for use anywhere, protected by a passphrase; each issuance and renewal is charged per fully qualified domain name, more for wildcard names.',
      ['acmExportable', 'acmPricing'],
    ],
    [
      'acm-acme',
      'An ACM ACME endpoint is a managed RFC 8555 server for your account: ACME clients (such as Certbot) on EC2 instances or on-premises servers register with external account binding credentials and get public certificates for pre-validated domains, keeping their private key on the server.',
      ['acmAcmeEndpoints', 'acmAcmeIssuance', 'acmAcmeDomainValidation'],
    ],
    [
      'acm-regions',
      'ACM certificates are Regional and cannot be copied between Regions: request or import one in each Region. CloudFront and edge-optimized API Gateway use certificates from us-east-1; load balancers and Regional APIs use one in their own Region.',
      ['acmRegions', 'cloudfrontHttps', 'apigwCustomDomains'],
      ['lab:acm-cloudfront/request', 'lab:acm-cloudfront/distribution'],
    ],
    [
      'acm-integrated',
      'A non-exportable ACM certificate works only with integrated services (Elastic Load Balancing, CloudFront, API Gateway and others) because you never get its private key; a server you run needs an exportable certificate, ACME or another CA.',
      ['acmServices', 'acmExportable'],
    ],
  ]),
  ...rows('private-ca', [
    [
      'pca-modes',
      'AWS Private CA has two CA modes: general-purpose, issuing certificates of any validity, and short-lived certificate mode, issuing certificates valid at most seven days that need no revocation; ACM cannot issue from a short-lived mode CA.',
      ['pcaModes'],
    ],
    [
      'pca-pricing',
      'A general-purpose private CA costs a monthly fee per CA (far more than a short-lived mode CA) plus a charge per certificate issued; the monthly fee runs from creation until the CA is deleted.',
      ['pcaPricing', 'pcaModes'],
    ],
    [
      'pca-renewal',
      'Private certificates requested through ACM are renewed by ACM; certificates issued directly with the Private CA IssueCertificate API are not managed by ACM and must be renewed by you.',
      ['acmRenewal'],
    ],
    [
      'pca-sharing',
      'A private CA can be shared with other accounts through AWS RAM, so they issue certificates from one CA hierarchy instead of running their own.',
      ['pcaRam'],
    ],
  ]),
];
