/** Questions of module Envelope encryption: the steps, what is stored, why it is efficient. */
import { builders } from './build';

const { single, multiple, scenario, ordering } = builders({
  module: 'envelope-encryption',
  t: 'envelope',
  d: 'data-protection',
  docs: ['kmsCryptography', 'apiGenerateDataKey'],
});
const enc = { s: 'Encrypting with a data key', lab: 'lab-4' as const };
const dec = { s: 'Decrypting', lab: 'lab-4' as const, docs: ['kmsCryptography' as const, 'apiDecrypt' as const] };
const why = { s: 'Why envelope encryption', lab: 'lab-5' as const };

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
  single(
    'env-gdk',
    { f: ['env-gdk', 'tip-env-gdk', 'tip-env-4kb'], ...enc },
    'Which KMS API call starts envelope encryption of data larger than 4 KB?',
    ['GenerateDataKey', 'Right: it creates the data key (envelope key) used to encrypt the data.'],
    [
      ['Encrypt', 'Wrong: Encrypt encrypts up to 4 KB directly; it does not create a data key.'],
      ['CreateKey', 'Wrong: it creates a KMS key, not a data key.'],
      ['GetKeyRotationStatus', 'Wrong: it only reports rotation.'],
    ],
    'Remember GenerateDataKey for envelope encryption.',
  ),
  single(
    'env-store',
    { f: ['env-store-with-data'], ...enc },
    'Where is the encrypted data key kept after envelope encryption?',
    ['With the encrypted data', 'Right: for example in the file header or object metadata; whoever can read the data and call Decrypt can then decrypt it.'],
    [
      ['In KMS, attached to the KMS key that generated it, until it is deleted', 'Wrong: KMS does not store data keys.'],
      ['In IAM as an access key', 'Wrong: IAM does not store data keys.'],
      ['Nowhere: it is regenerated from the KMS key', 'Wrong: data keys are random; they cannot be regenerated.'],
    ],
    'The encrypted data key is stored alongside the data.',
  ),
  scenario(
    'env-kms-no-store',
    { f: ['env-kms-no-store', 'env-store-with-data'], ...enc, d: 'incident-response' },
    'A developer deletes the encrypted data key that was stored next to an encrypted backup and asks KMS to return it. What happens?',
    ['Nothing can return it; the backup is lost', 'Right: KMS never stored the data key; only the copy stored with your data existed.'],
    [
      ['KMS lists it with ListDataKeys, filtered by the KMS key that generated it', 'Wrong: no such operation; KMS keeps no data keys.'],
      ['Rotation restores the old data key', 'Wrong: rotation concerns KMS key material, not data keys.'],
      ['CloudTrail logs contain the data key', 'Wrong: CloudTrail never records key material or plaintext.'],
    ],
    'KMS does not store data keys.',
  ),
  single(
    'env-decrypt-first',
    { f: ['env-decrypt-dk-first'], ...dec },
    'What is the first call to KMS when decrypting envelope-encrypted data?',
    ['Decrypt, given the encrypted data key', 'Right: KMS returns the plaintext data key.'],
    [
      ['Decrypt, given the whole encrypted file as the ciphertext blob', 'Wrong: the file is decrypted locally; KMS takes at most a small blob.'],
      ['GenerateDataKey', 'Wrong: a new data key cannot decrypt old data.'],
      ['ReEncrypt', 'Wrong: that moves ciphertext to another key.'],
    ],
    'Decrypt the data key first.',
  ),
  single(
    'env-decrypt-local',
    { f: ['env-decrypt-data-local', 'env-erase-plaintext'], ...dec },
    'After KMS returns the plaintext data key, what happens next?',
    ['Decrypt the data locally, then erase the key', 'Right: use it, then delete it from memory.'],
    [
      ['The plaintext key is written next to the data, so the next read needs no KMS call', 'Wrong: a plaintext key at rest defeats the encryption.'],
      ['KMS decrypts the data with it', 'Wrong: the data is decrypted on your side.'],
      ['The key is sent to CloudTrail for auditing', 'Wrong: keys are never logged.'],
    ],
    'Plaintext data keys live only in memory, only while needed.',
  ),
  scenario(
    'env-erase',
    { f: ['env-erase-plaintext'], ...enc },
    'A code review finds that an application writes the plaintext data key to a cache file to save KMS calls. What is the problem?',
    ['Whoever reads the cache can decrypt the data', 'Right: only the encrypted data key may be stored; the plaintext one must be erased after use.'],
    [
      ['None: data keys are public', 'Wrong: a plaintext data key decrypts the data.'],
      ['The cache makes automatic rotation of the KMS key fail at its next scheduled date', 'Wrong: rotation is not affected, but the data is exposed.'],
      ['KMS will reject the next Decrypt', 'Wrong: KMS cannot know; the risk is exposure.'],
    ],
    'Plaintext data key: use, then erase. To save KMS calls safely, use bounded data key caching in memory.',
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
      ['It raises the 4 KB Encrypt limit for the account', 'Wrong: the limit is fixed; envelope encryption works around it.'],
    ],
    'Network efficiency and scale are the benefits.',
  ),
  scenario(
    'env-network',
    { f: ['env-network'], ...why },
    'A media company encrypts 2 TB a day. Latency to KMS is high from its on-premises site. Which approach minimises the data sent to KMS?',
    ['One GenerateDataKey per file; encrypt locally', 'Right: only data keys cross the network.'],
    [
      ['Send each 4 KB block of every file to KMS Encrypt from a fleet of parallel workers', 'Wrong: all 2 TB would cross the network.'],
      ['Upload the data to KMS for encryption at rest', 'Wrong: KMS does not store data.'],
      ['Use ReEncrypt on every block', 'Wrong: re-encrypt also sends each ciphertext to KMS.'],
    ],
    'Less network traffic, better performance.',
  ),
  scenario(
    'env-gdk-without',
    { f: ['env-gdk', 'data-key-large', 'dk-without-plaintext'], ...enc, docs: ['apiGenerateDataKeyWithoutPlaintext'] },
    'A component must prepare encrypted data keys now, but another component will encrypt data later. Which call avoids exposing a plaintext key to the first component?',
    ['GenerateDataKeyWithoutPlaintext', 'Right: it returns only the encrypted data key; the other component calls Decrypt when it needs the key.'],
    [
      ['GenerateDataKey, discarding the Plaintext field in the first component', 'Wrong: the plaintext key still reaches the first component.'],
      ['GenerateRandom', 'Wrong: random bytes are not encrypted under the KMS key.'],
      ['Encrypt with an empty plaintext', 'Wrong: plaintext must be at least 1 byte, and that is not a data key.'],
    ],
    'Without plaintext: for components that only store the encrypted key.',
  ),
];
