/**
 * What each field of the stored message is, in a learner's words (message-map.ts places them).
 * Source: the AWS Encryption SDK message format reference, header and body structure,
 * https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/message-format.html
 */
export type FieldKind =
  | 'version'
  | 'suite'
  | 'message-id'
  | 'context-length'
  | 'context-count'
  | 'context-pair'
  | 'edk-count'
  | 'edk-provider-id'
  | 'edk-provider-info'
  | 'edk-ciphertext'
  | 'content-type'
  | 'frame-length'
  | 'commitment'
  | 'header-tag'
  | 'final-marker'
  | 'frame-seq'
  | 'frame-iv'
  | 'frame-content-length'
  | 'frame-content'
  | 'frame-tag';

export const EXPLAIN: Record<FieldKind, { name: string; text: string }> = {
  version: {
    name: 'Version',
    text: 'Message format version. Version 2 is used by the algorithm suites with key commitment; a reader refuses versions it does not know.',
  },
  suite: {
    name: 'Algorithm suite',
    text: 'Which algorithms protect this message: 0x0478 is AES-256-GCM for the data, HKDF-SHA512 to derive a key per message from the data key, key commitment, and no digital signature (the default suite of the AWS Encryption SDK, 0x0578, adds a signature the lab does not write).',
  },
  'message-id': {
    name: 'Message ID',
    text: 'A 32-byte random value chosen for this message. It salts the key derivation, so two files encrypted with the same data key still get different encryption keys, and it is bound into every frame.',
  },
  'context-length': {
    name: 'Encryption context length',
    text: 'How many bytes the encryption context takes in the header (0 when there is none).',
  },
  'context-count': {
    name: 'Context pair count',
    text: 'How many key-value pairs the encryption context has.',
  },
  'context-pair': {
    name: 'Encryption context pair',
    text: 'One pair of the encryption context, stored in plain text: never put a secret in it. It was sent with GenerateDataKey, so KMS bound it into the encrypted data key; here it is also covered by the header tag. Decrypt must present the same context to KMS, and the file is refused if it was changed.',
  },
  'edk-count': {
    name: 'Encrypted data key count',
    text: 'How many encrypted copies of the data key follow. One per KMS key (or other wrapping key) that may decrypt the file; here, one.',
  },
  'edk-provider-id': {
    name: 'Key provider ID',
    text: '"aws-kms": this copy of the data key was encrypted by AWS KMS, so a reader sends it to KMS Decrypt.',
  },
  'edk-provider-info': {
    name: 'Key provider info',
    text: 'The ARN of the KMS key that encrypted the data key. A reader calls KMS Decrypt with this key; KMS itself also reads which key and key material to use from the encrypted data key.',
  },
  'edk-ciphertext': {
    name: 'Encrypted data key',
    text: 'The CiphertextBlob KMS returned from GenerateDataKey: the 32-byte data key encrypted under the KMS key. Only KMS can turn it back into the data key, and only for a caller allowed kms:Decrypt on that key.',
  },
  'content-type': {
    name: 'Content type',
    text: '2 means framed: the data is cut into frames of a fixed length, each encrypted and authenticated on its own, so a file of any size streams with bounded memory.',
  },
  'frame-length': {
    name: 'Frame length',
    text: 'How many bytes of data each regular frame holds. The final frame holds what is left, possibly nothing.',
  },
  commitment: {
    name: 'Commitment key',
    text: 'Derived from the data key and the message ID. A reader derives it again and compares before decrypting anything, so a message cannot be crafted to decrypt to different data under different keys.',
  },
  'header-tag': {
    name: 'Header authentication tag',
    text: 'AES-GCM tag over all the header bytes before it, made with the key derived for this message. Any change to the header, its encrypted data key or its context makes decryption stop before a single frame is read.',
  },
  'final-marker': {
    name: 'End of frames marker',
    text: 'Four 0xFF bytes announce the final frame, so a reader knows the message ends here and a truncated file is detected.',
  },
  'frame-seq': {
    name: 'Sequence number',
    text: 'The frame number, starting at 1. It is bound into the frame, so frames cannot be reordered, removed or repeated without failing authentication.',
  },
  'frame-iv': {
    name: 'IV',
    text: "The frame's 12-byte AES-GCM initialization vector: its sequence number padded with zeros. Unique per frame, and each message has its own derived key, so a key and IV pair is never reused.",
  },
  'frame-content-length': {
    name: 'Content length',
    text: 'How many bytes the final frame holds (the regular frames all hold the frame length).',
  },
  'frame-content': {
    name: 'Encrypted content',
    text: "The frame's data encrypted with AES-256-GCM in this browser, as long as the plaintext (GCM adds no padding). Only its first bytes are shown here.",
  },
  'frame-tag': {
    name: 'Authentication tag',
    text: "AES-GCM's 16-byte tag over the encrypted content, the message ID, the frame's sequence number and its length. Decryption checks it before the frame's data is released.",
  },
};
