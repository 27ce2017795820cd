/** Specialty items: detecting and auditing key use (CloudTrail, EventBridge, Config, Security Hub, Access Analyzer, metrics). */
import { builders } from './build';

const { single, scenario, multiple, matching } = builders({ t: 'monitoring', d: 'detection', lv: 3, docs: ['deletingKeys'] });

export const SPEC_MONITORING = [
  scenario(
    'mon-policy-change-alert',
    { f: ['mon-eventbridge', 'mon-cloudtrail'], docs: ['monitoringCloudwatch', 'keyPolicies'] },
    'The security team must be alerted within a minute whenever anyone changes a key policy, disables a key or schedules a key deletion in any account of the organization, and a runbook must start automatically. Which design meets this?',
    [
      'EventBridge rules on those CloudTrail events, targeting SNS and a runbook',
      'Right: KMS management calls reach EventBridge through CloudTrail within moments, and rules can notify and start automation.',
    ],
    [
      ['A daily AWS Config report of key policies compared with yesterday’s', 'Wrong: a daily report cannot alert within a minute.'],
      ['A CloudWatch alarm on the KMS request-rate metric', 'Wrong: request volume says nothing about which management actions happened.'],
      [
        'IAM Access Analyzer findings for every key',
        'Wrong: Access Analyzer reports external access, not every policy edit, disable or deletion, and it starts no runbook.',
      ],
    ],
    'EventBridge + CloudTrail for near-real-time detection and response on KMS management events.',
  ),
  scenario(
    'mon-exclude-kms-events',
    { f: ['mon-cloudtrail', 'qc-bucket-key'], d: 'governance', docs: ['s3BucketKey', 'encryptionContext'] },
    'A data-lake account generates hundreds of millions of KMS Decrypt events a month through S3, and the CloudTrail bill is high. The CISO still wants every KMS management action (policy changes, deletions) and the ability to investigate key use for sensitive buckets. Which change balances cost and audit?',
    [
      'Enable S3 Bucket Keys on the busy buckets, keeping KMS events in the trail',
      'Right: Bucket Keys cut the KMS calls (and their events) by up to 99 %, while management events and the remaining use events are kept.',
    ],
    [
      [
        'Exclude AWS KMS events from the trail',
        'Wrong: it drops the high-volume Encrypt, Decrypt and GenerateDataKey events, which are exactly what the CISO wants to investigate.',
      ],
      ['Turn off CloudTrail in the account and rely on S3 server access logs', 'Wrong: management actions on keys would no longer be recorded at all.'],
      ['Use the AWS managed key aws/s3 instead of a customer managed key', 'Wrong: calls and events stay the same, and control over the key is lost.'],
    ],
    'Fewer KMS calls (Bucket Keys, caching) reduce both KMS and CloudTrail volume without blinding the audit.',
  ),
  scenario(
    'mon-config-rotation',
    { f: ['mon-config-hub', 'rot-eligibility'], d: 'governance', docs: ['configRotationRule', 'securityHubKms'] },
    'A compliance framework requires continuous evidence that every eligible customer managed key has automatic rotation enabled, across 60 accounts, with non-compliant keys reported to a central team. What is the most efficient approach?',
    [
      'The managed Config rule cmk-backing-key-rotation-enabled',
      'Right: the managed rule evaluates every key continuously and feeds an aggregated, central view.',
    ],
    [
      ['A script that calls GetKeyRotationStatus in each account every month', 'Wrong: it is not continuous evidence and must be written and run by the team.'],
      ['An SCP that denies DisableKeyRotation', 'Wrong: it prevents one action but produces no evidence and misses keys that were never enabled.'],
      ['CloudTrail Lake queries for EnableKeyRotation events', 'Wrong: keys never enabled have no such event, so they would not show up.'],
    ],
    'Config rules and Security Hub controls give continuous, organization-wide compliance evidence for keys.',
  ),
  scenario(
    'mon-access-analyzer',
    { f: ['mon-access-analyzer', 'kp-cross-account'], docs: ['accessAnalyzer', 'crossAccount'] },
    'After a merger, the security team must find every KMS key whose key policy or grants let principals outside the organization use it, and be told when a new one appears. Which service does this?',
    [
      'IAM Access Analyzer',
      'Right: it analyses key policies and grants and reports keys shared outside the zone of trust, and re-evaluates when policies change.',
    ],
    [
      ['Amazon Macie', 'Wrong: Macie finds sensitive data in S3; it does not analyse key policies.'],
      ['Amazon GuardDuty', 'Wrong: GuardDuty detects threats from activity; it does not report which keys are shared.'],
      ['AWS Trusted Advisor security checks', 'Wrong: Trusted Advisor does not analyse who can use KMS keys.'],
    ],
    'Access Analyzer reports external access to KMS keys (and other resources) from their policies.',
  ),
  scenario(
    'mon-unusual-decrypt',
    { f: ['mon-cloudtrail', 'ec-logged'], docs: ['encryptionContext'] },
    'A role that normally decrypts a few hundred records a day decrypted 2 million records last night. Investigators must find which records, from where and with which credentials. What source answers all three?',
    [
      'The CloudTrail Decrypt events of that role',
      'Right: each KMS request is recorded with who made it, from where, and the (non-secret) encryption context that names the record.',
    ],
    [
      ['VPC Flow Logs of the KMS endpoint', 'Wrong: they show network flows, not identities or records.'],
      ['The KMS key’s CloudWatch request metrics for that night', 'Wrong: they show counts, not who or which records.'],
      ['The key policy’s history in AWS Config', 'Wrong: it shows policy changes, not uses of the key.'],
    ],
    'CloudTrail KMS events: identity, source, time, key and encryption context of every request.',
  ),
  scenario(
    'mon-last-usage',
    { f: ['kl-disable-first', 'mon-cloudtrail'], t: 'key-lifecycle', d: 'governance', lv: 2, docs: ['apiGetKeyLastUsage', 'deletingKeys'] },
    'A cost review asks which of 300 customer managed keys are still used. CloudTrail logs are kept for only 90 days. What gives a first answer per key, and what is its limit?',
    [
      'GetKeyLastUsage per key, which is a hint rather than proof',
      'Right: it tells when tracking began and the last successful use, but rare workflows may still depend on a key; disable and watch before deleting.',
    ],
    [
      ['DescribeKey’s LastUsedDate field', 'Wrong: DescribeKey has no last-usage field.'],
      ['ListKeyRotations, whose last entry shows the last use', 'Wrong: it lists rotations, not uses.'],
      ['The monthly bill, which lists requests per key', 'Wrong: the bill aggregates requests; it is not a per-key usage record.'],
    ],
    'GetKeyLastUsage helps find candidates; disabling first is what proves a key is no longer needed.',
  ),
  multiple(
    'mon-sources',
    { f: ['mon-cloudtrail', 'mon-metrics', 'mon-config-hub'], lv: 2, docs: ['monitoringCloudwatch', 'configRotationRule'] },
    'Which of these are records or signals that AWS provides about KMS keys? (Choose three.)',
    [
      ['CloudTrail events for every KMS API request, including those services make for you', 'Right: use and management are recorded.'],
      ['CloudWatch metrics such as SecondsUntilKeyMaterialExpiration', 'Right: KMS publishes metrics for imported material and external key stores.'],
      ['AWS Config configuration items and rules for KMS keys', 'Right: Config records key configuration and evaluates rules.'],
    ],
    [
      ['A per-key log of the plaintext data keys generated', 'Wrong: KMS never records key material.'],
      ['VPC Flow Logs showing which records were decrypted', 'Wrong: flow logs show network traffic only.'],
      ['An email from AWS for each key policy change', 'Wrong: AWS sends no such email; you build notifications with EventBridge.'],
      ['The list of objects each key encrypted', 'Wrong: KMS does not track what it encrypted.'],
    ],
    'CloudTrail for activity, CloudWatch for metrics, Config and Security Hub for configuration.',
  ),
  matching(
    'mon-match-signal',
    {
      f: ['mon-cloudtrail', 'mon-metrics', 'mon-access-analyzer', 'mon-config-hub', 'kl-monitor-pending'],
      lv: 2,
      docs: ['monitoringCloudwatch', 'accessAnalyzer', 'configRotationRule'],
    },
    'Match each question an auditor asks to where the answer comes from.',
    [
      ['Who decrypted the record with ID 42 last Tuesday?', 'CloudTrail KMS events', 'The event names the caller and carries the encryption context.'],
      [
        'Which keys can principals outside the organization use?',
        'IAM Access Analyzer findings',
        'It analyses key policies and grants against the zone of trust.',
      ],
      ['Do all eligible keys have automatic rotation on?', 'AWS Config rules (or Security Hub controls)', 'They evaluate key configuration continuously.'],
      [
        'When will this key’s imported material expire?',
        'The CloudWatch metric SecondsUntilKeyMaterialExpiration',
        'KMS publishes it for imported material with an expiry.',
      ],
    ],
    [['Amazon Inspector findings', 'Wrong: Inspector scans workloads for vulnerabilities; it answers none of these.']],
    'Activity: CloudTrail. Exposure: Access Analyzer. Configuration: Config and Security Hub. Time-based limits: CloudWatch metrics.',
  ),
  single(
    'mon-service-calls-logged',
    { f: ['mon-cloudtrail'], lv: 1, docs: ['encryptionContext'] },
    'When S3 decrypts an SSE-KMS object for a user, what does the user’s account CloudTrail show?',
    [
      'A KMS Decrypt event made by S3 for that user',
      'Right: calls that services make on your behalf are recorded in your account with the principal they act for.',
    ],
    [
      ['Nothing: only direct calls to KMS are recorded', 'Wrong: service calls for you are recorded too.'],
      ['Only an S3 GetObject event', 'Wrong: S3 data events are separate and optional; the KMS call is recorded as a KMS event.'],
      ['A Decrypt event attributed to the S3 service account with no user', 'Wrong: the event shows the user the service acted for.'],
    ],
    'Integrated services’ KMS calls appear in your CloudTrail.',
  ),
];
