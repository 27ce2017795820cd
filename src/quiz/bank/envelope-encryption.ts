/** Questions of module Envelope encryption: the steps, what is stored, why it is efficient. */
import { builders } from './build';

const { single, multiple, scenario, ordering } = builders('envelope-encryption');
const enc = { s: 'Encrypting with a data key', lab: 'lab-4' as const };
const dec = { s: 'Decrypting', lab: 'lab-4' as const };
const why = { s: 'Why envelope encryption', lab: 'lab-5' as const };
const tips = { s: 'Exam tips: envelope encryption' };

export const ENVELOPE = [
  ordering(
    'env-order-encrypt',
    { f: ['env-gdk', 'env-cmk-encrypts-dk', 'env-store-with-data'], ...enc },
    'Put the steps of envelope encryption of a large file in order.',
    [
      ['Call GenerateDataKey with the KMS key', 'First KMS returns a plaintext data key and the same key encrypted under the KMS key.'],
      [
        'Encrypt the file locally with the plaintext data key',
        'The bulk data is encrypted on your side, never sent to KMS (then the plaintext key is erased).',
      ],
      ['Store the encrypted data key with the encrypted file', 'The encrypted data key travels with the data so it can be decrypted later.'],
    ],
    'GenerateDataKey -> encrypt locally -> keep the encrypted key with the data.',
  ),
  ordering(
    'env-order-decrypt',
    { f: ['env-decrypt-dk-first', 'env-decrypt-data-local', 'env-erase-plaintext'], ...dec },
    'Put the steps of decrypting an envelope-encrypted file in order.',
    [
      ['Read the encrypted data key stored with the file', 'The encrypted data key is kept next to the data.'],
      ['Call KMS Decrypt on the encrypted data key', 'KMS uses the KMS key to return the plaintext data key.'],
      ['Decrypt the file locally with the plaintext data key', 'The bulk data never goes to KMS.'],
      ['Erase the plaintext data key from memory', 'Once the file is decrypted, the key is no longer needed.'],
    ],
    'Encrypted data key -> KMS Decrypt -> local decrypt -> erase.',
  ),
  ordering(
    'env-order-full',
    { f: ['envelope-definition', 'env-gdk', 'env-decrypt-dk-first'], s: 'The full cycle', lab: 'lab-5' },
    'Order the whole envelope encryption cycle, from protecting a file to reading it back.',
    [
      ['GenerateDataKey returns a plaintext and an encrypted data key', 'The cycle starts by getting a data key from KMS.'],
      ['The file is encrypted locally and the encrypted data key is stored with it', 'Bulk encryption happens locally.'],
      ['Later, Decrypt sends only the encrypted data key to KMS', 'To read it back, KMS decrypts the data key.'],
      ['The returned plaintext data key decrypts the file locally', 'The last step happens on your side again.'],
    ],
    'Only the small data key crosses the network, twice.',
  ),
  single(
    'env-gdk',
    { f: ['env-gdk', 'tip-env-gdk'], ...enc },
    'Which KMS API call starts envelope encryption?',
    ['GenerateDataKey', 'Right: it creates the data key (envelope key) used to encrypt the data.'],
    [
      ['Encrypt', 'Wrong: Encrypt encrypts up to 4 KB directly; it does not create a data key.'],
      ['CreateKey', 'Wrong: it creates a KMS key, not a data key.'],
      ['GetKeyRotationStatus', 'Wrong: it only reports rotation.'],
    ],
    'Remember GenerateDataKey for envelope encryption.',
  ),
  single(
    'env-cmk-encrypts',
    { f: ['env-cmk-encrypts-dk', 'tip-env-layer'], ...enc },
    'In envelope encryption, what does the KMS key (CMK) encrypt?',
    ['The data key', 'Right: the KMS key encrypts the data key; the data key encrypts the data.'],
    [
      ['The data itself', 'Wrong: the data is encrypted with the data key.'],
      ['The IAM credentials of the caller', 'Wrong: credentials are not encrypted by KMS keys.'],
      ['Nothing: it only signs the data', 'Wrong: a symmetric KMS key encrypts.'],
    ],
    'Envelope encryption = encrypting the key that encrypts the data.',
  ),
  single(
    'env-store',
    { f: ['env-store-with-data'], ...enc },
    'Where is the encrypted data key kept after envelope encryption?',
    ['With the encrypted data (for example in the file header or object metadata)', 'Right: whoever can read the data and call Decrypt can then decrypt it.'],
    [
      ['In KMS, attached to the KMS key', 'Wrong: KMS does not store data keys.'],
      ['In IAM as an access key', 'Wrong: IAM does not store data keys.'],
      ['Nowhere: it is regenerated from the KMS key', 'Wrong: data keys are random; they cannot be regenerated.'],
    ],
    'The encrypted data key is stored alongside the data.',
  ),
  scenario(
    'env-kms-no-store',
    { f: ['env-kms-no-store', 'env-store-with-data'], ...enc },
    'A developer deletes the encrypted data key that was stored next to an encrypted backup and asks KMS to return it. What happens?',
    ['Nothing can return it: KMS never stored the data key, so the backup cannot be decrypted', 'Right: only the copy stored with your data existed.'],
    [
      ['KMS lists it with ListDataKeys', 'Wrong: no such operation; KMS keeps no data keys.'],
      ['Rotation restores the old data key', 'Wrong: rotation concerns KMS key material, not data keys.'],
      ['CloudTrail logs contain the data key', 'Wrong: CloudTrail never records key material or plaintext.'],
    ],
    'KMS does not store data keys.',
  ),
  single(
    'env-decrypt-first',
    { f: ['env-decrypt-dk-first'], ...dec },
    'What is the first call to KMS when decrypting envelope-encrypted data?',
    ['Decrypt, with the encrypted data key as the ciphertext', 'Right: KMS returns the plaintext data key.'],
    [
      ['Decrypt, with the whole encrypted file as the ciphertext', 'Wrong: the file is decrypted locally; KMS takes at most a small blob.'],
      ['GenerateDataKey', 'Wrong: a new data key cannot decrypt old data.'],
      ['ReEncrypt', 'Wrong: that moves ciphertext to another key.'],
    ],
    'Decrypt the data key first.',
  ),
  single(
    'env-decrypt-local',
    { f: ['env-decrypt-data-local', 'env-erase-plaintext'], ...dec },
    'After KMS returns the plaintext data key, what happens next?',
    ['The data is decrypted locally with it, then the plaintext key is erased from memory', 'Right: use it, then delete it.'],
    [
      ['The plaintext key is written next to the data for next time', 'Wrong: a plaintext key at rest defeats the encryption.'],
      ['KMS decrypts the data with it', 'Wrong: the data is decrypted on your side.'],
      ['The key is sent to CloudTrail for auditing', 'Wrong: keys are never logged.'],
    ],
    'Plaintext data keys live only in memory, only while needed.',
  ),
  scenario(
    'env-erase',
    { f: ['env-erase-plaintext'], ...enc },
    'A code review finds that an application writes the plaintext data key to a cache file to save KMS calls. What is the problem?',
    ['Anyone who reads the cache can decrypt the data; the plaintext data key must be erased after use', 'Right: only the encrypted data key may be stored.'],
    [
      ['None: data keys are public', 'Wrong: a plaintext data key decrypts the data.'],
      ['The cache makes rotation fail', 'Wrong: rotation is not affected, but the data is exposed.'],
      ['KMS will reject the next Decrypt', 'Wrong: KMS cannot know; the risk is exposure.'],
    ],
    'Plaintext data key: use, then erase.',
  ),
  multiple(
    'env-benefits',
    { f: ['env-network', 'env-large'], ...why },
    'Why is envelope encryption used for large data? (Choose two.)',
    [
      ['Only the small data key crosses the network to KMS, not the data', 'Right: less traffic and latency.'],
      ['It is efficient for gigabytes or terabytes of data', 'Right: bulk encryption runs locally at full speed.'],
    ],
    [
      ['KMS stores the data so you do not have to', 'Wrong: KMS stores neither data nor data keys.'],
      ['It makes the data readable without KMS permissions', 'Wrong: decrypting the data key still needs kms:Decrypt.'],
      ['It removes the need for a KMS key', 'Wrong: the KMS key protects the data keys.'],
    ],
    'Network efficiency and scale are the benefits the notes stress.',
  ),
  scenario(
    'env-network',
    { f: ['env-network'], ...why },
    'A media company encrypts 2 TB a day. Latency to KMS is high from its on-premises site. Which approach minimises the data sent to KMS?',
    ['Envelope encryption: one GenerateDataKey per file, data encrypted locally', 'Right: only data keys cross the network.'],
    [
      ['Send each 4 KB block to KMS Encrypt', 'Wrong: all 2 TB would cross the network.'],
      ['Upload the data to KMS for encryption at rest', 'Wrong: KMS does not store data.'],
      ['Use ReEncrypt on every block', 'Wrong: re-encrypt also sends each ciphertext to KMS.'],
    ],
    'Less network traffic, better performance.',
  ),
  single(
    'env-4kb',
    { f: ['tip-env-4kb', 'tip-env-gdk'], ...tips },
    'According to the exam tips, when is envelope encryption used?',
    ['For data larger than 4 KB', 'Right: smaller data can go to Encrypt directly.'],
    [
      ['Only for data smaller than 4 KB', 'Wrong: it is the other way round.'],
      ['Only for data in transit', 'Wrong: it protects data at rest; TLS protects data in transit.'],
      ['Only with asymmetric keys', 'Wrong: it is normally done with symmetric keys.'],
    ],
    'Over 4 KB: envelope encryption with GenerateDataKey.',
  ),
  single(
    'env-layer',
    { f: ['tip-env-layer', 'envelope-definition'], ...tips },
    'Which sentence defines envelope encryption?',
    ['Encrypting the key that encrypts the data', 'Right: the data key is wrapped by the KMS key.'],
    [
      ['Encrypting data twice with two KMS keys', 'Wrong: the data is encrypted once.'],
      ['Encrypting data in transit and at rest', 'Wrong: that is a general best practice.'],
      ['Signing data before encrypting it', 'Wrong: signing is not part of it.'],
    ],
    'The exam tip: envelope encryption = encrypting the key that encrypts the data.',
  ),
  scenario(
    'env-gdk-without',
    { f: ['env-gdk', 'data-key-large'], s: 'Encrypting with a data key', lab: 'lab-4' },
    'A component must prepare encrypted data keys now, but another component will encrypt data later. Which call avoids exposing a plaintext key to the first component?',
    ['GenerateDataKeyWithoutPlaintext', 'Right: it returns only the encrypted data key; the other component calls Decrypt when it needs the key.'],
    [
      ['GenerateDataKey', 'Wrong: it also returns the plaintext key to the first component.'],
      ['GenerateRandom', 'Wrong: random bytes are not encrypted under the KMS key.'],
      ['Encrypt with an empty plaintext', 'Wrong: plaintext must be at least 1 byte, and that is not a data key.'],
    ],
    'Without plaintext: for components that only store the encrypted key.',
  ),
  single(
    'env-what-returns',
    { f: ['env-gdk', 'env-cmk-encrypts-dk'], ...enc },
    'Which two values does GenerateDataKey return that envelope encryption needs?',
    ['Plaintext (the data key) and CiphertextBlob (the data key encrypted under the KMS key)', 'Right: one to use now, one to store.'],
    [
      ['PublicKey and PrivateKey', 'Wrong: that is GenerateDataKeyPair.'],
      ['KeyId and KeyMaterial', 'Wrong: key material is never returned.'],
      ['Signature and Message', 'Wrong: that is Sign.'],
    ],
    'Plaintext + CiphertextBlob.',
  ),
];
