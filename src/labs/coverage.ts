/**
 * Where the learning path teaches each fact and exam tip of the course notes: module sections
 * (`section:<module>/<section>`) and lab steps (`lab:<lab>/<step>`), keyed by the fact ids of
 * src/quiz/facts.ts (the drills' list of facts, kept as data). coverage.test.ts checks that every
 * fact there has an entry and every reference resolves; src/quiz/bank.test.ts counts the lab
 * steps here as coverage next to the questions.
 */
export type Where = `section:${string}/${string}` | `lab:${string}/${string}`;

export const COVERAGE: Readonly<Record<string, readonly Where[]>> = {
  // KMS 101
  'kms-managed': ['section:kms-101/what-is-kms'],
  'kms-integrations': ['section:kms-101/integrations'],
  'kms-checkbox': ['section:kms-101/what-is-kms'],
  'kms-when': ['section:kms-101/when-to-use'],
  'cmk-4kb': ['section:kms-101/cmks-and-data-keys', 'lab:data-key/generate'],
  'cmk-data-keys': ['section:kms-101/cmks-and-data-keys', 'lab:data-key/decrypt-data-key'],
  'envelope-definition': ['section:kms-101/cmks-and-data-keys', 'section:envelope-encryption/how-it-works'],
  // Demo: creating a CMK
  'iam-setup': ['section:creating-a-cmk/iam-setup', 'lab:iam-setup/group', 'lab:iam-setup/users'],
  'create-symmetric': ['section:creating-a-cmk/key-options', 'lab:create-cmk/key'],
  'create-material-kms': ['section:creating-a-cmk/key-options', 'lab:create-cmk/key'],
  'create-regional': ['section:creating-a-cmk/key-options', 'lab:break-it/wrong-region'],
  'create-alias': ['section:creating-a-cmk/labels', 'lab:create-cmk/key', 'lab:break-it/wrong-alias'],
  'create-tags-optional': ['section:creating-a-cmk/labels'],
  'create-admins-users': ['section:creating-a-cmk/permissions', 'lab:create-cmk/administrators', 'lab:create-cmk/users'],
  'create-review-policy': ['section:creating-a-cmk/permissions', 'lab:create-cmk/users'],
  'create-result': ['section:creating-a-cmk/permissions', 'lab:create-cmk/key'],
  'aws-managed-list': ['section:creating-a-cmk/aws-managed-keys'],
  // CMK summary
  'key-metadata': ['section:cmk-summary/anatomy', 'lab:create-cmk/key'],
  'key-states': [
    'section:cmk-summary/key-states',
    'lab:key-states/disable',
    'lab:key-states/encrypt-fails',
    'lab:key-states/schedule',
    'lab:key-states/cancel',
    'lab:break-it/disabled-key',
  ],
  'material-origin': ['section:cmk-summary/key-material', 'lab:import-key-material/create-external'],
  'material-no-export': ['section:cmk-summary/key-material', 'lab:import-key-material/use'],
  'tip-alias': ['section:summary/checklist', 'lab:create-cmk/key'],
  'tip-description': ['section:summary/checklist', 'lab:create-cmk/key'],
  'tip-material-option': ['section:cmk-summary/key-material', 'lab:import-key-material/create-external'],
  'tip-admin-perms': ['section:summary/checklist', 'lab:create-cmk/administrators', 'lab:separation-of-duties/admin-cannot-use'],
  'tip-usage-perms': ['section:summary/checklist', 'lab:create-cmk/users', 'lab:separation-of-duties/user-can-use'],
  'aws-managed': ['section:cmk-summary/managed-vs-customer', 'section:creating-a-cmk/aws-managed-keys'],
  'customer-managed': ['section:cmk-summary/managed-vs-customer', 'lab:key-states/schedule'],
  'data-key-large': ['section:cmk-summary/data-keys', 'lab:data-key/generate'],
  // Demo: KMS API calls
  'api-same-region': ['section:creating-a-cmk/key-options', 'lab:break-it/wrong-region'],
  'api-key-user-creds': ['section:kms-api-calls/cli-commands', 'lab:separation-of-duties/user-can-use'],
  'api-encrypt': ['section:kms-api-calls/five-calls', 'section:kms-api-calls/cli-commands', 'lab:cli-encrypt/encrypt'],
  'api-decrypt': ['section:kms-api-calls/five-calls', 'lab:cli-encrypt/decrypt'],
  'api-reencrypt': ['section:kms-api-calls/five-calls', 'lab:cli-encrypt/re-encrypt'],
  'api-enable-rotation': ['section:kms-api-calls/five-calls', 'lab:rotation/enable'],
  'api-rotation-status': ['section:kms-api-calls/cli-commands'],
  'api-gdk': ['section:kms-api-calls/five-calls', 'lab:data-key/generate'],
  'tip-five-commands': ['section:kms-api-calls/five-calls', 'section:summary/exam-tips'],
  'tip-when-encrypt': ['section:kms-api-calls/which-call-when', 'lab:cli-encrypt/encrypt'],
  'tip-when-reencrypt': ['section:kms-api-calls/which-call-when', 'lab:cli-encrypt/re-encrypt'],
  'tip-when-rotation': ['section:kms-api-calls/which-call-when', 'lab:rotation/enable'],
  'tip-when-gdk': ['section:kms-api-calls/which-call-when', 'lab:data-key/generate'],
  // Envelope encryption
  'env-gdk': ['section:envelope-encryption/how-it-works', 'lab:data-key/generate', 'lab:file-encryption/encrypt-file'],
  'env-cmk-encrypts-dk': ['section:envelope-encryption/how-it-works', 'lab:data-key/generate'],
  'env-store-with-data': ['section:envelope-encryption/how-it-works', 'lab:data-key/generate'],
  'env-kms-no-store': ['section:envelope-encryption/how-it-works'],
  'env-decrypt-dk-first': ['section:envelope-encryption/decrypting', 'lab:data-key/decrypt-data-key', 'lab:file-encryption/decrypt-file'],
  'env-decrypt-data-local': ['section:envelope-encryption/decrypting', 'lab:file-encryption/decrypt-file'],
  'env-erase-plaintext': ['section:envelope-encryption/decrypting'],
  'env-network': ['section:envelope-encryption/why-envelope', 'lab:file-encryption/decrypt-file'],
  'env-large': ['section:envelope-encryption/why-envelope', 'lab:file-encryption/encrypt-file'],
  'tip-env-layer': ['section:envelope-encryption/how-it-works', 'section:summary/exam-tips'],
  'tip-env-4kb': ['section:envelope-encryption/why-envelope', 'lab:data-key/generate'],
  'tip-env-gdk': ['section:envelope-encryption/why-envelope', 'lab:data-key/generate'],
  // Key rotation
  'rot-console-tab': ['section:key-rotation/automatic-rotation', 'lab:rotation/enable'],
  'rot-disable': ['section:key-rotation/enable-disable', 'lab:rotation/disable'],
  'rot-annual': ['section:key-rotation/automatic-rotation', 'lab:rotation/travel'],
  'rot-keeps-old': ['section:key-rotation/old-material', 'lab:rotation/decrypt-old'],
  'rot-best-practice': ['section:key-rotation/automatic-rotation'],
  // ACM
  'acm-what': ['section:acm/what-acm-does', 'lab:acm-cloudfront/request'],
  'acm-public-private': ['section:acm/what-acm-does', 'lab:acm-cloudfront/request'],
  'acm-integrations': ['section:acm/what-acm-does', 'lab:acm-cloudfront/distribution'],
  'tls-what': ['section:acm/tls', 'lab:acm-cloudfront/validate'],
  'tls-sensitive': ['section:acm/tls'],
  'acm-cloudfront-us-east-1': [
    'section:acm/cloudfront-us-east-1',
    'section:summary/exam-tips',
    'lab:acm-cloudfront/request',
    'lab:acm-cloudfront/distribution',
  ],
  'acm-https-tip': ['section:acm/what-acm-does', 'section:summary/exam-tips', 'lab:acm-cloudfront/distribution'],
  // KMS summary
  'sum-create-steps': ['section:summary/checklist', 'lab:create-cmk/key', 'lab:create-cmk/administrators', 'lab:create-cmk/users'],
  'sum-rotation-365': ['section:key-rotation/automatic-rotation', 'lab:rotation/decrypt-old'],
  // Current facts that changed since the notes (sections marked "current")
  'cur-rotation-period': ['section:key-rotation/current-options'],
  'cur-on-demand': ['section:key-rotation/current-options'],
  'cur-kms-key-name': ['section:kms-101/cmks-and-data-keys', 'section:key-rotation/current-options'],
  'cur-acm-export': ['section:acm/current-acm'],
  'cur-aws-managed-yearly': ['section:key-rotation/current-options'],
};

/** The facts a lab step teaches (a missed check of that step enters the drills' review queue with them). */
export const factsOfStep = (lab: string, step: string): string[] =>
  Object.entries(COVERAGE)
    .filter(([, places]) => places.includes(`lab:${lab}/${step}`))
    .map(([fact]) => fact);
