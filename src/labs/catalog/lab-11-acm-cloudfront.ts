/**
 * Lab 11: get a certificate onto a CloudFront distribution: request a public certificate in
 * us-east-1 with DNS validation, validate it with the CNAME record in Route 53, and use it on a
 * distribution. The lesson is the Region rule: CloudFront only reads certificates from us-east-1.
 * Checks read the ACM state (cloud.state.acm: certificates per Region, the simulated hosted
 * zone, distributions); labs may not import src/acm, so the few lookups are written here.
 */
import type { Cloud } from '@/cloud';
import { events, LAB_REGION } from '@/labs/inspect';
import { notYet, ok, type Lab, type LabDriver } from '@/labs/types';
import { simpleDistributionConfig } from '@/cloud/cloudfront';

const DOMAIN = 'www.example.com';

/** Why ACM fails a request (FailureReason), in the words of ACM's troubleshooting guide, abridged. */
export const FAILURE_REASONS: Record<string, string> = {
  CAA_ERROR: "the domain's CAA DNS records do not allow Amazon to issue for it",
  DOMAIN_NOT_ALLOWED: 'the domain is on a list ACM cannot issue for (for example an amazonaws.com name)',
  INVALID_PUBLIC_DOMAIN: 'the name is not a valid public domain (its top-level domain is not recognised)',
  ADDITIONAL_VERIFICATION_REQUIRED: 'ACM needs more information: contact AWS Support',
  NO_AVAILABLE_CONTACTS: 'no email address could be found to validate the domain',
  DOMAIN_VALIDATION_DENIED: 'the domain owner rejected the validation',
  OTHER: 'usually a typing error in a domain name',
};

/** The lab's one simulated public hosted zone (src/acm/usage/route53.ts). */
const HOSTED_ZONE_ID = 'Z0KMSLABEXAMPLE';

type AcmState = NonNullable<Cloud['state']['acm']>;
type Certificate = AcmState['regions'][string]['certificates'][string];

/** ACM's name matching: exact, or a wildcard covering exactly one label. */
const nameCovers = (name: string, host: string) => {
  const n = name.toLowerCase();
  const h = host.toLowerCase();
  return n === h || (n.startsWith('*.') && h.split('.').slice(1).join('.') === n.slice(2) && h.split('.').length === n.split('.').length);
};

/** Public (Amazon-issued) certificates covering the lab's domain, per Region, newest first. */
function publicCertificates(cloud: Cloud, region?: string): Certificate[] {
  const acm = cloud.state.acm;
  if (!acm) return [];
  return Object.values(acm.regions)
    .flatMap((r) => Object.values(r.certificates))
    .filter((c) => c.type === 'AMAZON_ISSUED' && (!region || c.region === region) && c.sans.some((n) => nameCovers(n, DOMAIN)))
    .sort((a, b) => (b.createdAtMs ?? 0) - (a.createdAtMs ?? 0));
}

/** The best candidate in us-east-1: an ISSUED DNS one, else a pending DNS one, else any. */
function labCertificate(cloud: Cloud): Certificate | undefined {
  const certs = publicCertificates(cloud, LAB_REGION);
  const dns = certs.filter((c) => c.validationMethod === 'DNS');
  return dns.find((c) => c.status === 'ISSUED') ?? dns.find((c) => c.status === 'PENDING_VALIDATION') ?? dns[0] ?? certs[0];
}

/** CloudFront's refusal of the learner's last attempt, to quote. */
function lastCloudFrontError(cloud: Cloud): string {
  const e = events(cloud, { name: 'CreateDistribution' })
    .filter((x) => x.errorCode)
    .at(-1);
  return e ? ` Your last CreateDistribution failed with ${e.errorCode}: ${e.errorMessage}` : '';
}

/** What the console's "Create records in Route 53" does: UPSERT every validation CNAME. */
async function createValidationRecords(d: LabDriver, cert: Certificate) {
  const seen = new Set<string>();
  const Changes = cert.validations
    .filter((v) => v.ResourceRecord && !seen.has(v.ResourceRecord.Name) && seen.add(v.ResourceRecord.Name))
    .map((v) => ({
      Action: 'UPSERT',
      ResourceRecordSet: { Name: v.ResourceRecord!.Name, Type: 'CNAME', TTL: 300, ResourceRecords: [{ Value: v.ResourceRecord!.Value }] },
    }));
  await d.call('route53', 'ChangeResourceRecordSets', { HostedZoneId: HOSTED_ZONE_ID, ChangeBatch: { Changes } }, { region: cert.region });
}

const distributionConfig = (certificateArn: string) => ({
  DistributionConfig: simpleDistributionConfig({
    callerReference: 'lab-acm-cloudfront',
    comment: 'Lab 11',
    origin: 'my-site-bucket.s3.amazonaws.com',
    aliases: [DOMAIN],
    certificateArn,
  }),
});

