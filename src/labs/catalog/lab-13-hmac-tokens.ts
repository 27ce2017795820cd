/**
 * Lab 13: an HMAC key for tokens: create an HMAC_256 key (GENERATE_VERIFY_MAC), compute the MAC of
 * a session token with GenerateMac, check it with VerifyMac, then see a forged token refused.
 */
import type { Cloud } from '@/cloud';
import { events, indexOf, lastEvent, type KmsKeyRecord } from '@/labs/inspect';
import { notYet, ok, type CheckExtras, type CheckResult, type Lab } from '@/labs/types';
import { lastFailure, requireAlias } from './common';

const ALIAS = 'alias/myTokenKey';
const TOKEN = 'user=alice;role=reader;expires=2026-01-01T01:00:00Z';
const FORGED = 'user=alice;role=admin;expires=2026-01-01T01:00:00Z';
export const GENERATE_MAC =
  'aws kms generate-mac --key-id alias/myTokenKey --message fileb://token.txt --mac-algorithm HMAC_SHA_256 --output text --query Mac | base64 --decode > token.mac';
export const VERIFY_MAC = 'aws kms verify-mac --key-id alias/myTokenKey --message fileb://token.txt --mac-algorithm HMAC_SHA_256 --mac fileb://token.mac';
const FORGE = `echo "${FORGED}" > token.txt`;

/** The key the alias names, when it is an HMAC_256 key; otherwise what is wrong, in words. */
function macKey(cloud: Cloud): { key: KmsKeyRecord } | { fail: CheckResult } {
  const found = requireAlias(cloud, ALIAS);
  if ('fail' in found) return found;
  const { key } = found;
  if (key.keySpec === 'HMAC_256') return { key };
  if (key.keyUsage === 'GENERATE_VERIFY_MAC')
    return {
      fail: notYet(
        `${ALIAS} points to a ${key.keySpec} key: it computes MACs with ${key.keySpec.replace('HMAC_', 'HMAC_SHA_')} only, and this lab's commands use HMAC_SHA_256. Create an HMAC_256 key and point the alias to it.`,
      ),
    };
  return {
    fail: notYet(
      `${ALIAS} points to a ${key.keySpec} key with usage ${key.keyUsage}: it cannot compute MACs. Only HMAC keys (key usage GENERATE_VERIFY_MAC) do, and a key's spec and usage never change: create an HMAC key (HMAC_256), delete the alias and create it on the new key (update-alias only moves an alias between keys of the same type and usage).`,
    ),
  };
}

/** What is wrong with token.mac when it is not the 32 bytes of an HMAC-SHA-256. */
function macFileProblem(extras: CheckExtras | undefined): string | undefined {
  const bytes = extras?.readFile?.('token.mac');
  if (!bytes?.length || bytes.length === 32) return undefined;
  const text = new TextDecoder().decode(bytes);
  if (/^[A-Za-z0-9+/=\s]+$/.test(text))
    return "token.mac holds base64 text (the way the CLI prints a MAC), not the MAC's 32 bytes: end the command with | base64 --decode > token.mac.";
  return `token.mac holds ${bytes.length} bytes; an HMAC-SHA-256 is 32. Keep only the Mac: --output text --query Mac | base64 --decode > token.mac.`;
}

const firstMac = (cloud: Cloud, key: KmsKeyRecord) => events(cloud, { name: 'GenerateMac', keyArn: key.arn, outcome: 'ok' })[0];

