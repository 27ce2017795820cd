/** Specialty items: pricing, request and resource quotas, throttling, and governance guardrails. */
import { builders } from './build';

const { single, scenario, multiple } = builders({ t: 'cost-quotas', d: 'governance', lv: 3, docs: ['kmsPricing'] });

export const SPEC_COST_GOVERNANCE = [
  scenario(
    'qc-bucket-key-cost',
    { f: ['qc-bucket-key', 'qc-pricing'], docs: ['s3BucketKey', 'kmsPricing'] },
    'A media archive writes 300 million small objects a month to an S3 bucket with SSE-KMS and a customer managed key. KMS request charges now exceed the storage bill, and the application is occasionally throttled. Changing the application is not an option. What should the team do?',
    [
      'Enable S3 Bucket Keys for the bucket’s SSE-KMS default encryption',
      'Right: S3 then derives object keys from a bucket-level key, cutting KMS requests (and their cost and throttling) by up to 99 %, with no application change.',
    ],
    [
      [
        'Switch to the AWS managed key aws/s3 to avoid request charges',
        'Wrong: requests to AWS managed keys are charged too (only the monthly key fee goes away), and the call volume stays.',
      ],
      ['Request a higher KMS request quota', 'Wrong: it may stop throttling but the request charges keep growing.'],
      ['Encrypt the objects client-side with one data key per day', 'Wrong: it changes the application, which is ruled out.'],
    ],
    'S3 Bucket Keys are the lever for SSE-KMS request volume and cost.',
  ),
  scenario(
    'qc-throttle-shared',
    { f: ['qc-request-quota', 'qc-backoff'], d: 'incident-response', docs: ['requestQuotas', 'throttling'] },
    'During a sale, three services in the same account and Region call Decrypt and GenerateDataKey heavily, and all of them start receiving ThrottlingException, although each alone stays under the published per-operation rate. What explains this, and what is the immediate mitigation?',
    [
      'A shared account-and-Region quota; retry with backoff',
      'Right: the requests of all callers (including services acting for you) count together; backoff and retry absorbs peaks while calls are reduced or the quota raised.',
    ],
    [
      [
        'Each key has its own quota; spread the load over more keys',
        'Wrong: the quota for cryptographic operations is shared across keys of the account and Region.',
      ],
      ['The keys are disabled during peaks; re-enable them', 'Wrong: disabled keys give DisabledException, not throttling.'],
      ['Throttling means the KMS HSMs are overloaded by other customers; open a support case', 'Wrong: throttling enforces your account’s request quota.'],
    ],
    'Shared cryptographic quota per account and Region; back off, call less (caching, Bucket Keys), or request an increase.',
  ),
  scenario(
    'qc-cross-account-quota',
    { f: ['qc-request-quota', 'kp-cross-account'], docs: ['requestQuotas'] },
    'A central security account owns a key used by 40 workload accounts for Decrypt. Workloads in several accounts are throttled even though each account makes few requests. Where does the quota apply, and what fixes it?',
    [
      'The key owner’s quota; raise it there or split the keys',
      'Right: requests for a key in another account count against the quota of the account that owns the key.',
    ],
    [
      [
        'Each caller account has its own quota; raise the quota in the throttled workload accounts',
        'Wrong: for cross-account use the owner’s quota is the one consumed.',
      ],
      ['Grants are throttled separately; replace the key policy with grants', 'Wrong: requests count the same whether allowed by grants or policies.'],
      [
        'Multi-Region replicas share the quota; create replicas in other Regions',
        'Wrong: replicas would move calls to other Regions only if the workloads called them there; it is not the cause.',
      ],
    ],
    'Plan request quotas where the key lives when many accounts share one key.',
  ),
  scenario(
    'qc-cloudhsm-quota',
    { f: ['qc-request-quota', 'ks-limits'], t: 'key-stores', docs: ['requestQuotas', 'cloudhsmStore'] },
    'A team moved a high-traffic key to an AWS CloudHSM key store for compliance. Under load, requests are throttled, and a request for a quota increase is refused. Why, and what are the options?',
    [
      'Its request quota is fixed: call KMS less, or keep such keys in standard KMS',
      'Right: all KMS request quotas are adjustable except the CloudHSM key store quota, and cluster load also affects it.',
    ],
    [
      ['Add a third Availability Zone to the cluster to double the quota', 'Wrong: the quota is not raised by adding HSMs or zones.'],
      [
        'Enable automatic rotation to spread load over several materials',
        'Wrong: keys in custom key stores cannot rotate, and rotation does not change request quotas.',
      ],
      ['Switch the key to a multi-Region key', 'Wrong: custom key store keys cannot be multi-Region.'],
    ],
    'CloudHSM key stores bring control at the price of a fixed request quota.',
  ),
  single(
    'qc-free-tier',
    { f: ['qc-pricing'], lv: 1, docs: ['kmsPricing'] },
    'Which cost of AWS KMS does the free tier cover?',
    ['20,000 requests a month', 'Right: the first 20,000 requests each month are free; keys are charged separately.'],
    [
      ['The first customer managed key of each Region', 'Wrong: each customer managed key has a monthly fee.'],
      ['All requests to AWS managed keys', 'Wrong: AWS managed keys have no monthly fee, but their requests are billed like others beyond the free tier.'],
      ['One multi-Region replica per key', 'Wrong: every replica is billed as a key.'],
    ],
    'Pricing: a monthly fee per customer managed key (replicas too), a price per request after the free tier.',
  ),
  scenario(
    'qc-many-keys',
    { f: ['qc-pricing', 'ck-encryption-context', 'qc-resource-quotas'], docs: ['kmsPricing', 'resourceQuotas', 'conditionsKms'] },
    'A SaaS provider with 120,000 tenants plans one customer managed key per tenant in one Region, so that each tenant’s data is isolated cryptographically. What problems does this plan meet, and what alternative keeps tenant isolation?',
    [
      'Quota and cost; share keys and isolate with context conditions',
      'Right: the key quota and monthly fees make a key per tenant costly at that scale; encryption context conditions enforce per-tenant access on a shared key.',
    ],
    [
      ['No problem: keys are free until used', 'Wrong: each customer managed key is billed monthly from creation.'],
      ['Only the alias quota (50 per key) is a problem', 'Wrong: the alias quota is per key and irrelevant here.'],
      ['It works if the keys are AWS managed keys instead', 'Wrong: you cannot create AWS managed keys; services create one per service.'],
    ],
    'Per-tenant keys have real quota and cost limits; encryption context conditions are the scalable isolation.',
  ),
  scenario(
    'gov-scp-guardrails',
    { f: ['gov-scp', 'kp-explicit-deny', 'ck-create-key-attrs'], docs: ['scps', 'conditionsKms'] },
    'A security architect must ensure, across 200 accounts, that nobody except a break-glass role can delete keys or disable them, and that no account creates multi-Region keys. Individual account administrators are not trusted with these decisions. Which mechanism fits?',
    [
      'Service control policies with those denies, exceptions and conditions',
      'Right: SCPs apply to every principal of member accounts, including their administrators, and can use KMS condition keys.',
    ],
    [
      ['A Deny statement in each key policy, written by the security team', 'Wrong: account administrators who can edit key policies could remove it.'],
      [
        'IAM permissions boundaries on every role in every account',
        'Wrong: administrators can create roles without boundaries unless that is enforced by something else.',
      ],
      ['A Config rule that reports deleted keys', 'Wrong: it detects after the damage; the requirement is prevention.'],
    ],
    'SCPs are the organization-wide guardrail that account administrators cannot override.',
  ),
  scenario(
    'gov-fips-hsm',
    { f: ['gov-fips', 'ks-cloudhsm'], lv: 2, docs: ['mldsa', 'cloudhsmStore'] },
    'A public-sector contract requires that encryption keys be protected by HSMs validated at FIPS 140-3 Security Level 3, with no other HSM requirement. What is the simplest compliant choice?',
    [
      'Standard KMS keys',
      'Right: KMS protects keys in HSMs validated under FIPS 140-3 Security Level 3; a CloudHSM key store is only needed when you must own and operate the HSMs.',
    ],
    [
      ['A CloudHSM key store, because KMS HSMs are validated only at Level 2', 'Wrong: KMS HSMs are validated at FIPS 140-3 Security Level 3.'],
      ['An external key store with an on-premises HSM', 'Wrong: it adds availability risk and cost without being required by the contract.'],
      ['Client-side encryption with keys in Secrets Manager', 'Wrong: secrets are not protected by HSMs in the way the contract requires.'],
    ],
    'Know when standard KMS already meets an HSM requirement.',
  ),
  multiple(
    'qc-cost-levers',
    { f: ['qc-bucket-key', 'dk-caching', 'qc-pricing', 'mr-independent'], lv: 2, docs: ['s3BucketKey', 'esdkCaching', 'kmsPricing'] },
    'Which changes lower a KMS bill? (Choose three.)',
    [
      ['Enabling S3 Bucket Keys on buckets that use SSE-KMS', 'Right: far fewer requests to KMS.'],
      ['Caching data keys in the AWS Encryption SDK within agreed limits', 'Right: fewer GenerateDataKey and Decrypt requests.'],
      ['Deleting multi-Region replicas in Regions that never decrypt the data', 'Right: each replica is billed as a key.'],
    ],
    [
      ['Rotating keys more often', 'Wrong: the first two rotations add to a key’s charge; more rotations never lower it.'],
      ['Splitting traffic over more keys', 'Wrong: more keys add monthly fees and requests cost the same.'],
      ['Moving keys to a CloudHSM key store', 'Wrong: you then also pay for the HSMs.'],
      ['Disabling keys at night', 'Wrong: disabled keys are still billed.'],
    ],
    'Fewer requests and fewer keys are what lower the bill.',
  ),
];
