/** Specialty items, Domain 1 (Detection): finding misuse, misconfiguration and drift around keys and certificates. */
import { builders } from './build';

const { scenario, ordering } = builders({ t: 'monitoring', d: 'detection', lv: 3, docs: ['monitoringCloudwatch'] });

export const SPEC_DETECTION = [
  scenario(
    'det-hub-decrypt-all',
    { f: ['mon-config-hub', 'kp-root-enables-iam'], docs: ['securityHubKms', 'customerManagedPolicies'] },
    'Security Hub reports that several IAM customer managed policies allow kms:Decrypt on all KMS keys (Resource "*"). The policies belong to application roles that each need one or two keys. How should the team resolve the findings without breaking the applications?',
    [
      'Scope each policy’s KMS actions to the ARNs of the keys the role actually uses',
      'Right: least privilege: the finding is about Resource "*"; naming the keys keeps the applications working.',
    ],
    [
      [
        'Suppress the findings, since key policies decide access anyway and the wildcard changes nothing',
        'Wrong: with the root statement in key policies, the wildcard IAM policy does grant decryption with every such key.',
      ],
      ['Remove kms:Decrypt from the policies and rely on the AWS managed keys', 'Wrong: the applications need their customer managed keys; this breaks them.'],
      ['Add an aws:SourceIp condition to each policy', 'Wrong: it narrows where calls come from, not which keys may be used, so the finding remains.'],
    ],
    'Security Hub KMS controls flag broad decrypt permissions; fix them by naming keys (or conditions such as kms:ViaService).',
  ),
  scenario(
    'det-cis-metric-filter',
    { f: ['mon-cloudtrail', 'kl-deletion', 'mon-eventbridge'], docs: ['deletingKeys', 'monitoringCloudwatch'] },
    'A CIS benchmark check fails: "ensure a log metric filter and alarm exist for disabling or scheduled deletion of customer created keys". The organization trail already sends events to a CloudWatch Logs group. What must be added?',
    [
      'A metric filter for DisableKey and ScheduleKeyDeletion events, with an alarm and an SNS topic',
      'Right: the filter counts those KMS events in the trail’s log group, and the alarm notifies when one occurs.',
    ],
    [
      ['A Config rule that checks whether keys are enabled', 'Wrong: it reports state on a schedule; the control asks for an alert on the events.'],
      ['KMS key rotation on every key, so disabled keys are rotated back on', 'Wrong: rotation never enables a key and is unrelated to the control.'],
      ['An EventBridge rule on the KMS service health dashboard', 'Wrong: health events report AWS issues, not your key actions.'],
    ],
    'CloudTrail to CloudWatch Logs, a metric filter on the KMS event names, an alarm: the classic detective control for key disable and deletion.',
  ),
  scenario(
    'det-external-grant',
    { f: ['mon-eventbridge', 'gr-what', 'kp-cross-account'], d: 'detection', docs: ['grants', 'apiCreateGrant'] },
    'An attacker who briefly held an administrator session could hand key use to an account he controls without touching the key policy. The security team wants to know within a minute if any grant on its keys names a principal outside the organization. What should it build?',
    [
      'EventBridge alerts on CreateGrant to outsiders',
      'Right: grants bypass key policy edits, so CreateGrant events must be watched; the event names the grantee principal.',
    ],
    [
      ['A daily ListGrants report of all keys', 'Wrong: a daily report is far from one minute, and grants can be used and retired in between.'],
      ['An alarm on PutKeyPolicy events', 'Wrong: the attacker avoided the key policy; grants are a separate path.'],
      ['An S3 bucket policy that denies the foreign account', 'Wrong: the grant gives KMS use; S3 is not involved.'],
    ],
    'Watch CreateGrant as closely as PutKeyPolicy: both give access (IAM Access Analyzer also reports external grants).',
  ),
  scenario(
    'det-rotation-evidence',
    { f: ['rot-eligibility', 'cur-on-demand', 'mon-config-hub'], t: 'rotation', docs: ['apiGetKeyRotationStatus', 'rotateOnDemand'] },
    'An auditor is not satisfied that automatic rotation is enabled on a key: she wants evidence of when the key material was actually rotated in the last three years, including any on-demand rotations. Which API gives that evidence?',
    [
      'ListKeyRotations, with each rotation’s date and type',
      'Right: GetKeyRotationStatus shows the setting and the next date; ListKeyRotations shows the rotations that happened.',
    ],
    [
      [
        'GetKeyRotationStatus, whose NextRotationDate minus the period gives each past rotation',
        'Wrong: it shows the schedule, not history, and misses on-demand rotations.',
      ],
      ['DescribeKey, whose CreationDate changes at each rotation', 'Wrong: the creation date never changes; rotation keeps the same key.'],
      ['CloudTrail lookups of EnableKeyRotation events', 'Wrong: those show when rotation was enabled, not when material rotated.'],
    ],
    'Setting: GetKeyRotationStatus. History: ListKeyRotations (and rotation events in CloudTrail).',
  ),
  scenario(
    'det-acm-expiry-events',
    { f: ['acm-imported', 'acm-renewal'], t: 'acm', docs: ['acmRenewal', 'acmImport'] },
    'A company has 120 ACM certificates: most are DNS-validated and in use, a few are imported, and some are email-validated. The security team wants one mechanism that warns, weeks ahead, about any certificate that will not renew on its own. What should it use?',
    [
      'EventBridge rules on ACM’s approaching-expiration events',
      'Right: ACM emits expiration events for certificates that are not renewed in time, whatever the reason (imported, email not approved, not eligible).',
    ],
    [
      [
        'A Lambda function that calls RenewCertificate on every certificate weekly',
        'Wrong: RenewCertificate applies only to eligible (exported private or exportable) certificates and warns about nothing.',
      ],
      ['CloudTrail alarms on DeleteCertificate events', 'Wrong: expiry is not a deletion; nothing would fire.'],
      ['Automatic rotation on the KMS keys of the load balancers', 'Wrong: KMS rotation is unrelated to certificates.'],
    ],
    'ACM publishes expiry events (and the DaysToExpiry metric); alert on them for certificates that will not renew.',
  ),
  scenario(
    'det-disabled-key-users',
    { f: ['kl-disable-first', 'mon-cloudtrail'], t: 'key-lifecycle', docs: ['deletingKeys', 'enablingKeys'] },
    'A key was disabled ahead of deletion. Two weeks later the team must list every application that tried to use it since, to decide whether deletion is safe. Where does the answer come from?',
    ['Its CloudTrail events with DisabledException', 'Right: requests to a disabled key fail and are recorded; the events name the callers to follow up.'],
    [
      ['GetKeyLastUsage, which lists failed requests', 'Wrong: it reports the last successful use only.'],
      ['The key’s CloudWatch request metrics by caller', 'Wrong: metrics count requests but do not identify the callers to follow up.'],
      ['The key policy’s list of key users', 'Wrong: it shows who may use the key, not who tried.'],
    ],
    'Disabling turns silent dependencies into recorded failures: read them before deleting.',
  ),
  scenario(
    'det-trail-key-disabled',
    { f: ['svc-cloudtrail-logs', 'mon-eventbridge'], t: 'service-patterns', docs: ['cloudtrailSseKms', 'enablingKeys'] },
    'An organization trail encrypts its log files with SSE-KMS under a customer managed key. An attacker with a stolen session disables that key to blind the security team, which notices only days later that no new log files arrived. How should this be detected at once?',
    [
      'Alerts on DisableKey and deletion of the trail’s key',
      'Right: if the trail’s key is unusable, CloudTrail cannot deliver encrypted logs; an alert on actions against that key closes the gap (and an SCP can forbid them).',
    ],
    [
      [
        'Switch the trail to the AWS managed key aws/cloudtrail',
        'Wrong: CloudTrail does not use an AWS managed key for SSE-KMS; it uses SSE-S3 or your customer managed key.',
      ],
      [
        'Enable log file validation on the trail',
        'Wrong: validation proves delivered files were not altered; it does not alert on missing deliveries caused by the key.',
      ],
      ['Encrypt the trail with two keys', 'Wrong: a trail encrypts with one KMS key, and two keys would not stop an attacker from disabling them.'],
    ],
    'Protect the key that protects your logs: alert on (and restrict) actions that would make it unusable.',
  ),
  scenario(
    'det-xks-errors',
    { f: ['ks-xks-connectivity', 'mon-metrics', 'ks-xks-tradeoffs'], t: 'key-stores', docs: ['monitoringCloudwatch', 'xksTroubleshooting'] },
    'Users report slow page loads on an application whose S3 data is encrypted under keys in an external key store. The operations team suspects the XKS proxy is close to KMS’s response-time limit. Which signal confirms this before outright failures start?',
    [
      'The external key store latency and error metrics',
      'Right: KMS publishes metrics on the proxy’s response time and errors; rising latency warns before requests time out.',
    ],
    [
      ['S3 request metrics for the bucket', 'Wrong: they show S3 behaviour, not where the delay comes from.'],
      ['CloudTrail Decrypt events, which include the proxy’s response time', 'Wrong: CloudTrail records requests, not proxy latency.'],
      ['The key’s rotation status', 'Wrong: keys in external key stores do not rotate, and rotation is unrelated to latency.'],
    ],
    'External key stores add a dependency with tight timing; watch its metrics.',
  ),
  ordering(
    'det-investigate-order',
    { f: ['mon-cloudtrail', 'ec-logged', 'gr-retire-revoke'], d: 'incident-response', lv: 2, docs: ['encryptionContext', 'grantDelete'] },
    'A role’s credentials were used from an unknown IP address to decrypt customer records. Put the response steps in a sensible order.',
    [
      ['Revoke the role’s active sessions and rotate its credentials', 'Stop the ongoing use first.'],
      ['Deny the role in the key policy (or revoke its grants) until the investigation ends', 'Cut key access even if other credentials exist.'],
      ['Query CloudTrail for the role’s KMS events: source IPs, times, encryption contexts', 'Scope what was decrypted.'],
      ['Notify the data owners of the records named in those encryption contexts', 'The context identifies the affected records.'],
    ],
    'Contain (sessions, key access), scope (CloudTrail, context), then notify.',
  ),
];