export const lab13: Lab = {
  id: 'hmac-tokens',
  number: 13,
  title: 'An HMAC key for tokens',
  module: 'kms-api-calls',
  goal: 'Create an HMAC key (alias myTokenKey), compute the MAC of a session token with GenerateMac, check it with VerifyMac, and see a forged token refused.',
  startsWith: "A fresh account. CloudShell's home holds token.txt, a session token to protect.",
  files: { 'token.txt': `${TOKEN}\n` },
  steps: [
    {
      id: 'create-hmac-key',
      title: 'Create an HMAC key',
      instructions: [
        'Create key > Key type: HMAC > Key spec: HMAC_256; alias myTokenKey; you as key administrator and user. Or in CloudShell:',
        'aws kms create-key --key-spec HMAC_256 --key-usage GENERATE_VERIFY_MAC --description "Signs session tokens"',
        'aws kms create-alias --alias-name alias/myTokenKey --target-key-id <KeyId from the answer above>',
        'The secret key stays inside KMS: only callers allowed to use the key can compute or check a MAC. An HMAC key never does anything else (no encryption, no signatures) and never rotates.',
      ],
      hints: [
        'MACs need an HMAC key, whose key usage is Generate and verify MAC.',
        'Key Management Service > Customer managed keys > Create key > Configure key.',
        'Key type HMAC, key spec HMAC_256; alias myTokenKey; finish the wizard.',
      ],
      async check(cloud) {
        const found = macKey(cloud);
        if ('fail' in found) return found.fail;
        return ok(`Key ${found.key.keyId} is an HMAC_256 key for GENERATE_VERIFY_MAC.`);
      },
      solution: [
        {
          say: 'Create key > HMAC > HMAC_256 > alias myTokenKey',
          run: async (d) => {
            const { KeyMetadata } = await d.call('kms', 'CreateKey', {
              KeySpec: 'HMAC_256',
              KeyUsage: 'GENERATE_VERIFY_MAC',
              Description: 'Signs session tokens',
            });
            await d.call('kms', 'CreateAlias', { AliasName: ALIAS, TargetKeyId: KeyMetadata.KeyId });
          },
        },
      ],
    },
    {
      id: 'generate-mac',
      title: 'Compute the MAC of the token',
      instructions: [
        GENERATE_MAC,
        'KMS computes HMAC-SHA-256 over the bytes of token.txt with the secret key (RFC 2104). Your service would hand out the token with its MAC. The token carries its own expiry: a MAC has no time in it, so put one in the message. GenerateMac takes no encryption context.',
      ],
      hints: [
        'GenerateMac takes the key, the message and the MAC algorithm of the key spec.',
        'CloudShell, in the home directory that holds token.txt.',
        GENERATE_MAC,
      ],
      async check(cloud, extras) {
        const found = macKey(cloud);
        if ('fail' in found) return found.fail;
        if (!firstMac(cloud, found.key)) {
          const failed = lastEvent(cloud, { name: 'GenerateMac', keyArn: found.key.arn, outcome: 'InvalidKeyUsageException' });
          return notYet(
            `No successful GenerateMac with ${ALIAS} yet.${lastFailure(cloud, 'GenerateMac', found.key.arn)}${failed ? ' Each HMAC key spec has exactly one algorithm: HMAC_256 keys use HMAC_SHA_256.' : ''}`,
          );
        }
        const problem = macFileProblem(extras);
        if (problem) return notYet(problem);
        return ok('KMS computed the MAC of token.txt; it is in token.mac.');
      },
      solution: [{ cli: GENERATE_MAC }],
    },
    {
      id: 'verify-mac',
      title: 'Check the token',
      instructions: [VERIFY_MAC, 'KMS computes the MAC again and compares: MacValid is true. This is what your service does when a token comes back.'],
      hints: ['VerifyMac takes the same key, message and algorithm, plus the MAC.', 'CloudShell; fileb:// sends the bytes of token.mac.', VERIFY_MAC],
      async check(cloud) {
        const found = macKey(cloud);
        if ('fail' in found) return found.fail;
        const made = firstMac(cloud, found.key);
        if (!made) return notYet('Compute the MAC first (previous step).');
        if (!lastEvent(cloud, { name: 'VerifyMac', keyArn: found.key.arn, outcome: 'ok', afterIndex: indexOf(cloud, made) }))
          return notYet(`No successful VerifyMac with ${ALIAS} since you computed the MAC.${lastFailure(cloud, 'VerifyMac', found.key.arn)}`);
        return ok('KMS confirmed the MAC: the token is the one your service issued.');
      },
      solution: [{ cli: VERIFY_MAC }],
    },
    {
      id: 'forged',
      title: 'Forge the token and check it again',
      instructions: [
        'Someone edits their token to claim the admin role but keeps the old MAC:',
        FORGE,
        VERIFY_MAC,
        'KMS refuses with KMSInvalidMacException: without the key, which never leaves KMS, nobody can compute the MAC of the changed token.',
      ],
      hints: [
        'A MAC covers every byte of the message.',
        'CloudShell: overwrite token.txt, then run the same verify-mac command.',
        `${FORGE}, then ${VERIFY_MAC}`,
      ],
      async check(cloud) {
        const found = macKey(cloud);
        if ('fail' in found) return found.fail;
        const made = firstMac(cloud, found.key);
        if (!made) return notYet('Compute the MAC first.');
        if (!lastEvent(cloud, { name: 'VerifyMac', keyArn: found.key.arn, outcome: 'KMSInvalidMacException', afterIndex: indexOf(cloud, made) }))
          return notYet('No VerifyMac refused with KMSInvalidMacException yet: change token.txt, then check the old MAC against it.');
        return ok('The forged token fails: KMSInvalidMacException.');
      },
      solution: [{ cli: FORGE }, { cli: `${VERIFY_MAC} || true` }],
    },
  ],
  completion:
    "HMAC keys (HMAC_224, HMAC_256, HMAC_384, HMAC_512) compute and check MACs inside KMS; the secret never leaves it, so only principals allowed kms:GenerateMac or kms:VerifyMac can issue or check tokens, and every call is in CloudTrail. Unlike a signature, a MAC cannot be checked outside KMS without the secret. Exam tip: a key's spec and usage are fixed at creation, and a failed check is an error (KMSInvalidMacException), not MacValid false.",
  wrongAttempts: [
    {
      say: 'Create the default symmetric key and name it alias/myTokenKey',
      run: async (d) => {
        const { KeyMetadata } = await d.call('kms', 'CreateKey', {});
        await d.call('kms', 'CreateAlias', { AliasName: ALIAS, TargetKeyId: KeyMetadata.KeyId });
      },
      failingStep: 'create-hmac-key',
      expect: /usage ENCRYPT_DECRYPT: it cannot compute MACs/,
    },
    {
      say: 'Compute the MAC with HMAC_SHA_512 on the HMAC_256 key',
      cli: [
        'aws kms generate-mac --key-id alias/myTokenKey --message fileb://token.txt --mac-algorithm HMAC_SHA_512 --output text --query Mac | base64 --decode > token.mac',
      ],
      failingStep: 'generate-mac',
      expect: /InvalidKeyUsageException.*HMAC_256 keys use HMAC_SHA_256/,
    },
    {
      say: 'Compute the MAC but keep the base64 text the CLI prints in token.mac',
      cli: ['aws kms generate-mac --key-id alias/myTokenKey --message fileb://token.txt --mac-algorithm HMAC_SHA_256 --output text --query Mac > token.mac'],
      failingStep: 'generate-mac',
      expect: /token\.mac holds base64 text/,
    },
  ],
};
