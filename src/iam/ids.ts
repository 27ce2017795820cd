/**
 * IAM unique ids and access keys, from the injected randomness. Shapes follow
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-prefixes
 * (AIDA users, AGPA groups, AROA roles, AKIA long-term access keys; 21 and 20 characters).
 */
import { randomAlnum, type Random } from '@/core';

export const newUserId = (random: Random) => `AIDA${randomAlnum(random, 17)}`;
export const newGroupId = (random: Random) => `AGPA${randomAlnum(random, 17)}`;
export const newRoleId = (random: Random) => `AROA${randomAlnum(random, 17)}`;
export const newAccessKeyId = (random: Random) => `AKIA${randomAlnum(random, 16)}`;

const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** 40 characters of base64's alphabet, like real secret access keys. */
export const newSecretAccessKey = (random: Random) => Array.from(random.bytes(40), (b) => SECRET_ALPHABET[b & 63]).join('');
