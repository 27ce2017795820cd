/**
 * "Type the command" questions: checked by running the line with the lab's own shell in a
 * scratch account (cli-check.ts) that has alias/myCMK and alias/otherCMK, their key IDs in
 * $KEY_ID and $OTHER_KEY_ID, secret.txt and encryptedsecret.txt in the home directory.
 */
import type { Question } from '@/quiz/types';
import { builders } from './build';

const api = builders({ module: 'kms-api-calls', t: 'cli', d: 'data-protection', docs: ['apiEncrypt', 'apiDecrypt', 'apiReEncrypt'] });
const rot = builders({ module: 'key-rotation', t: 'cli', d: 'data-protection', docs: ['apiEnableKeyRotation', 'rotateOnDemand'] });
const env = builders({ module: 'envelope-encryption', t: 'cli', d: 'data-protection', docs: ['apiGenerateDataKey', 'apiGenerateDataKeyWithoutPlaintext'] });
const mk = builders({ module: 'creating-a-cmk', t: 'cli', d: 'data-protection', docs: ['apiCreateKey', 'aliases'] });
const sum = builders({ module: 'cmk-summary', t: 'cli', d: 'data-protection', docs: ['keyState', 'deletingKeys'] });
const cliSec = { s: 'Encrypt, decrypt and re-encrypt with the CLI', lab: 'lab-3' as const };
const setting = 'In CloudShell, the key of the course has the alias alias/myCMK and its key ID is in $KEY_ID.';
const idOnly: [string, string] = [
  'Using alias/myCMK as --key-id',
  'Fails with NotFoundException: like AWS, this command takes only a key ID or key ARN, not an alias.',
];