const requireIssued = (cloud: Cloud) => {
  const cert = labCertificate(cloud);
  if (!cert || cert.status !== 'ISSUED') return undefined;
  return cert;
};

export const lab11: Lab = {
  id: 'acm-cloudfront',
  number: 11,
  title: 'Get a certificate onto a CloudFront distribution',
  module: 'acm',
  goal: `Serve ${DOMAIN} over HTTPS from CloudFront: request a public ACM certificate in the right Region with DNS validation, validate it with its CNAME record in Route 53, and create a distribution that uses it.`,
  startsWith: `A fresh account: no certificates, no distributions. The simulated Route 53 hosted zone (${HOSTED_ZONE_ID}) answers for every domain, so you own ${DOMAIN} here.`,
  steps: [
    {
      id: 'request',
      title: 'Request a public certificate in us-east-1',
      instructions: [
        `Certificate Manager > Request certificate > Request a public certificate: fully qualified domain name ${DOMAIN}, validation method DNS validation, key algorithm RSA 2048. Check the Region selector first: CloudFront is global, but it reads certificates only from US East (N. Virginia), us-east-1.`,
        `Or in CloudShell: aws acm request-certificate --domain-name ${DOMAIN} --validation-method DNS --region us-east-1`,
      ],
      hints: [
        'Which Region does CloudFront take its certificates from? Only one works.',
        'Top bar Region selector: US East (N. Virginia); then Certificate Manager > Request certificate > Request a public certificate.',
        `Domain ${DOMAIN}, DNS validation, Request; or aws acm request-certificate --domain-name ${DOMAIN} --validation-method DNS --region us-east-1`,
      ],
      async check(cloud) {
        const cert = labCertificate(cloud);
        if (!cert) {
          const elsewhere = publicCertificates(cloud).find((c) => c.region !== LAB_REGION);
          if (elsewhere) {
            return notYet(
              `Your certificate for ${DOMAIN} is in ${elsewhere.region}, but CloudFront only accepts certificates from us-east-1 (US East, N. Virginia): it is a global service that reads certificates from there. Certificates cannot be moved between Regions: request a new one in us-east-1.${lastCloudFrontError(cloud)}`,
            );
          }
          return notYet(
            `There is no public certificate for ${DOMAIN} in us-east-1 yet. Switch the Region selector to US East (N. Virginia) and request one in Certificate Manager.`,
          );
        }
        if (cert.validationMethod !== 'DNS')
          return notYet(
            `Your certificate ${cert.id} in us-east-1 uses email validation. This lab validates with DNS (a CNAME record in Route 53): request a certificate with DNS validation.`,
          );
        if (cert.status === 'VALIDATION_TIMED_OUT' || cert.status === 'FAILED')
          return notYet(
            `Your certificate ${cert.id} is ${
              cert.status === 'FAILED'
                ? `Failed (${cert.failureReason ?? 'OTHER'}: ${FAILURE_REASONS[cert.failureReason ?? 'OTHER'] ?? 'see its page for the reason'})`
                : 'Validation timed out (its DNS record was not found within 72 hours)'
            }. Request a new one in us-east-1.`,
          );
        return ok(`Certificate ${cert.id} for ${DOMAIN} is requested in us-east-1 with DNS validation (status ${cert.status}).`);
      },
      solution: [{ cli: `aws acm request-certificate --domain-name ${DOMAIN} --validation-method DNS --region us-east-1` }],
    },
    {
      id: 'validate',
      title: 'Validate it with DNS',
      instructions: [
        "ACM issues the certificate once you prove you control the domain: its page lists a CNAME record (name and value) to create in the domain's DNS.",
        'On the certificate\'s page, Domains section: "Create records in Route 53". The status turns to Issued.',
      ],
      hints: [
        'ACM waits for proof that you control the domain: a DNS record it asks for.',
        'Certificate Manager > List certificates > your certificate (us-east-1) > Domains: the CNAME name and value.',
        'Press "Create records in Route 53" on the certificate page (or UPSERT that CNAME in hosted zone Z0KMSLABEXAMPLE).',
      ],
      async check(cloud) {
        const cert = labCertificate(cloud);
        if (!cert) return notYet('There is no certificate in us-east-1 to validate: do the previous step first.');
        if (cert.status === 'ISSUED') return ok(`Certificate ${cert.id} is Issued: the CNAME record proved you control ${DOMAIN}.`);
        if (cert.status !== 'PENDING_VALIDATION')
          return notYet(`Certificate ${cert.id} is ${cert.status}: it can no longer be validated. Request a new one in us-east-1.`);
        const record = cert.validations.find((v) => v.ResourceRecord)?.ResourceRecord;
        const zone = cloud.state.acm?.hostedZone ?? {};
        const wrong = record && zone[record.Name.toLowerCase()];
        if (record && wrong && wrong.Value !== record.Value)
          return notYet(
            `There is a record named ${record.Name} in Route 53, but its value is ${wrong.Value}; ACM expects ${record.Value}. Use "Create records in Route 53" on the certificate page.`,
          );
        return notYet(
          `Certificate ${cert.id} is still Pending validation: ACM is waiting for the CNAME record ${record ? `${record.Name} -> ${record.Value}` : ''} in Route 53. Press "Create records in Route 53" on its page (validation must complete within 72 hours).`,
        );
      },
      solution: [
        {
          say: 'Certificate Manager > the certificate (us-east-1) > Domains > Create records in Route 53',
          run: async (d) => {
            const cert = labCertificate(d.cloud);
            if (!cert) throw new Error('No certificate to validate');
            await createValidationRecords(d, cert);
          },
        },
      ],
    },
    {
      id: 'distribution',
      title: 'Use it on a CloudFront distribution',
      instructions: [
        `Certificate Manager > Use a certificate > CloudFront distribution: Origin domain my-site-bucket.s3.amazonaws.com, Alternate domain name (CNAME) ${DOMAIN}, Custom SSL certificate: your issued certificate from us-east-1. Create distribution.`,
        'The certificate\'s page then lists the distribution under Associated resources ("In use: Yes").',
      ],
      hints: [
        'The distribution needs the alternate domain name and a certificate that covers it.',
        'Certificate Manager > Use a certificate > CloudFront distribution (the picker lists us-east-1 certificates).',
        `Alternate domain name ${DOMAIN}, custom SSL certificate = the Issued certificate for ${DOMAIN} in us-east-1, Create distribution.`,
      ],
      async check(cloud) {
        const cert = requireIssued(cloud);
        if (!cert) return notYet("There is no Issued certificate for the lab's domain in us-east-1 yet: do the previous steps first.");
        const dists = Object.values(cloud.state.acm?.usage.distributions ?? {});
        const usesIt = dists.find((x) => x.CertificateArn === cert.arn);
        if (usesIt)
          return ok(
            `Distribution ${usesIt.Id} (${usesIt.DomainName}) serves ${usesIt.Aliases.join(', ') || 'its default name'} over HTTPS with certificate ${cert.id} from us-east-1.`,
          );
        if (dists.length)
          return notYet(
            `You have ${dists.length === 1 ? 'a distribution' : `${dists.length} distributions`}, but none uses certificate ${cert.id}. Create one with the alternate domain name ${DOMAIN} and that certificate.${lastCloudFrontError(cloud)}`,
          );
        return notYet(
          `No CloudFront distribution uses certificate ${cert.id} yet. Create one with the alternate domain name ${DOMAIN} and that certificate.${lastCloudFrontError(cloud)}`,
        );
      },
      solution: [
        {
          say: `Certificate Manager > Use a certificate > CloudFront distribution: alternate domain ${DOMAIN}, the Issued us-east-1 certificate > Create distribution`,
          run: async (d) => {
            const cert = requireIssued(d.cloud);
            if (!cert) throw new Error('No issued certificate');
            await d.call('cloudfront', 'CreateDistribution', distributionConfig(cert.arn));
          },
        },
      ],
    },
  ],
  completion:
    'CloudFront is global and takes its certificates from ACM in us-east-1 (N. Virginia) only: a certificate requested in another Region cannot be moved, only requested again. DNS validation (a CNAME record ACM gives you) proves you control the domain, and while the record stays in place ACM renews the certificate on its own, but only while it is eligible (in use by an integrated service, such as this distribution, or exported). Exam tip: certificate for CloudFront means us-east-1; for a load balancer, its own Region.',
  wrongAttempts: [
    {
      say: `Request and validate the certificate for ${DOMAIN} in eu-west-1, then try to create a CloudFront distribution with it`,
      run: async (d) => {
        const { CertificateArn } = await d.call('acm', 'RequestCertificate', { DomainName: DOMAIN, ValidationMethod: 'DNS' }, { region: 'eu-west-1' });
        const cert = publicCertificates(d.cloud, 'eu-west-1')[0]!;
        await createValidationRecords(d, cert);
        // CloudFront refuses it (InvalidViewerCertificate): the lesson is the error.
        await d.call('cloudfront', 'CreateDistribution', distributionConfig(CertificateArn)).catch(() => undefined);
      },
      failingStep: 'request',
      expect: /is in eu-west-1, but CloudFront only accepts certificates from us-east-1.*InvalidViewerCertificate/,
    },
  ],
};
