/** Questions of module Certificate management (ACM). */
import { builders } from './build';

const { single, multiple, scenario } = builders('acm');
const acm = { s: 'What ACM does' };
const tls = { s: 'SSL/TLS certificates' };
const cf = { s: 'ACM and CloudFront' };

export const ACM = [
  single(
    'acm-what',
    { f: ['acm-what', 'acm-https-tip'], ...acm },
    'Which AWS service creates and manages SSL/TLS certificates for your websites?',
    ['AWS Certificate Manager (ACM)', 'Right: ACM issues, stores and renews certificates.'],
    [
      ['AWS KMS', 'Wrong: KMS manages encryption keys, not certificates.'],
      ['AWS Secrets Manager', 'Wrong: it stores secrets, not certificates for endpoints.'],
      ['Amazon Inspector', 'Wrong: it scans for vulnerabilities.'],
    ],
    'ACM = SSL/TLS certificates for HTTPS.',
  ),
  single(
    'acm-public-private',
    { f: ['acm-public-private'], ...acm },
    'Which kinds of certificates does ACM support?',
    ['Public certificates and private certificates (with AWS Private CA)', 'Right: public for the internet, private for internal names.'],
    [
      ['Only public certificates', 'Wrong: private certificates are supported too.'],
      ['Only self-signed certificates', "Wrong: ACM public certificates are signed by Amazon's public CA."],
      ['Only code-signing certificates', 'Wrong: ACM is for TLS.'],
    ],
    'Public and private.',
  ),
  multiple(
    'acm-integrations',
    { f: ['acm-integrations'], ...acm },
    'Which services can use ACM certificates directly? (Choose three.)',
    [
      ['Elastic Load Balancing', 'Right: HTTPS listeners use ACM certificates.'],
      ['Amazon CloudFront', 'Right: with the certificate in us-east-1.'],
      ['Amazon API Gateway', 'Right: for custom domain names.'],
    ],
    [
      ['Amazon S3 bucket encryption', 'Wrong: S3 encryption at rest uses KMS keys, not certificates.'],
      ['Amazon EBS volume encryption', 'Wrong: EBS uses KMS keys.'],
    ],
    'ELB, CloudFront, API Gateway.',
  ),
  single(
    'acm-tls-what',
    { f: ['tls-what'], ...tls },
    'What does an SSL/TLS certificate do for a website?',
    ["It proves the site's identity and enables encrypted connections (HTTPS)", 'Right: authenticity plus encryption in transit.'],
    [
      ["It encrypts the website's database at rest", 'Wrong: that is encryption at rest, done with keys such as KMS keys.'],
      ['It speeds up page loads', 'Wrong: that is caching, for example CloudFront.'],
      ['It blocks SQL injection', 'Wrong: that is a WAF.'],
    ],
    'TLS certificates: identity and data in transit.',
  ),
  scenario(
    'acm-tls-sensitive',
    { f: ['tls-sensitive', 'tls-what'], ...tls },
    'A login page sends passwords over plain HTTP. What protects them in transit?',
    ['An SSL/TLS certificate on the endpoint so the page is served over HTTPS', 'Right: TLS encrypts passwords and payment data in transit.'],
    [
      ["A KMS key on the web server's EBS volume", 'Wrong: that protects data at rest only.'],
      ['Enabling key rotation', 'Wrong: rotation concerns KMS keys.'],
      ['Hashing the passwords in the database', 'Wrong: good practice at rest, but the HTTP traffic stays readable.'],
    ],
    'TLS protects sensitive data in transit.',
  ),
  scenario(
    'acm-cloudfront-region',
    { f: ['acm-cloudfront-us-east-1'], ...cf },
    'A team in Frankfurt requests an ACM certificate in eu-central-1 for its CloudFront distribution, but the certificate does not appear in the distribution settings. What should they do?',
    ['Request (or import) the certificate in ACM in us-east-1 (N. Virginia)', 'Right: CloudFront uses certificates from us-east-1 only.'],
    [
      ['Copy the certificate to CloudFront with kms re-encrypt', 'Wrong: KMS has nothing to do with certificates.'],
      ['Wait for the certificate to replicate globally', 'Wrong: ACM certificates are Regional and never replicate.'],
      ['Attach the certificate to an S3 bucket instead', 'Wrong: buckets do not take certificates.'],
    ],
    'CloudFront requires its ACM certificate in us-east-1.',
  ),
  single(
    'acm-cloudfront-tip',
    { f: ['acm-cloudfront-us-east-1'], ...cf },
    'In which Region must an ACM certificate be for use with Amazon CloudFront?',
    ['US East (N. Virginia), us-east-1', 'Right: the exam tip.'],
    [
      ['The Region closest to most viewers', 'Wrong: CloudFront is global but its certificates come from us-east-1.'],
      ['Any Region', 'Wrong: only us-east-1.'],
      ['The Region of the origin server', 'Wrong: that is the rule for a load balancer, not CloudFront.'],
    ],
    'us-east-1 for CloudFront.',
  ),
  scenario(
    'acm-alb-region',
    { f: ['acm-integrations', 'acm-cloudfront-us-east-1'], ...cf },
    'An Application Load Balancer runs in ap-southeast-2 and a CloudFront distribution sits in front of it. Both need ACM certificates. Where must they be?',
    [
      "The load balancer's in ap-southeast-2 and CloudFront's in us-east-1",
      'Right: a load balancer uses a certificate from its own Region; CloudFront from us-east-1.',
    ],
    [
      ['Both in us-east-1', 'Wrong: the load balancer cannot use a certificate from another Region.'],
      ['Both in ap-southeast-2', 'Wrong: CloudFront needs us-east-1.'],
      ['One certificate in any Region, shared by both', 'Wrong: certificates are Regional.'],
    ],
    'Regional services use their Region; CloudFront uses us-east-1.',
  ),
  single(
    'acm-cloudfront-recommend',
    { f: ['acm-https-tip', 'acm-integrations'], ...cf },
    'What does the course recommend for HTTPS on a CloudFront distribution?',
    ['Create the SSL/TLS certificate with ACM (in us-east-1)', 'Right: ACM certificates integrate directly with CloudFront.'],
    [
      ['Generate a certificate with KMS', 'Wrong: KMS does not issue certificates.'],
      ['Use plain HTTP and enable S3 encryption', 'Wrong: that leaves data in transit unprotected.'],
      ['Upload a key pair to IAM', 'Wrong: not the recommended path.'],
    ],
    'ACM for CloudFront certificates.',
  ),
  single(
    'acm-export',
    { f: ['cur-acm-export'], s: 'Exporting certificates' },
    'A company wants to install an ACM public certificate, with its private key, on its own on-premises web server. What is true today?',
    [
      'Only a public certificate requested as exportable (possible since June 2025) can be exported with its private key',
      'Right: earlier public certificates cannot be exported.',
    ],
    [
      ['Any ACM public certificate can be exported', 'Wrong: only those requested as exportable.'],
      ['No ACM certificate can ever be exported', 'Wrong: private CA certificates and exportable public ones can be.'],
      ['Export the private key with kms get-public-key', 'Wrong: KMS holds no ACM private keys.'],
    ],
    'Current fact: exportable public certificates since June 2025.',
  ),
  scenario(
    'acm-export-old',
    { f: ['cur-acm-export'], s: 'Exporting certificates' },
    'A public ACM certificate requested in 2023 is attached to a load balancer. A team asks to export it for an EC2 instance running nginx. What should they do?',
    [
      'Request a new exportable public certificate (or use another CA); the 2023 certificate cannot be exported',
      'Right: only certificates requested as exportable can be exported.',
    ],
    [
      ['Call ExportCertificate on the 2023 certificate', 'Wrong: it is refused for non-exportable public certificates.'],
      ["Copy it from the load balancer's disk", 'Wrong: there is no disk access; the key never leaves AWS.'],
      ['Re-encrypt it with a KMS key and download it', 'Wrong: KMS has no access to ACM certificates.'],
    ],
    'Non-exportable public certificates stay in AWS services.',
  ),
  single(
    'acm-private',
    { f: ['acm-public-private', 'cur-acm-export'], s: 'Exporting certificates' },
    'Which ACM certificates could always be exported with their private key?',
    ['Private certificates issued by AWS Private CA', 'Right: private certificates can be exported for use anywhere inside your network.'],
    [
      ['Public certificates validated by DNS before 2025', 'Wrong: those cannot be exported.'],
      ['Certificates attached to CloudFront', 'Wrong: the attachment does not make them exportable.'],
      ['None', 'Wrong: private certificates can.'],
    ],
    'Private CA certificates are exportable.',
  ),
  scenario(
    'acm-vs-kms',
    { f: ['acm-what', 'kms-managed'], ...acm },
    'A requirement says: "encrypt data in transit to the website and encrypt the database at rest". Which pair of services fits?',
    ['ACM for the TLS certificate, KMS for the database encryption key', 'Right: ACM for in transit, KMS for at rest.'],
    [
      ['KMS for both', 'Wrong: KMS does not issue TLS certificates.'],
      ['ACM for both', 'Wrong: ACM does not encrypt databases.'],
      ['CloudTrail and IAM', 'Wrong: they audit and authorise; they do not encrypt.'],
    ],
    'ACM: in transit. KMS: at rest.',
  ),
  single(
    'acm-https-tip',
    { f: ['acm-https-tip'], ...acm },
    'Which exam tip about ACM does the course give?',
    ['ACM creates and manages SSL/TLS certificates that secure websites with HTTPS', 'Right: plus the us-east-1 rule for CloudFront.'],
    [
      ['ACM rotates KMS keys', 'Wrong: ACM renews certificates, it does not touch KMS keys.'],
      ['ACM certificates are global', 'Wrong: they are Regional.'],
      ['ACM stores database passwords', 'Wrong: that is Secrets Manager.'],
    ],
    'ACM = HTTPS certificates.',
  ),
];
