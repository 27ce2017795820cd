import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyArn, utf8 } from '@/core';
import { shellLab } from '@/cli/testing';

const arn = (keyId: string) => keyArn('us-east-1', keyId);
const message = utf8('Hello, KMS!');

describe('aws kms with signing keys in CloudShell', () => {
  it('CloudShell: aws kms sign and get-public-key print what the CLI prints; base64 --decode gives files that verify', async () => {
    const lab = shellLab();
    const HOME = '/home/cloudshell-user';
    const keyId = (await lab.exec('aws kms create-key --key-spec ECC_NIST_P256 --key-usage SIGN_VERIFY --query KeyMetadata.KeyId --output text')).stdout.trim();
    lab.vfs.writeFile(`${HOME}/msg.txt`, message);
    await lab.exec(`aws kms get-public-key --key-id ${keyId} --output text --query PublicKey | base64 --decode > pub.der`);
    await lab.exec(
      `aws kms sign --key-id ${keyId} --message fileb://msg.txt --signing-algorithm ECDSA_SHA_256 --output text --query Signature | base64 --decode > sig.der`,
    );
    const pub = createPublicKey({ key: Buffer.from(lab.vfs.readFile(`${HOME}/pub.der`)), format: 'der', type: 'spki' });
    expect(nodeVerify('sha256', message, pub, Buffer.from(lab.vfs.readFile(`${HOME}/sig.der`)))).toBe(true);
    await lab
      .run(`aws kms verify --key-id ${keyId} --message fileb://msg.txt --signature fileb://sig.der --signing-algorithm ECDSA_SHA_256`)
      .expectStdout(`{\n    "KeyId": "${arn(keyId)}",\n    "SignatureValid": true,\n    "SigningAlgorithm": "ECDSA_SHA_256"\n}\n`)
      .run(`aws kms verify --key-id ${keyId} --message fileb://pub.der --signature fileb://sig.der --signing-algorithm ECDSA_SHA_256`)
      .expectStderr(/An error occurred \(KMSInvalidSignatureException\) when calling the Verify operation/)
      .expectStatus(254);
  });
});
