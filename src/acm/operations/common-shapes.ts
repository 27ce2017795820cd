/** Input shapes shared by ACM operations, with the constraints of ACM's service model. */
import { list, str, struct } from '@/core';

export const certificateArnShape = str({
  min: 20,
  max: 2048,
  pattern: 'arn:[\\w+=/,.@-]+:acm:[\\w+=/,.@-]*:[0-9]+:[\\w+=,.@-]+(/[\\w+=,.@-]+)*',
  doc: 'The certificate ARN.',
});
export const caArnShape = str({
  min: 5,
  max: 200,
  pattern: 'arn:[\\w+=/,.@-]+:acm-pca:[\\w+=/,.@-]*:[0-9]+:[\\w+=,.@-]+(/[\\w+=,.@-]+)*',
  doc: 'The private CA ARN.',
});
export const domainNameShape = str({
  min: 1,
  max: 253,
  pattern: '(\\*\\.)?(((?!-)[A-Za-z0-9-]{0,62}[A-Za-z0-9])\\.)+((?!-)[A-Za-z0-9-]{1,62}[A-Za-z0-9])',
  doc: 'A fully qualified domain name, optionally a wildcard (*.example.com).',
});
export const keyAlgorithmShape = str({
  enum: ['RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1'],
  doc: 'The key algorithm.',
});
export const tagShape = struct(
  {
    Key: str({ min: 1, max: 128, pattern: '[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*' }),
    Value: str({ min: 0, max: 256, pattern: '[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]*' }),
  },
  ['Key'],
);
export const tagsShape = list(tagShape, { min: 1, max: 50, doc: 'Tags: Key=...,Value=...' });
