/** Member shapes shared by many KMS operations, with the service model's constraints. */
import { blob, bool, int, list, map, str, struct } from '@/core';
import { ENCRYPTION_ALGORITHMS, MAC_ALGORITHMS, SIGNING_ALGORITHMS } from '@/kms/model/key-specs';

export const keyIdShape = str({ min: 1, max: 2048, doc: 'Key ID, key ARN, alias name or alias ARN' });
export const keyIdOrArnShape = str({ min: 1, max: 2048, doc: 'Key ID or key ARN' });
export const encryptionContextShape = map(str(), str(), { doc: 'Name-value pairs bound to the ciphertext as authenticated data' });
export const grantTokensShape = list(str({ min: 1, max: 8192 }), { min: 0, max: 10, doc: 'Grant tokens' });
export const dryRunShape = bool('Checks permissions and parameters without performing the operation');
export const ciphertextShape = blob({ min: 1, max: 6144, doc: 'Ciphertext to decrypt' });
export const plaintextShape = blob({ min: 1, max: 4096, sensitive: true, doc: 'Data to encrypt (1-4096 bytes)' });
export const markerShape = str({ min: 1, max: 1024, pattern: '^[\\u0020-\\u00FF]*$', doc: 'Pagination marker from a previous response' });
export const limitShape = (max: number) => int({ min: 1, max, doc: `Maximum number of items (1-${max})` });
export const symmetricAlgorithmShape = str({
  enum: [...ENCRYPTION_ALGORITHMS],
  doc: 'Encryption algorithm',
});
export const tagShape = struct({ TagKey: str({ min: 1, max: 128 }), TagValue: str({ min: 0, max: 256 }) }, ['TagKey', 'TagValue']);
export const tagsShape = list(tagShape, { doc: 'Tags (TagKey=string,TagValue=string ...)' });
export const messageShape = blob({ min: 1, max: 4096, sensitive: true, doc: 'Message (1-4096 bytes), or its digest with --message-type DIGEST' });
export const messageTypeShape = str({ enum: ['RAW', 'DIGEST', 'EXTERNAL_MU'], doc: 'RAW (default), DIGEST, or EXTERNAL_MU (ML-DSA)' });
export const signingAlgorithmShape = str({
  enum: [...SIGNING_ALGORITHMS],
  doc: 'Signing algorithm (one of the key spec)',
});
export const macAlgorithmShape = str({ enum: [...MAC_ALGORITHMS], doc: 'MAC algorithm of the key spec' });
export const principalShape = (doc: string) => str({ min: 1, max: 256, pattern: '^[\\w+=,.@:/-]+$', doc });
export const servicePrincipalShape = (doc: string) => str({ min: 1, max: 128, pattern: '^([A-Za-z0-9\\-]+)\\.([A-Za-z0-9\\-]+)(\\.[A-Za-z0-9\\-]+)+$', doc });
export const grantIdShape = str({ min: 1, max: 128, doc: 'Grant ID (64 hexadecimal characters)' });
export const grantTokenShape = str({ min: 1, max: 8192, doc: 'Grant token, as CreateGrant returned it' });