export const CLI_QUESTIONS: Question[] = [
  api.cli(
    'cli-encrypt',
    { f: ['api-encrypt', 'tip-when-encrypt'], ...cliSec },
    `${setting} Type the command that encrypts the file secret.txt with that key.`,
    { service: 'kms', operation: 'Encrypt', key: 'alias/myCMK' },
    'aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt --output text --query CiphertextBlob',
    [
      ['--plaintext file://secret.txt', 'file:// reads text; for binary-safe input use fileb://.'],
      ['--plaintext secret.txt', 'The CLI v2 expects base64 for a literal blob, so the file name is not read as a file.'],
    ],
    'Encrypt needs the key (id, ARN or alias) and the plaintext bytes.',
  ),
  api.cli(
    'cli-decrypt',
    { f: ['api-decrypt'], ...cliSec },
    `${setting} The file encryptedsecret.txt holds ciphertext (raw bytes). Type the command that decrypts it.`,
    { service: 'kms', operation: 'Decrypt' },
    'aws kms decrypt --ciphertext-blob fileb://encryptedsecret.txt --output text --query Plaintext',
    [
      ['aws kms decrypt --key-id alias/myCMK', '--ciphertext-blob is required.'],
      ['--ciphertext-blob file://encryptedsecret.txt', 'The ciphertext is binary: use fileb://.'],
    ],
    'For symmetric ciphertext the key ID is optional: the blob names its key.',
  ),
  api.cli(
    'cli-reencrypt',
    { f: ['api-reencrypt', 'tip-when-reencrypt'], ...cliSec },
    `${setting} A second key has the alias alias/otherCMK. Type the command that moves the ciphertext in encryptedsecret.txt to alias/otherCMK without returning the plaintext.`,
    { service: 'kms', operation: 'ReEncrypt', key: 'alias/otherCMK', keyMember: 'DestinationKeyId' },
    'aws kms re-encrypt --ciphertext-blob fileb://encryptedsecret.txt --destination-key-id alias/otherCMK --query CiphertextBlob --output text | base64 --decode > newencryption.txt',
    [
      ['--key-id alias/otherCMK', 're-encrypt names the target with --destination-key-id.'],
      ['aws kms encrypt --key-id alias/otherCMK ...', 'That would encrypt the ciphertext again, not move it.'],
      [
        '... --destination-key-id alias/otherCMK | base64 > newencryption.txt',
        'The call works, but the file then holds base64 of the whole JSON response, not a ciphertext: select CiphertextBlob with --query and --output text, and decode it with base64 --decode.',
      ],
    ],
    're-encrypt decrypts and re-encrypts inside KMS; to keep the result as a file, select CiphertextBlob and decode it, so that aws kms decrypt --ciphertext-blob fileb://newencryption.txt works.',
  ),
  rot.cli(
    'cli-rotation-status',
    { f: ['api-rotation-status'], s: 'Rotation commands', lab: 'lab-6' },
    `${setting} Type the command that shows whether automatic rotation is enabled on it.`,
    { service: 'kms', operation: 'GetKeyRotationStatus', key: 'alias/myCMK' },
    'aws kms get-key-rotation-status --key-id $KEY_ID',
    [idOnly, ['aws kms describe-key --key-id $KEY_ID', 'DescribeKey does not report rotation.']],
    'get-key-rotation-status returns KeyRotationEnabled.',
  ),
  rot.cli(
    'cli-rotation-period',
    { f: ['cur-rotation-period'], s: 'Rotation today', lab: 'lab-6' },
    `${setting} Type the command that enables automatic rotation every 180 days.`,
    { service: 'kms', operation: 'EnableKeyRotation', key: 'alias/myCMK', input: [{ RotationPeriodInDays: 180 }] },
    'aws kms enable-key-rotation --key-id $KEY_ID --rotation-period-in-days 180',
    [['--rotation-period-in-days 30', 'Below the minimum of 90 days: ValidationException.'], idOnly],
    'The period is configurable from 90 to 2560 days.',
  ),
  rot.cli(
    'cli-rotate-on-demand',
    { f: ['cur-on-demand'], s: 'Rotation today' },
    `${setting} Type the command that rotates its key material right now.`,
    { service: 'kms', operation: 'RotateKeyOnDemand', key: 'alias/myCMK' },
    'aws kms rotate-key-on-demand --key-id $KEY_ID',
    [['aws kms enable-key-rotation --key-id $KEY_ID', 'That schedules yearly rotation; it does not rotate now.'], idOnly],
    'On-demand rotation happens immediately.',
  ),
  env.cli(
    'cli-gdk',
    { f: ['api-gdk', 'env-gdk', 'tip-env-gdk'], s: 'Encrypting with a data key', lab: 'lab-4' },
    `${setting} Type the command that generates a 256-bit data key under it.`,
    { service: 'kms', operation: 'GenerateDataKey', key: 'alias/myCMK', input: [{ KeySpec: 'AES_256' }, { NumberOfBytes: 32 }] },
    'aws kms generate-data-key --key-id alias/myCMK --key-spec AES_256',
    [
      ['--key-spec AES_128', 'That is a 128-bit key.'],
      ['Both --key-spec and --number-of-bytes', 'KMS refuses: give exactly one of them.'],
    ],
    'AES_256 (or 32 bytes) is a 256-bit data key.',
  ),
  env.cli(
    'cli-gdk-without',
    { f: ['env-gdk', 'env-store-with-data'], s: 'Encrypting with a data key', lab: 'lab-4' },
    `${setting} Type the command that returns only an encrypted 256-bit data key (no plaintext copy).`,
    { service: 'kms', operation: 'GenerateDataKeyWithoutPlaintext', key: 'alias/myCMK', input: [{ KeySpec: 'AES_256' }, { NumberOfBytes: 32 }] },
    'aws kms generate-data-key-without-plaintext --key-id alias/myCMK --key-spec AES_256',
    [['aws kms generate-data-key ...', 'That also returns the plaintext key.']],
    'Without plaintext: only CiphertextBlob.',
  ),
  mk.cli(
    'cli-create-key',
    { f: ['create-symmetric', 'create-material-kms', 'tip-description'], s: 'The Create key wizard', lab: 'lab-2' },
    'Type the command that creates a symmetric encryption key with the description "Payroll data".',
    { service: 'kms', operation: 'CreateKey', input: [{ Description: 'Payroll data' }] },
    'aws kms create-key --description "Payroll data"',
    [
      ['--description Payroll data (no quotes)', 'The shell splits it into two words; "data" becomes an unknown argument.'],
      ['--key-spec RSA_2048', 'That makes an asymmetric key.'],
    ],
    'create-key defaults to a symmetric key with KMS-generated material.',
  ),
  mk.cli(
    'cli-create-alias',
    { f: ['create-alias', 'tip-alias'], s: 'The Create key wizard', lab: 'lab-2' },
    `${setting} Type the command that gives it a second alias, alias/payroll.`,
    { service: 'kms', operation: 'CreateAlias', key: 'alias/myCMK', keyMember: 'TargetKeyId', input: [{ AliasName: 'alias/payroll' }] },
    'aws kms create-alias --alias-name alias/payroll --target-key-id $KEY_ID',
    [
      ['--alias-name payroll', 'Alias names must start with alias/.'],
      ['--target-key-id alias/myCMK', 'The target must be a key ID or ARN.'],
    ],
    'A key can have several aliases.',
  ),
  sum.cli(
    'cli-update-alias',
    { f: ['create-alias', 'tip-when-reencrypt'], s: 'Manual rotation', lab: 'lab-10' },
    `${setting} A second key has the alias alias/otherCMK and its key ID in $OTHER_KEY_ID. Type the command that makes alias/myCMK point to that second key.`,
    { service: 'kms', operation: 'UpdateAlias', key: 'alias/otherCMK', keyMember: 'TargetKeyId', input: [{ AliasName: 'alias/myCMK' }] },
    'aws kms update-alias --alias-name alias/myCMK --target-key-id $OTHER_KEY_ID',
    [['aws kms create-alias --alias-name alias/myCMK ...', 'AlreadyExistsException: the alias exists; update-alias re-points it.']],
    'update-alias re-points an alias (manual rotation).',
  ),
  sum.cli(
    'cli-describe-key',
    { f: ['key-metadata'], s: 'What a key shows' },
    `${setting} Type the command that shows its creation date, description and state.`,
    { service: 'kms', operation: 'DescribeKey', key: 'alias/myCMK' },
    'aws kms describe-key --key-id alias/myCMK',
    [['aws kms list-keys', 'It lists key IDs and ARNs only.']],
    'describe-key returns the key metadata.',
  ),
];
