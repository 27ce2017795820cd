/** Specialty items: ACM validation, renewal, validity, Regions, exportable certificates and ACME. */
import { builders } from './build';

const { single, scenario, multiple, matching } = builders({ t: 'acm', d: 'infrastructure', lv: 3, docs: ['acmServices'] });

export const SPEC_ACM = [
  scenario(
    'acm-dns-for-automation',
    { f: ['acm-validation-methods', 'acm-renewal'], docs: ['acmDnsValidation', 'acmEmailValidation', 'acmRenewal'] },
    'A company manages 400 public certificates in ACM for load balancers. Renewals today stall while someone approves emails, and certificates nearly expired twice. The domains are hosted in Route 53. What change removes people from renewal?',
    [
      'Validate with DNS and keep the CNAME records in place for renewals',
      'Right: with the CNAME records kept, ACM re-validates and renews in-use certificates without anyone acting.',
    ],
    [
      ['Keep email validation and add a shared mailbox for approvals', 'Wrong: someone must still approve each renewal email.'],
      ['Import the certificates from a commercial CA instead', 'Wrong: ACM never renews imported certificates; that adds work.'],
      ['Request certificates with a longer validity', 'Wrong: ACM sets the validity; it cannot be extended.'],
    ],
    'DNS validation (CNAME kept in place) is what makes ACM renewal fully automatic.',
  ),
  scenario(
    'acm-72h-timeout',
    { f: ['acm-72h'], lv: 2, docs: ['acmDnsValidation', 'acmTroubleshootFailed'] },
    'A certificate was requested with DNS validation on Friday evening, and the DNS team added the CNAME record on Tuesday morning. The certificate’s status is VALIDATION_TIMED_OUT. What should the team do?',
    ['Request again and validate within 72 hours', 'Right: a request not validated within 72 hours times out, and a timed-out request cannot be revived.'],
    [
      ['Call ResendValidationEmail to restart the 72-hour window', 'Wrong: that is for email validation, and a timed-out request cannot be restarted.'],
      ['Wait: ACM retries validation every 72 hours', 'Wrong: the request has ended; nothing is retried.'],
      ['Open a support case to extend the window', 'Wrong: the 72-hour limit is fixed.'],
    ],
    'VALIDATION_TIMED_OUT after 72 hours without validation; start a new request.',
  ),
  scenario(
    'acm-caa-failed',
    { f: ['acm-caa', 'acm-72h'], lv: 2, docs: ['acmCaa', 'acmTroubleshootFailed'] },
    'A new certificate request for shop.example.com changes to FAILED within minutes, with the reason CAA_ERROR, although the DNS validation record is correct. The domain’s DNS contains a CAA record: 0 issue "letsencrypt.org". What must be done?',
    [
      'Allow an Amazon CA in a CAA record for the domain, then request again',
      'Right: when CAA records exist, one must authorize an Amazon CA or ACM may not issue.',
    ],
    [
      ['Switch the request to email validation and approve the email', 'Wrong: the validation method is not the problem; CAA applies to every method.'],
      ['Wait 72 hours for the CAA record to expire', 'Wrong: CAA records do not expire; FAILED is final for this request.'],
      ['Remove the CNAME validation record', 'Wrong: the CNAME is needed; the CAA record is what forbids issuance.'],
    ],
    'CAA records must allow amazon.com, amazontrust.com, awstrust.com or amazonaws.com (issuewild for wildcards).',
  ),
  scenario(
    'acm-wildcard-scope',
    { f: ['acm-wildcard'], lv: 2, docs: ['acmCharacteristics'] },
    'A load balancer serves example.com, www.example.com and api.eu.example.com. The team requested one certificate for *.example.com. Browsers show errors for two of the names. Which certificate request covers all three?',
    ['Apex, wildcard and the deeper name on one certificate', 'Right: a wildcard covers one level only: not the apex and not deeper subdomains.'],
    [
      ['*.*.example.com', 'Wrong: a wildcard can stand for one label only; multi-level wildcards are not allowed.'],
      ['*.example.com is enough once it is renewed', 'Wrong: renewal keeps the same names.'],
      ['A second load balancer with a separate certificate for the apex', 'Wrong: it works but is unnecessary; one certificate can carry several names.'],
    ],
    'Wildcards: one label, no apex. Add the apex and deeper names explicitly.',
  ),
  scenario(
    'acm-not-renewed-unused',
    { f: ['acm-renewal', 'acm-imported'], d: 'detection', docs: ['acmRenewal'] },
    'A DNS-validated ACM certificate was requested for a new service that launched late; the certificate was never attached to a load balancer. Thirty days before it expires it has still not been renewed, and an engineer now exports nothing and attaches nothing. What will happen, and why?',
    [
      'It expires: it is neither in use nor exported',
      'Right: renewal eligibility requires the certificate to be associated with an integrated service or exported since issuance or its last renewal.',
    ],
    [
      [
        'ACM renews it 30 days before expiry like every DNS-validated certificate',
        'Wrong: DNS validation makes renewal automatic only for eligible certificates.',
      ],
      ['ACM renews it but sends an email for approval first', 'Wrong: emails are for email-validated names; this one is simply not eligible.'],
      ['It is renewed when the CNAME record is re-created', 'Wrong: the CNAME is already there; eligibility is the issue.'],
    ],
    'Managed renewal: in use or exported; renewal starts 60 days before expiry.',
  ),
  scenario(
    'acm-imported-expiry',
    { f: ['acm-imported', 'mon-eventbridge'], d: 'detection', docs: ['acmImport', 'acmRenewal'] },
    'A partner-issued certificate was imported into ACM and attached to an ALB. Last year it expired unnoticed. The company must be warned weeks in advance and wants the ALB to keep the same certificate ARN after each update. What should it do?',
    [
      'Alert on ACM expiry events and reimport to the same ARN',
      'Right: ACM never renews imported certificates, but it emits expiry events; reimporting to the same ARN keeps the ALB association.',
    ],
    [
      ['Enable managed renewal on the imported certificate', 'Wrong: imported certificates are not eligible for managed renewal.'],
      ['Switch the certificate to DNS validation', 'Wrong: validation applies to certificates ACM issues, not imported ones.'],
      [
        'Import each new certificate as a new ARN and let the ALB pick the newest',
        'Wrong: the ALB keeps using the ARN it was given; nothing switches automatically.',
      ],
    ],
    'Imported certificates: you renew them; ACM warns (events, metrics) and reimport keeps the ARN.',
  ),
  scenario(
    'acm-validity-automation',
    { f: ['acm-validity', 'acm-exportable'], d: 'governance', docs: ['acmConcepts', 'acmExportable'] },
    'A company installs exportable ACM public certificates on 50 on-premises appliances by hand, once a year, as it did with 395-day certificates. Certificates now expire much sooner, and the industry schedule shortens public certificate lifetimes further in 2027 and 2029. What is the lasting fix?',
    [
      'Automate deployment driven by renewal events (or use ACME clients)',
      'Right: ACM public certificates are now valid 198 days, falling below 100 days from March 2027 and below 47 days from March 2029; manual yearly installs cannot keep up.',
    ],
    [
      ['Request certificates with a custom validity of 398 days', 'Wrong: ACM sets the validity; it cannot be chosen for public certificates.'],
      ['Import certificates from another CA with two-year validity', 'Wrong: public CAs are bound by the same shrinking maximum lifetimes.'],
      ['Use private certificates on the public appliances', 'Wrong: browsers and clients on the internet do not trust a private CA.'],
    ],
    'Shorter certificate lifetimes make automated renewal and deployment mandatory.',
  ),
  scenario(
    'acm-acme-ec2',
    { f: ['acm-acme', 'acm-integrated'], docs: ['acmAcmeEndpoints', 'acmAcmeIssuance', 'acmAcmeDomainValidation'] },
    'A fleet of 300 nginx servers on EC2 and in a data center needs public TLS certificates that renew automatically. Private keys must never leave the servers, and application teams must not perform domain validation themselves. Which option fits?',
    [
      'An ACM ACME endpoint and an ACME client on each server',
      'Right: the ACME client generates its own key and gets certificates for domains the PKI team validated in advance; renewal is the client’s routine.',
    ],
    [
      [
        'Non-exportable ACM certificates attached to each instance',
        'Wrong: non-exportable certificates work only with integrated services such as ELB and CloudFront.',
      ],
      [
        'Exportable certificates exported to each server with a passphrase',
        'Wrong: the private key is generated by ACM and leaves ACM, and each renewal must be deployed again.',
      ],
      [
        'One wildcard certificate copied to all servers',
        'Wrong: one private key shared by 300 servers widens the blast radius and still needs manual renewal.',
      ],
    ],
    'ACM ACME endpoints: RFC 8555 for your own servers, private key stays on the server, domains pre-validated.',
  ),
  scenario(
    'acm-exportable-cost',
    { f: ['acm-exportable', 'acm-integrated'], d: 'governance', lv: 2, docs: ['acmExportable', 'acmPricing'] },
    'A team asks for every new ACM public certificate to be requested as exportable "just in case". All of them are used only on ALBs and CloudFront. What should the security architect answer?',
    [
      'No: they cost per name and their keys can leave AWS',
      'Right: certificates used only by integrated services are free when not exportable, and keeping keys non-exportable reduces exposure.',
    ],
    [
      [
        'Yes: exportable certificates cost the same and renew the same way',
        'Wrong: exportable certificates carry a charge per fully qualified domain name (more for wildcards) at each issuance and renewal.',
      ],
      ['Yes: only exportable certificates can be attached to CloudFront', 'Wrong: CloudFront uses regular ACM certificates from us-east-1.'],
      ['No: exportable certificates cannot be attached to load balancers', 'Wrong: they can be; the issue is cost and key exposure.'],
    ],
    'Choose exportable only where the private key must be installed outside integrated services.',
  ),
  scenario(
    'acm-apigw-regions',
    { f: ['acm-regions'], docs: ['apigwCustomDomains', 'acmRegions'] },
    'A company runs a REST API in ap-southeast-2 behind an edge-optimized custom domain, and a second, Regional custom domain for internal partners in the same Region. Both need ACM certificates. Where must each be?',
    [
      'Edge-optimized: us-east-1; Regional: ap-southeast-2, the API’s Region',
      'Right: edge-optimized custom domains use CloudFront and take certificates from us-east-1; Regional ones take certificates from the API’s Region.',
    ],
    [
      ['Both in ap-southeast-2', 'Wrong: the edge-optimized domain needs its certificate in us-east-1.'],
      ['Both in us-east-1', 'Wrong: a Regional custom domain uses a certificate in its own Region.'],
      ['One certificate in us-east-1 copied to ap-southeast-2', 'Wrong: ACM certificates cannot be copied between Regions.'],
    ],
    'Edge-optimized API Gateway and CloudFront: us-east-1. Regional endpoints and load balancers: their own Region.',
  ),
  scenario(
    'acm-multi-region-alb',
    { f: ['acm-regions', 'acm-validation-methods'], lv: 2, docs: ['acmRegions', 'acmDnsValidation'] },
    'An application runs behind ALBs in eu-west-1, us-east-1 and ap-northeast-1 with the same domain name. How should the certificates be provided?',
    [
      'One certificate per Region, same validation record',
      'Right: certificates are Regional and cannot be copied; each Region needs its own, and DNS validation can use the same CNAME.',
    ],
    [
      ['Request one certificate in us-east-1; ACM replicates it to the other Regions', 'Wrong: ACM never replicates certificates.'],
      [
        'Export the certificate from us-east-1 and import it in the other Regions',
        'Wrong: possible only for exportable certificates, and imported copies are not renewed by ACM.',
      ],
      ['Use one multi-Region certificate', 'Wrong: there are no multi-Region ACM certificates.'],
    ],
    'One certificate per Region; DNS validation records can be shared.',
  ),
  scenario(
    'acm-failed-vs-timeout',
    { f: ['acm-72h', 'acm-caa'], d: 'incident-response', lv: 2, docs: ['acmTroubleshootFailed'] },
    'Two certificate requests failed: one shows VALIDATION_TIMED_OUT, the other FAILED with reason DOMAIN_NOT_ALLOWED. How should each be handled?',
    [
      'Timed out: request again in time; FAILED: fix its cause, then request again',
      'Right: VALIDATION_TIMED_OUT means no validation in time; FAILED has its own reasons (CAA_ERROR, DOMAIN_NOT_ALLOWED, ADDITIONAL_VERIFICATION_REQUIRED...).',
    ],
    [
      [
        'Both mean that 72 hours passed, so request both of them again',
        'Wrong: FAILED is a different status with other causes that a new request alone does not fix.',
      ],
      ['Both can be retried with RenewCertificate', 'Wrong: RenewCertificate renews issued certificates; these were never issued.'],
      ['FAILED requests are retried automatically by ACM', 'Wrong: nothing is retried; a new request is needed once the cause is fixed.'],
    ],
    'Read the status and the failure reason: they call for different fixes.',
  ),
  multiple(
    'acm-renewal-eligible',
    { f: ['acm-renewal', 'acm-imported', 'pca-renewal'], lv: 2, docs: ['acmRenewal'] },
    'Which certificates are eligible for ACM managed renewal? (Choose two.)',
    [
      ['A DNS-validated public certificate attached to a CloudFront distribution', 'Right: it is in use by an integrated service.'],
      ['A private certificate requested through ACM and exported since its issue', 'Right: exported certificates are eligible too.'],
    ],
    [
      ['An imported certificate attached to an ALB', 'Wrong: imported certificates are never renewed by ACM.'],
      ['A private certificate issued with the Private CA IssueCertificate API', 'Wrong: certificates issued directly by Private CA are not managed by ACM.'],
      ['A public certificate that already expired', 'Wrong: expired certificates are not eligible.'],
      ['A public certificate never used or exported', 'Wrong: it must be in use or exported.'],
    ],
    'Eligible: Amazon-issued and ACM-requested, in use or exported, not expired.',
  ),
  matching(
    'acm-match-validation',
    { f: ['acm-validation-methods', 'acm-acme'], lv: 2, docs: ['acmDnsValidation', 'acmEmailValidation', 'acmHttpValidation', 'acmAcmeDomainValidation'] },
    'Match each situation to the way ACM validates (or pre-validates) domain control.',
    [
      [
        'Public certificate for an ALB, renewed without anyone acting',
        'DNS validation with a CNAME record',
        'The CNAME stays in place, so ACM re-validates alone.',
      ],
      ['Registrant prefers approving requests from a mailbox', 'Email validation', 'Someone approves each request and each renewal.'],
      [
        'Certificate requested through CloudFront, token served at a well-known path',
        'HTTP validation',
        'ACM checks a token reachable over HTTP for the domain.',
      ],
      [
        'ACME clients on many servers, no validation by application teams',
        'ACME domain validation set up in advance by the PKI team',
        'Pre-approved domain validations let the endpoint issue without live challenges.',
      ],
    ],
    [['WHOIS lookup of the registrar phone number', 'Wrong: ACM does not validate by phone.']],
    'DNS for automation, email for people, HTTP for CloudFront-requested certificates, ACME domain validations for fleets.',
  ),
  single(
    'acm-validity-now',
    { f: ['acm-validity'], lv: 1, docs: ['acmConcepts'] },
    'How long is an ACM public certificate valid today?',
    ['198 days', 'Right: it was 395 days before the 2026 reduction; further reductions are scheduled for 2027 and 2029.'],
    [
      ['395 days (13 months)', 'Wrong: that was the validity before 2026.'],
      ['47 days', 'Wrong: lifetimes fall below 47 days only from 15 March 2029.'],
      ['The validity chosen in the request, up to 398 days', 'Wrong: ACM sets the validity of public certificates.'],
    ],
    'Current: 198 days. Below 100 days from 15 March 2027, below 47 days from 15 March 2029.',
  ),
];
