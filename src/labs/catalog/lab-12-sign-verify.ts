/**
 * Lab 12: sign a release with an asymmetric key (ECC_NIST_P256, SIGN_VERIFY), verify it in KMS,
 * download the public key and verify the same signature outside KMS with OpenSSL, then see a
 * changed message fail verification.
 */
import type { Cloud } from '@/cloud';
import { events, indexOf, lastEvent, type KmsKeyRecord } from '@/labs/inspect';
import { notYet, ok, type CheckExtras, type Lab } from '@/labs/types';
import { lastFailure, requireAlias } from './common';

const ALIAS = 'alias/mySigningKey';
export const SIGN_COMMAND =
  'aws kms sign --key-id alias/mySigningKey --message fileb://release.txt --message-type RAW --signing-algorithm ECDSA_SHA_256 --output text --query Signature | base64 --decode > release.sig';
export const VERIFY_COMMAND =
  'aws kms verify --key-id alias/mySigningKey --message fileb://release.txt --message-type RAW --signing-algorithm ECDSA_SHA_256 --signature fileb://release.sig';
export const PUBLIC_KEY_COMMAND = 'aws kms get-public-key --key-id alias/mySigningKey --output text --query PublicKey | base64 --decode > mySigningKey.der';
/** What the learner runs on a machine with OpenSSL (the lab's CloudShell has none); lab-12-sign-verify.test.ts runs this very line. */
export const OPENSSL_VERIFY = 'openssl dgst -sha256 -verify mySigningKey.der -keyform DER -signature release.sig release.txt';
const TAMPER = 'echo "Approved by: mallory" >> release.txt';

/** The key the alias names, when it is a P-256 signing key; otherwise what is wrong, in words. */
function signingKey(cloud: Cloud): { key: KmsKeyRecord } | { fail: ReturnType<typeof notYet> } {
  const found = requireAlias(cloud, ALIAS);
  if ('fail' in found) return found;
  const { key } = found;
  if (key.keySpec === 'ECC_NIST_P256' && key.keyUsage === 'SIGN_VERIFY') return { key };
  if (key.keySpec === 'SYMMETRIC_DEFAULT')
    return {
      fail: notYet(
        `${ALIAS} points to a symmetric encryption key (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT): it cannot sign. A key's spec and usage are fixed when it is created, so create a new key (Asymmetric, Sign and verify, ECC_NIST_P256) and give it the alias: delete alias/mySigningKey and create it on the new key (update-alias only moves an alias between keys of the same type and usage).`,
      ),
    };
  if (key.keySpec.startsWith('RSA_') && key.keyUsage === 'ENCRYPT_DECRYPT')
    return {
      fail: notYet(
        `${ALIAS} points to an RSA key created for ENCRYPT_DECRYPT. An RSA key either encrypts and decrypts or signs and verifies, never both, and its usage cannot change: create a new key with key usage Sign and verify (this lab uses ECC_NIST_P256), delete the alias and create it on the new key.`,
      ),
    };
  return {
    fail: notYet(
      `${ALIAS} points to a ${key.keySpec} key with usage ${key.keyUsage}. This lab's commands use ECDSA_SHA_256, so they need key spec ECC_NIST_P256 with usage SIGN_VERIFY: create that key and point the alias to it.`,
    ),
  };
}

