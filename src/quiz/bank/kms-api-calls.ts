/** Questions of module KMS API calls: the course's commands and when to use each. */
import { builders } from './build';

const { single, multiple, scenario } = builders('kms-api-calls');
const cli = { s: 'Encrypt, decrypt and re-encrypt with the CLI', lab: 'lab-3' as const };
const tips = { s: 'Exam tips: which call when' };

export const KMS_API_CALLS = [
  scenario(
    'api-region',
    { f: ['api-same-region'], s: 'Setting up the CLI', lab: 'lab-10' },
    'An EC2 instance in eu-west-1 runs aws kms encrypt --key-id alias/myCMK. The key and alias exist in us-east-1 and the instance role is a key user. The call fails with NotFoundException. What is the fix?',
    [
      'Call KMS in us-east-1 (for example --region us-east-1), where the key is',
      'Right: the CLI calls the Region configured on the instance; the key exists only in us-east-1.',
    ],
    [
      ['Add the instance role as a key administrator', 'Wrong: a permission problem gives AccessDeniedException, not NotFoundException.'],
      ['Use the key ID instead of the alias', 'Wrong: the key ID is not found in eu-west-1 either.'],
      ['Enable automatic rotation', 'Wrong: rotation has nothing to do with finding the key.'],
    ],
    'The course launches its instance in the same Region as the CMK for this reason.',
  ),
  single(
    'api-key-user',
    { f: ['api-key-user-creds'], s: 'Setting up the CLI', lab: 'lab-8' },
    "In the course's demo, whose credentials does the CLI on the instance use to encrypt and decrypt with the CMK?",
    ["The key user's (myKeyUser)", 'Right: key users are allowed the cryptographic operations.'],
    [
      ["The key administrator's (myKeyManager)", 'Wrong: administrators manage the key; they are not key users.'],
      ["The root user's", 'Wrong: root credentials are not used for day-to-day work.'],
      ['No credentials: KMS is public', 'Wrong: every KMS call is signed and authorised.'],
    ],
    'The key user is the principal that uses the key.',
  ),
  single(
    'api-encrypt-output',
    { f: ['api-encrypt'], ...cli },
    'What does aws kms encrypt return, and how does the course turn it into a file?',
    [
      'A base64 CiphertextBlob; --output text --query CiphertextBlob | base64 --decode writes the binary ciphertext',
      'Right: the CLI prints blobs as base64, so the course decodes it into encryptedsecret.txt.',
    ],
    [
      ['The plaintext and the key material', 'Wrong: Encrypt never returns key material.'],
      ['A URL of an S3 object with the ciphertext', 'Wrong: KMS returns the ciphertext itself.'],
      ['A data key', 'Wrong: that is GenerateDataKey.'],
    ],
    'Encrypt returns CiphertextBlob (plus KeyId and the algorithm).',
  ),
  single(
    'api-fileb',
    { f: ['api-encrypt'], ...cli },
    'Why does the course pass the plaintext as --plaintext fileb://secret.txt?',
    [
      "fileb:// reads the file's raw bytes; the CLI would otherwise expect base64 text in the argument",
      'Right: with AWS CLI v2, blob arguments given literally must be base64; fileb:// passes raw bytes.',
    ],
    [
      ['fileb:// uploads the file to S3 first', 'Wrong: it reads a local file.'],
      ['fileb:// means "file, base64-decoded on the server"', 'Wrong: the CLI reads the bytes locally and sends them.'],
      ['It is required for files over 4 KB', 'Wrong: Encrypt rejects plaintext over 4 KB whatever the prefix.'],
    ],
    'fileb:// = raw bytes from a file; file:// = text.',
  ),
  single(
    'api-decrypt-no-key',
    { f: ['api-decrypt'], ...cli },
    "The course's decrypt command has no --key-id. How does KMS know which key to use?",
    [
      'The ciphertext blob of a symmetric key carries metadata naming the key',
      'Right: for symmetric keys the key ID is optional on Decrypt (specifying it is a good practice).',
    ],
    [
      ['KMS tries every key in the account', 'Wrong: KMS reads the key from the ciphertext.'],
      ['The CLI uses the most recently created key', 'Wrong: nothing is guessed.'],
      ['It uses the default key alias/aws/kms', 'Wrong: there is no such default key.'],
    ],
    'Symmetric ciphertext identifies its key.',
  ),
  single(
    'api-decrypt-output',
    { f: ['api-decrypt'], ...cli },
    'What does aws kms decrypt --ciphertext-blob fileb://encryptedsecret.txt --output text --query Plaintext print?',
    ['The plaintext, base64-encoded; piping it to base64 --decode gives the original file', 'Right: the course writes it to decryptedsecret.txt that way.'],
    [
      ['The plaintext as raw text', 'Wrong: blob outputs are base64.'],
      ['The ciphertext again', 'Wrong: Decrypt returns the Plaintext member.'],
      ['The key ID only', 'Wrong: --query Plaintext selects the plaintext.'],
    ],
    'Decrypt returns Plaintext (base64 in the CLI) and KeyId.',
  ),
  single(
    'api-reencrypt',
    { f: ['api-reencrypt'], ...cli },
    'What does aws kms re-encrypt do?',
    [
      'Decrypts ciphertext and encrypts it under the destination key inside KMS; the plaintext never reaches the caller',
      'Right: one call, no plaintext exposed.',
    ],
    [
      ['Encrypts the ciphertext a second time under the same key', 'Wrong: it decrypts first, then encrypts under the destination key.'],
      ['Rotates the key material of the source key', 'Wrong: rotation is EnableKeyRotation or RotateKeyOnDemand.'],
      ['Returns the plaintext and a new ciphertext', 'Wrong: no plaintext is returned.'],
    ],
    'ReEncrypt moves ciphertext from one key to another.',
  ),
  scenario(
    'api-reencrypt-scenario',
    { f: ['api-reencrypt', 'tip-when-reencrypt'], ...cli },
    'A team must move 10,000 small ciphertexts from an old KMS key to a new one without the application ever seeing the plaintext. Which API call should they use?',
    ['ReEncrypt with the new key as the destination', 'Right: the plaintext stays inside KMS.'],
    [
      ['Decrypt followed by Encrypt', 'Wrong: works, but the plaintext passes through the caller, which the requirement forbids.'],
      ['EnableKeyRotation on the old key', 'Wrong: rotation keeps the same key and does not move ciphertext.'],
      ['UpdateAlias to point at the new key', 'Wrong: the old ciphertexts still name the old key.'],
    ],
    'Changing keys without exposing plaintext is what re-encrypt is for.',
  ),
  single(
    'api-enable-rotation',
    { f: ['api-enable-rotation', 'tip-when-rotation'], s: 'Rotation commands', lab: 'lab-6' },
    'Which command turns on automatic rotation of a customer managed key?',
    ['aws kms enable-key-rotation --key-id <key>', 'Right: it enables automatic rotation (yearly by default).'],
    [
      ['aws kms rotate-key --automatic', 'Wrong: no such command.'],
      ['aws kms re-encrypt --rotate', 'Wrong: re-encrypt has no rotate option.'],
      ['aws kms update-key-description --rotation on', 'Wrong: the description is free text.'],
    ],
    'enable-key-rotation / disable-key-rotation / get-key-rotation-status.',
  ),
  single(
    'api-rotation-status',
    { f: ['api-rotation-status'], s: 'Rotation commands', lab: 'lab-6' },
    'Which command tells you whether automatic rotation is enabled on a key?',
    ['aws kms get-key-rotation-status --key-id <key>', 'Right: it returns KeyRotationEnabled (and now the period and next rotation date).'],
    [
      ['aws kms describe-key --key-id <key>', 'Wrong: DescribeKey does not report the rotation setting.'],
      ['aws kms list-keys --rotation', 'Wrong: no such option.'],
      ['aws kms get-key-policy --key-id <key>', 'Wrong: the policy says who may rotate, not whether rotation is on.'],
    ],
    'get-key-rotation-status answers "is rotation on?".',
  ),
  single(
    'api-gdk',
    { f: ['api-gdk', 'tip-when-gdk'], s: 'Generating a data key', lab: 'lab-4' },
    'What does aws kms generate-data-key --key-id alias/myCMK --key-spec AES_256 return?',
    ['A 256-bit data key in plaintext and the same key encrypted under alias/myCMK', 'Right: Plaintext to use now, CiphertextBlob to store.'],
    [
      ['Only the encrypted data key', 'Wrong: that is generate-data-key-without-plaintext.'],
      ['A new KMS key named AES_256', 'Wrong: no KMS key is created.'],
      ['The key material of alias/myCMK', 'Wrong: KMS key material is never returned.'],
    ],
    'GenerateDataKey: plaintext + encrypted data key.',
  ),
  single(
    'api-gdk-spec',
    { f: ['api-gdk'], s: 'Generating a data key', lab: 'lab-4' },
    'Which parameters of generate-data-key set the size of the data key?',
    ['--key-spec (AES_128 or AES_256) or --number-of-bytes; exactly one of them', 'Right: AES_256 equals 32 bytes.'],
    [
      ['--key-usage', 'Wrong: key usage is a property of KMS keys.'],
      ['--encryption-algorithm', 'Wrong: that belongs to Encrypt and Decrypt for asymmetric keys.'],
      ['Neither: every data key is 128 bits', 'Wrong: you choose the size.'],
    ],
    'KeySpec or NumberOfBytes, not both.',
  ),
  multiple(
    'api-five',
    { f: ['tip-five-commands'], s: 'Exam tips: which call when' },
    'The exam tips ask you to remember five KMS commands. Which of these are among them? (Choose three.)',
    [
      ['re-encrypt', 'Right: to change keys or rotate manually.'],
      ['enable-key-rotation', 'Right: for automatic rotation.'],
      ['generate-data-key', 'Right: for data over 4 KB.'],
    ],
    [
      ['export-key-material', 'Wrong: no such command; material cannot be exported.'],
      ['create-certificate', 'Wrong: certificates are ACM (request-certificate), not KMS.'],
    ],
    'encrypt, decrypt, re-encrypt, enable-key-rotation, generate-data-key.',
  ),
  scenario(
    'api-when-encrypt',
    { f: ['tip-when-encrypt'], ...tips },
    'An application must encrypt a 300-byte API token before storing it in a database. Which call is the simplest fit?',
    ['Encrypt with a KMS key', 'Right: small data (up to 4 KB) can be encrypted directly.'],
    [
      ['GenerateDataKey and local AES', 'Wrong: works, but it is more machinery than a 300-byte value needs.'],
      ['ReEncrypt', 'Wrong: re-encrypt needs existing ciphertext.'],
      ['EnableKeyRotation', 'Wrong: it encrypts nothing.'],
    ],
    'Encrypt/decrypt for basic operations on small data.',
  ),
  scenario(
    'api-when-gdk',
    { f: ['tip-when-gdk'], ...tips },
    'A batch job encrypts 5 GB video files with a KMS key. Which call should it make for each file?',
    ['GenerateDataKey, then encrypt the file locally with the returned key', 'Right: data over 4 KB needs a data key.'],
    [
      ['Encrypt with the file as plaintext', 'Wrong: Encrypt accepts at most 4 KB.'],
      ['ReEncrypt', 'Wrong: there is no ciphertext yet.'],
      ['GetPublicKey and encrypt with RSA', 'Wrong: RSA encrypts only a few hundred bytes and needs an asymmetric key.'],
    ],
    'Large data: generate-data-key.',
  ),
  scenario(
    'api-when-reencrypt-manual',
    { f: ['tip-when-reencrypt'], ...tips },
    'A company rotates manually: it created a new KMS key and must move existing small ciphertexts to it. Which call moves them?',
    ['ReEncrypt with the new key as --destination-key-id', 'Right: the exam tip: re-encrypt for changing CMKs or manual rotation.'],
    [
      ['EnableKeyRotation on the new key', 'Wrong: automatic rotation of the new key does not move old ciphertext.'],
      ['GenerateDataKeyWithoutPlaintext', 'Wrong: it creates new data keys, it does not move ciphertext.'],
      ['CancelKeyDeletion', 'Wrong: unrelated to moving ciphertext.'],
    ],
    'Manual rotation: new key, re-encrypt (and re-point the alias).',
  ),
  single(
    'api-when-rotation',
    { f: ['tip-when-rotation'], ...tips },
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
