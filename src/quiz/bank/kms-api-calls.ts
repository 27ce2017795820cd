/** Questions of module KMS API calls: the CLI commands and when to use each. */
import { builders } from './build';

const { single, scenario } = builders({ module: 'kms-api-calls', t: 'kms-basics', d: 'data-protection', docs: ['apiEncrypt'] });
const cli = { s: 'Encrypt, decrypt and re-encrypt with the CLI', lab: 'lab-3' as const };
const tips = { s: 'Exam tips: which call when' };

export const KMS_API_CALLS = [
  scenario(
    'api-region',
    { f: ['api-same-region', 'create-regional'], s: 'Setting up the CLI', lab: 'lab-10', d: 'infrastructure', docs: ['kmsConcepts', 'multiRegion'] },
    'An EC2 instance in eu-west-1 runs aws kms encrypt --key-id alias/myCMK. The key and alias exist in us-east-1 and the instance role is a key user. The call fails with NotFoundException. What is the fix?',
    [
      'Call KMS in us-east-1, where the key is (--region us-east-1)',
      'Right: the CLI calls the Region configured on the instance; the key exists only in us-east-1.',
    ],
    [
      [
        'Add the instance role as a key administrator so that it can see the key from every Region',
        'Wrong: a permission problem gives AccessDeniedException, not NotFoundException, and administrators see no other Regions.',
      ],
      ['Use the key ID instead of the alias', 'Wrong: the key ID is not found in eu-west-1 either.'],
      ['Enable automatic rotation', 'Wrong: rotation has nothing to do with finding the key.'],
    ],
    'A single-Region key is used in its own Region: call that Region, or create a key (or a multi-Region replica) in the Region you work in.',
  ),
  single(
    'api-encrypt-output',
    { f: ['api-encrypt'], ...cli },
    'What does aws kms encrypt return, and how do you turn it into a binary ciphertext file?',
    [
      'Base64 CiphertextBlob; select it with --query, then base64 --decode',
      'Right: the CLI prints blobs as base64, so the command decodes it into encryptedsecret.txt.',
    ],
    [
      ['The plaintext and the key material, both base64-encoded in one JSON document', 'Wrong: Encrypt never returns key material or plaintext.'],
      ['A URL of an S3 object with the ciphertext', 'Wrong: KMS returns the ciphertext itself.'],
      ['A data key', 'Wrong: that is GenerateDataKey.'],
    ],
    'Encrypt returns CiphertextBlob (plus KeyId and the algorithm); --query and base64 --decode turn it into raw bytes.',
  ),
  single(
    'api-fileb',
    { f: ['api-encrypt'], ...cli },
    'Why is the plaintext passed as --plaintext fileb://secret.txt?',
    ["fileb:// sends the file's raw bytes", 'Right: with AWS CLI v2, a blob given literally must be base64; fileb:// passes the raw bytes of a file.'],
    [
      ['fileb:// uploads the file to S3 first and sends KMS the object key', 'Wrong: it reads a local file.'],
      ['fileb:// means "file, base64-decoded on the server"', 'Wrong: the CLI reads the bytes locally and sends them.'],
      ['It is required for files over 4 KB', 'Wrong: Encrypt rejects plaintext over 4 KB whatever the prefix.'],
    ],
    'fileb:// = raw bytes from a file; file:// = text.',
  ),
  single(
    'api-decrypt-no-key',
    { f: ['api-decrypt', 'kt-asym-decrypt-keyid'], ...cli, docs: ['apiDecrypt'] },
    'A decrypt command for symmetric ciphertext has no --key-id. How does KMS know which key to use?',
    [
      'The ciphertext names its key',
      'Right: symmetric ciphertext carries metadata that identifies the key (naming it anyway is a good practice; asymmetric ciphertext needs it).',
    ],
    [
      ['KMS tries every key in the account until one of them decrypts the ciphertext', 'Wrong: KMS reads the key from the ciphertext.'],
      ['The CLI uses the most recently created key', 'Wrong: nothing is guessed.'],
      ['It uses the default key alias/aws/kms', 'Wrong: there is no such default key.'],
    ],
    'Symmetric ciphertext identifies its key; RSA ciphertext does not, so Decrypt then needs the KeyId and algorithm.',
  ),
  single(
    'api-decrypt-output',
    { f: ['api-decrypt'], ...cli, docs: ['apiDecrypt'] },
    'What does aws kms decrypt --ciphertext-blob fileb://encryptedsecret.txt --output text --query Plaintext print?',
    ['The plaintext, base64-encoded', 'Right: piping it to base64 --decode gives the original file.'],
    [
      ['The plaintext as raw text, ready to redirect into a file', 'Wrong: blob outputs are base64.'],
      ['The ciphertext again', 'Wrong: Decrypt returns the Plaintext member.'],
      ['The key ID only', 'Wrong: --query Plaintext selects the plaintext.'],
    ],
    'Decrypt returns Plaintext (base64 in the CLI) and KeyId.',
  ),
  single(
    'api-reencrypt',
    { f: ['api-reencrypt'], ...cli, t: 'encryption-context', docs: ['apiReEncrypt'] },
    'What does aws kms re-encrypt do?',
    [
      'Moves ciphertext to another key inside KMS',
      'Right: it decrypts and encrypts under the destination key in one call; the plaintext never reaches the caller.',
    ],
    [
      ['Encrypts the ciphertext a second time under the same key, adding a second layer', 'Wrong: it decrypts first, then encrypts under the destination key.'],
      ['Rotates the key material of the source key', 'Wrong: rotation is EnableKeyRotation or RotateKeyOnDemand.'],
      ['Returns the plaintext and a new ciphertext', 'Wrong: no plaintext is returned.'],
    ],
    'ReEncrypt moves ciphertext from one key to another.',
  ),
  scenario(
    'api-reencrypt-scenario',
    { f: ['api-reencrypt', 'tip-when-reencrypt'], ...cli, t: 'encryption-context', docs: ['apiReEncrypt'] },
    'A team must move 10,000 small ciphertexts from an old KMS key to a new one without the application ever seeing the plaintext. Which API call should they use?',
    ['ReEncrypt with the new key as the destination', 'Right: the plaintext stays inside KMS.'],
    [
      [
        'Decrypt followed by Encrypt, in a Lambda function that discards the plaintext',
        'Wrong: works, but the plaintext passes through the caller, which the requirement forbids.',
      ],
      ['EnableKeyRotation on the old key', 'Wrong: rotation keeps the same key and does not move ciphertext.'],
      ['UpdateAlias to point at the new key', 'Wrong: the old ciphertexts still name the old key.'],
    ],
    'Changing keys without exposing plaintext is what re-encrypt is for (manual rotation, for example).',
  ),
  single(
    'api-gdk',
    { f: ['api-gdk', 'tip-when-gdk'], s: 'Generating a data key', lab: 'lab-4', t: 'envelope', docs: ['apiGenerateDataKey'] },
    'What does aws kms generate-data-key --key-id alias/myCMK --key-spec AES_256 return?',
    ['A 256-bit data key in plaintext and encrypted under alias/myCMK', 'Right: Plaintext to use now, CiphertextBlob to store.'],
    [
      ['Only the encrypted data key, to be decrypted later by the component that encrypts', 'Wrong: that is generate-data-key-without-plaintext.'],
      ['A new KMS key named AES_256', 'Wrong: no KMS key is created.'],
      ['The key material of alias/myCMK', 'Wrong: KMS key material is never returned.'],
    ],
    'GenerateDataKey: plaintext + encrypted data key.',
  ),
  single(
    'api-gdk-spec',
    { f: ['api-gdk'], s: 'Generating a data key', lab: 'lab-4', t: 'envelope', docs: ['apiGenerateDataKey'] },
    'Which parameters of generate-data-key set the size of the data key?',
    ['--key-spec or --number-of-bytes (one of them)', 'Right: AES_256 equals 32 bytes, AES_128 16 bytes; exactly one of the two is given.'],
    [
      ['--key-usage', 'Wrong: key usage is a property of KMS keys.'],
      ['--encryption-algorithm', 'Wrong: that belongs to Encrypt and Decrypt for asymmetric keys.'],
      ['Neither: every data key is 128 bits, and the size is fixed by the key spec of the KMS key', 'Wrong: you choose the size per request.'],
    ],
    'KeySpec or NumberOfBytes, not both.',
  ),
  scenario(
    'api-when-encrypt',
    { f: ['tip-when-encrypt'], ...tips },
    'An application must encrypt a 300-byte API token before storing it in a database. Which call is the simplest fit?',
    ['Encrypt with a KMS key', 'Right: small data (up to 4 KB) can be encrypted directly.'],
    [
      ['GenerateDataKey, then AES-GCM in the application', 'Wrong: works, but it is more machinery than a 300-byte value needs.'],
      ['ReEncrypt', 'Wrong: re-encrypt needs existing ciphertext.'],
      ['EnableKeyRotation', 'Wrong: it encrypts nothing.'],
    ],
    'Encrypt/decrypt for basic operations on small data.',
  ),
  single(
    'api-when-rotation',
    { f: ['tip-when-rotation', 'api-enable-rotation'], ...tips, t: 'rotation', d: 'governance', docs: ['apiEnableKeyRotation'] },
    'A security policy requires yearly rotation of a customer managed key with no application changes. What meets it?',
    ['Enable automatic key rotation on the key', 'Right: KMS rotates the material yearly by default, same key ID.'],
    [
      ['Create a new key every year and update every application', 'Wrong: it changes applications; automatic rotation does not.'],
      ['Re-encrypt all data yearly under the same key', 'Wrong: that does not change the material.'],
      ['Disable and enable the key yearly', 'Wrong: that does not rotate anything.'],
    ],
    'Automatic rotation: enable-key-rotation.',
  ),
];
