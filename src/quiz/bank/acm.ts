/** Questions of module Certificate management (ACM). */
import { builders } from './build';

const { single, multiple, scenario } = builders({ module: 'acm', t: 'acm', d: 'infrastructure', docs: ['acmServices'] });
const acm = { s: 'What ACM does' };
const tls = { s: 'SSL/TLS certificates', docs: ['acmConcepts' as const] };
const cf = { s: 'ACM and CloudFront', lab: 'lab-11' as const, docs: ['cloudfrontHttps' as const, 'acmRegions' as const] };
const exp = { s: 'Exporting certificates', d: 'data-protection' as const, docs: ['acmExportable' as const] };

export const ACM = [
  single(
    'acm-what',
    { f: ['acm-what', 'acm-https-tip'], ...acm },
    'Which AWS service creates and manages SSL/TLS certificates for your websites?',
    ['AWS Certificate Manager (ACM)', 'Right: ACM issues, stores and renews certificates.'],
    [
      ['AWS KMS, through asymmetric keys with the SIGN_VERIFY key usage', 'Wrong: KMS manages keys and signs data, but it issues no certificates.'],
      ['AWS Secrets Manager', 'Wrong: it stores secrets, not certificates for endpoints.'],
      ['Amazon Inspector', 'Wrong: it scans for vulnerabilities.'],
    ],
    'ACM = SSL/TLS certificates for HTTPS.',
  ),
  single(
    'acm-public-private',
    { f: ['acm-public-private'], ...acm, docs: ['acmConcepts', 'pcaWelcome'] },
    'Which kinds of certificates does ACM support?',
    ['Public and private (AWS Private CA)', 'Right: public for the internet, private for internal names.'],
    [
      ['Only public certificates that chain to an Amazon root CA', 'Wrong: private certificates are supported too.'],
      ['Only self-signed certificates', "Wrong: ACM public certificates are signed by Amazon's public CA."],
      ['Only code-signing certificates', 'Wrong: ACM is for TLS.'],
    ],
    'Public and private.',
  ),
  multiple(
    'acm-integrations',
    { f: ['acm-integrations', 'acm-integrated'], ...acm },
    'Which services can use ACM certificates directly? (Choose three.)',
    [
      ['Elastic Load Balancing', 'Right: HTTPS listeners use ACM certificates.'],
      ['Amazon CloudFront', 'Right: with the certificate in us-east-1.'],
      ['Amazon API Gateway', 'Right: for custom domain names.'],
    ],
    [
      ['Amazon S3 bucket encryption', 'Wrong: S3 encryption at rest uses KMS keys, not certificates.'],
      ['Amazon EBS volume encryption', 'Wrong: EBS uses KMS keys.'],
      ['A web server you run on an EC2 instance, using a non-exportable certificate', 'Wrong: you never get the private key of a non-exportable certificate.'],
    ],
    'ELB, CloudFront, API Gateway (among others) use ACM certificates; servers you run need an exportable certificate or ACME.',
  ),
  single(
    'acm-tls-what',
    { f: ['tls-what'], ...tls },
    'What does an SSL/TLS certificate do for a website?',
    ["Proves the site's identity and enables HTTPS", 'Right: authenticity plus encryption in transit.'],
    [
      ["It encrypts the website's database at rest with the certificate's private key", 'Wrong: that is encryption at rest, done with keys such as KMS keys.'],
      ['It speeds up page loads', 'Wrong: that is caching, for example CloudFront.'],
      ['It blocks SQL injection', 'Wrong: that is a WAF.'],
    ],
    'TLS certificates: identity and data in transit.',
  ),
  scenario(
    'acm-tls-sensitive',
    { f: ['tls-sensitive', 'tls-what'], ...tls },
    'A login page sends passwords over plain HTTP. What protects them in transit?',
    ['Serving the page over HTTPS with a TLS certificate', 'Right: TLS encrypts passwords and payment data in transit.'],
    [
      ["A KMS key on the web server's EBS volume", 'Wrong: that protects data at rest only.'],
      ['Enabling key rotation', 'Wrong: rotation concerns KMS keys.'],
      ['Hashing the passwords in the database with a salted, slow hash function', 'Wrong: good practice at rest, but the HTTP traffic stays readable.'],
    ],
    'TLS protects sensitive data in transit.',
  ),
  scenario(
    'acm-cloudfront-region',
    { f: ['acm-cloudfront-us-east-1', 'acm-regions'], ...cf },
    'A team in Frankfurt requests an ACM certificate in eu-central-1 for its CloudFront distribution, but the certificate does not appear in the distribution settings. What should they do?',
    ['Request or import it in us-east-1', 'Right: CloudFront uses certificates from US East (N. Virginia) only.'],
    [
      ['Copy the certificate from eu-central-1 to us-east-1 with the ACM console', 'Wrong: ACM certificates cannot be copied between Regions.'],
      ['Wait for the certificate to replicate globally', 'Wrong: ACM certificates are Regional and never replicate.'],
      ['Attach the certificate to an S3 bucket instead', 'Wrong: buckets do not take certificates.'],
    ],
    'CloudFront requires its ACM certificate in us-east-1.',
  ),
  scenario(
    'acm-alb-region',
    { f: ['acm-integrations', 'acm-cloudfront-us-east-1', 'acm-regions'], ...cf },
    'An Application Load Balancer runs in ap-southeast-2 and a CloudFront distribution sits in front of it. Both need ACM certificates. Where must they be?',
    ["ALB's in ap-southeast-2, CloudFront's in us-east-1", 'Right: a load balancer uses a certificate from its own Region; CloudFront from us-east-1.'],
    [
      [
        'Both in us-east-1, because CloudFront forwards its certificate to the origin',
        'Wrong: the load balancer cannot use a certificate from another Region.',
      ],
      ['Both in ap-southeast-2', 'Wrong: CloudFront needs us-east-1.'],
      ['One certificate in any Region, shared by both', 'Wrong: certificates are Regional.'],
    ],
    'Regional services use their Region; CloudFront uses us-east-1.',
  ),
  single(
    'acm-export',
    { f: ['cur-acm-export', 'acm-exportable'], ...exp },
    'A company wants to install an ACM public certificate, with its private key, on its own on-premises web server. What is true today?',
    [
      'Only a certificate requested as exportable can be exported',
      'Right: since June 2025 a public certificate can be requested as exportable (for a fee); others cannot be exported.',
    ],
    [
      ['Any ACM public certificate can be exported with its private key, protected by a passphrase', 'Wrong: only those requested as exportable.'],
      ['No ACM certificate can ever be exported', 'Wrong: private CA certificates and exportable public ones can be.'],
      ['Export the private key with kms get-public-key', 'Wrong: KMS holds no ACM private keys.'],
    ],
    'Current fact: exportable public certificates since June 2025 (charged per name at issuance and renewal); an ACME client with an ACM ACME endpoint is the other way to serve ACM-issued public certificates from your own server.',
  ),
  scenario(
    'acm-export-old',
    { f: ['cur-acm-export', 'acm-acme'], ...exp, docs: ['acmExportable', 'acmAcmeEndpoints'] },
    'A public ACM certificate requested in 2023 is attached to a load balancer. A team asks to use the same kind of certificate on an EC2 instance running nginx, renewed automatically. What should they do?',
    [
      'Use an ACM ACME endpoint or an exportable certificate',
      'Right: the 2023 certificate cannot be exported; an ACME client (for example Certbot) with an ACM ACME endpoint renews by itself, or a new exportable certificate can be installed.',
    ],
    [
      ['Call ExportCertificate on the 2023 certificate with a passphrase', 'Wrong: it is refused for non-exportable public certificates.'],
      ["Copy it from the load balancer's disk", 'Wrong: there is no disk access; the key never leaves AWS.'],
      ['Re-encrypt it with a KMS key and download it', 'Wrong: KMS has no access to ACM certificates.'],
    ],
    'Non-exportable public certificates stay in AWS services; for your own servers use ACME or an exportable certificate.',
  ),
  single(
    'acm-private',
    { f: ['acm-public-private', 'cur-acm-export'], ...exp, docs: ['acmExportable', 'pcaWelcome'] },
    'Which ACM certificates could always be exported with their private key?',
    ['Private certificates (AWS Private CA)', 'Right: private certificates can be exported for use anywhere inside your network.'],
    [
      ['Public certificates validated by DNS before 2025, since DNS proves domain control', 'Wrong: those cannot be exported.'],
      ['Certificates attached to CloudFront', 'Wrong: the attachment does not make them exportable.'],
      ['None', 'Wrong: private certificates can.'],
    ],
    'Private CA certificates are exportable.',
  ),
  scenario(
    'acm-vs-kms',
    { f: ['acm-what', 'kms-managed'], ...acm, d: 'data-protection', docs: ['acmServices', 'kmsConcepts'] },
    'A requirement says: "encrypt data in transit to the website and encrypt the database at rest". Which pair of services fits?',
    ['ACM in transit, KMS at rest', 'Right: an ACM certificate for TLS, a KMS key for the database.'],
    [
      ['KMS for both: an RSA key for TLS and a symmetric key for the database', 'Wrong: KMS does not issue TLS certificates.'],
      ['ACM for both', 'Wrong: ACM does not encrypt databases.'],
      ['CloudTrail and IAM', 'Wrong: they audit and authorise; they do not encrypt.'],
    ],
    'ACM: in transit. KMS: at rest.',
  ),
];