/** What is wrong with release.sig when it holds the CLI's base64 text rather than the signature's bytes. */
function signatureFileProblem(extras: CheckExtras | undefined): string | undefined {
  const bytes = extras?.readFile?.('release.sig');
  if (!bytes?.length || bytes[0] === 0x30) return undefined;
  const text = new TextDecoder().decode(bytes);
  if (/^\s*\{/.test(text))
    return "release.sig holds the CLI's JSON answer: keep only the signature with --output text --query Signature | base64 --decode > release.sig.";
  if (/^[A-Za-z0-9+/=\s]+$/.test(text))
    return "release.sig holds base64 text (the way the CLI prints a signature), not the signature's bytes: end the command with | base64 --decode > release.sig. KMS and OpenSSL both verify the raw DER bytes.";
  return undefined;
}

const firstSign = (cloud: Cloud, key: KmsKeyRecord) => events(cloud, { name: 'Sign', keyArn: key.arn, outcome: 'ok' })[0];

export const lab12: Lab = {
  id: 'sign-verify',
  number: 12,
  title: 'Sign and verify with an asymmetric key, in KMS and with OpenSSL',
  module: 'kms-api-calls',
  goal: 'Create an elliptic-curve signing key (alias mySigningKey), sign release.txt, verify the signature in KMS, download the public key to verify it outside KMS with OpenSSL, and see a changed message fail verification.',
  startsWith: "A fresh account. CloudShell's home holds release.txt, the text to sign.",
  files: { 'release.txt': 'KMS Lab release 1.0: checksum 9f86d081884c7d65\n' },
  steps: [
    {
      id: 'create-signing-key',
      title: 'Create an asymmetric signing key',
      instructions: [
        'Create key > Key type: Asymmetric > Key usage: Sign and verify > Key spec: ECC_NIST_P256; alias mySigningKey; you as key administrator and user. Or in CloudShell:',
        'aws kms create-key --key-spec ECC_NIST_P256 --key-usage SIGN_VERIFY --description "Signs releases"',
        'aws kms create-alias --alias-name alias/mySigningKey --target-key-id <KeyId from the answer above>',
        'KMS keeps the private key; anyone you allow may download the public key. The key spec and usage are chosen now and never change: an RSA key, too, either signs or encrypts, never both.',
      ],
      hints: [
        'Signing needs an asymmetric key whose key usage is Sign and verify, not the default symmetric key.',
        'Key Management Service > Customer managed keys > Create key > Configure key.',
        'Asymmetric, Sign and verify, ECC_NIST_P256; alias mySigningKey; finish the wizard.',
      ],
      async check(cloud) {
        const found = signingKey(cloud);
        if ('fail' in found) return found.fail;
        return ok(`Key ${found.key.keyId} is an ECC_NIST_P256 key for SIGN_VERIFY; its private key never leaves KMS.`);
      },
      solution: [
        {
          say: 'Create key > Asymmetric > Sign and verify > ECC_NIST_P256 > alias mySigningKey',
          run: async (d) => {
            const { KeyMetadata } = await d.call('kms', 'CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY', Description: 'Signs releases' });
            await d.call('kms', 'CreateAlias', { AliasName: ALIAS, TargetKeyId: KeyMetadata.KeyId });
          },
        },
      ],
    },
    {
      id: 'sign',
      title: 'Sign release.txt',
      instructions: [
        SIGN_COMMAND,
        'KMS hashes the message with SHA-256 and signs the hash with the private key (ECDSA). The CLI prints the signature in base64; base64 --decode keeps its DER bytes in release.sig. There is no encryption context here: only symmetric encryption keys take one, so anything a signature must cover goes inside the message.',
      ],
      hints: [
        'Sign takes the key, the message, the message type and a signing algorithm the key supports.',
        'CloudShell, in the home directory that holds release.txt.',
        SIGN_COMMAND,
      ],
      async check(cloud, extras) {
        const found = signingKey(cloud);
        if ('fail' in found) return found.fail;
        if (!firstSign(cloud, found.key)) return notYet(`No successful Sign with ${ALIAS} yet.${lastFailure(cloud, 'Sign', found.key.arn)}`);
        const problem = signatureFileProblem(extras);
        if (problem) return notYet(problem);
        return ok('KMS signed release.txt; the signature is in release.sig.');
      },
      solution: [{ cli: SIGN_COMMAND }],
    },
    {
      id: 'verify',
      title: 'Verify the signature in KMS',
      instructions: [
        VERIFY_COMMAND,
        'KMS answers SignatureValid: true. Verify needs the key: a signature carries no reference to the key that made it. The call is recorded in CloudTrail like any other.',
      ],
      hints: [
        'Verify takes the same key, message, message type and algorithm as Sign, plus the signature.',
        'CloudShell; fileb:// sends the bytes of release.sig.',
        VERIFY_COMMAND,
      ],
      async check(cloud) {
        const found = signingKey(cloud);
        if ('fail' in found) return found.fail;
        const signed = firstSign(cloud, found.key);
        if (!signed) return notYet('Sign release.txt first (previous step).');
        if (!lastEvent(cloud, { name: 'Verify', keyArn: found.key.arn, outcome: 'ok', afterIndex: indexOf(cloud, signed) }))
          return notYet(`No successful Verify with ${ALIAS} since you signed.${lastFailure(cloud, 'Verify', found.key.arn)}`);
        return ok('KMS verified the signature: SignatureValid is true.');
      },
      solution: [{ cli: VERIFY_COMMAND }],
    },
    {
      id: 'public-key',
      title: 'Download the public key and verify with OpenSSL',
      instructions: [
        PUBLIC_KEY_COMMAND,
        "Then, on any machine with OpenSSL, with mySigningKey.der, release.sig and release.txt (CloudShell's Actions menu > Download file saves each one):",
        OPENSSL_VERIFY,
        'OpenSSL prints "Verified OK". (CloudShell in KMS Lab has no openssl command: run this line on your own machine.)',
        'Verifying outside KMS costs no KMS request and works offline, but leaves no CloudTrail record, and it is only as trustworthy as the way the verifier got the public key.',
      ],
      hints: [
        'GetPublicKey returns the public key as DER (SubjectPublicKeyInfo), in base64 in the CLI.',
        'CloudShell; or the key page > Public key tab > Download.',
        PUBLIC_KEY_COMMAND,
      ],
      async check(cloud, extras) {
        const found = signingKey(cloud);
        if ('fail' in found) return found.fail;
        if (!lastEvent(cloud, { name: 'GetPublicKey', keyArn: found.key.arn, outcome: 'ok' }))
          return notYet(`No successful GetPublicKey for ${ALIAS} yet: download the public key.`);
        const der = extras?.readFile?.('mySigningKey.der');
        if (der?.length && der[0] !== 0x30)
          return notYet("mySigningKey.der holds base64 text, not the key's DER bytes: end the command with | base64 --decode > mySigningKey.der.");
        return ok('You hold the public key: anyone with it can verify your signatures without calling KMS.');
      },
      solution: [{ cli: PUBLIC_KEY_COMMAND }],
    },
    {
      id: 'tamper',
      title: 'Change the message and verify again',
      instructions: [
        TAMPER,
        VERIFY_COMMAND,
        'KMS refuses with KMSInvalidSignatureException: the signature no longer matches the message. (OpenSSL prints "Verification failure".)',
      ],
      hints: [
        'A signature covers every byte of the message.',
        'CloudShell: append a line to release.txt, then run the same verify command.',
        `${TAMPER}, then ${VERIFY_COMMAND}`,
      ],
      async check(cloud) {
        const found = signingKey(cloud);
        if ('fail' in found) return found.fail;
        const signed = firstSign(cloud, found.key);
        if (!signed) return notYet('Sign release.txt first.');
        if (!lastEvent(cloud, { name: 'Verify', keyArn: found.key.arn, outcome: 'KMSInvalidSignatureException', afterIndex: indexOf(cloud, signed) }))
          return notYet('No Verify refused with KMSInvalidSignatureException yet: change release.txt, then verify the old signature against it.');
        return ok('A changed message fails verification: the signature proves integrity and origin.');
      },
      solution: [{ cli: TAMPER }, { cli: `${VERIFY_COMMAND} || true` }],
    },
  ],
  completion:
    'Asymmetric signing keys sign inside KMS (Sign) and verify inside KMS (Verify, recorded in CloudTrail) or outside it with the public key (OpenSSL, no request, no record). Key spec and usage are fixed at creation; RSA keys either encrypt or sign; NIST curve keys sign or agree on secrets; ML-DSA keys give post-quantum signatures. Exam tip: a failed Verify is an error (KMSInvalidSignatureException), not SignatureValid false.',
  wrongAttempts: [
    {
      say: 'Create the default symmetric key and name it alias/mySigningKey',
      run: async (d) => {
        const { KeyMetadata } = await d.call('kms', 'CreateKey', {});
        await d.call('kms', 'CreateAlias', { AliasName: ALIAS, TargetKeyId: KeyMetadata.KeyId });
      },
      failingStep: 'create-signing-key',
      expect: /symmetric encryption key .* cannot sign/,
    },
    {
      say: 'Create an RSA key for encryption and name it alias/mySigningKey',
      run: async (d) => {
        const { KeyMetadata } = await d.call('kms', 'CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
        await d.call('kms', 'CreateAlias', { AliasName: ALIAS, TargetKeyId: KeyMetadata.KeyId });
      },
      failingStep: 'create-signing-key',
      expect: /either encrypts and decrypts or signs and verifies, never both/,
    },
    {
      say: 'Sign, but keep the base64 text the CLI prints in release.sig',
      cli: [
        'aws kms sign --key-id alias/mySigningKey --message fileb://release.txt --message-type RAW --signing-algorithm ECDSA_SHA_256 --output text --query Signature > release.sig',
      ],
      failingStep: 'sign',
      expect: /release\.sig holds base64 text/,
    },
  ],
};
