/**
 * The real AWS CLI v2 against the lab's endpoint, running the course's own command block.
 * Always /usr/bin/aws (Debian's awscli 2.9.19): a plain `aws` on PATH may be CLI v1, which
 * sends literal blobs as raw bytes instead of base64 (docs/aws-behaviour.md, "Tools and platform notes").
 * Each `aws` is a run of /usr/bin/aws in a process of its own (./testing/real-aws: Python's imports
 * once for the file). Without /usr/bin/aws the test is skipped locally and fails in CI (`apt-get install -y awscli`).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloud, type Cloud } from '@/cloud/create-cloud';
import { ADMIN_CREDENTIALS } from '@/cloud/protocol/testing';
import { startEndpoint, type Endpoint } from './server';
import { AWS, hasAws, startRealAws, type RealAws } from './testing/real-aws';
import { opensslRsaAesKeyWrap } from '@/core/testing/openssl-key-wrap';

const SECRET = 'My credit card number is 4111 1111 1111 1111\n';

if (!hasAws && !process.env.CI) {
  console.warn(`Skipping the real AWS CLI test: ${AWS} is missing. Install AWS CLI v2 with: apt-get install -y awscli`);
}

describe('the real AWS CLI is installed', () => {
  it.runIf(!!process.env.CI)(`${AWS} exists (CI must install it: apt-get install -y awscli)`, () => {
    expect(hasAws).toBe(true);
  });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe.runIf(hasAws)('course commands with the real AWS CLI v2', { timeout: 60_000 }, () => {
  let cloud: Cloud;
  let endpoint: Endpoint;
  let dir: string;
  let key = '';
  let aws: RealAws;
  let env: Record<string, string>;

  /** Runs a command line in bash, in the temp dir, where `aws` is /usr/bin/aws pointed at the endpoint. */
  const sh = (line: string): Promise<Run> =>
    new Promise((resolve) => {
      const script = `${aws.shellFunction('--endpoint-url', endpoint.url)}\nKEY=${key}\n${line}`;
      execFile('bash', ['-c', script], { cwd: dir, env, encoding: 'utf8' }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      });
    });
  const ok = async (line: string) => {
    const r = await sh(line);
    expect(r.stderr, line).toBe('');
    expect(r.code, line).toBe(0);
    return r.stdout;
  };
  const file = (name: string) => readFile(join(dir, name));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kmslab-cli-'));
    await writeFile(join(dir, 'secret.txt'), SECRET);
    await writeFile(join(dir, 'empty-config'), '');
    await writeFile(join(dir, 'empty-credentials'), '');
    cloud = createCloud();
    endpoint = await startEndpoint({ cloud, port: 0, host: '127.0.0.1' });
    env = {
      PATH: '/usr/bin:/bin',
      HOME: dir,
      LANG: 'C.UTF-8',
      AWS_ACCESS_KEY_ID: ADMIN_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: ADMIN_CREDENTIALS.secretAccessKey,
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_PAGER: '',
      AWS_CONFIG_FILE: join(dir, 'empty-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'empty-credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    aws = await startRealAws(env);
    key = (await ok('aws kms create-key --description "course key" --query KeyMetadata.KeyId --output text')).trim();
    await ok(`aws kms create-alias --alias-name alias/myCMK --target-key-id ${key}`);
  }, 60_000);

  afterAll(async () => {
    await aws?.close();
    await endpoint?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('encrypts a file and decrypts it back to the same bytes', async () => {
    await ok('aws kms encrypt --key-id $KEY --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > encryptedsecret.txt');
    const blob = await file('encryptedsecret.txt');
    expect(blob.length).toBeGreaterThan(SECRET.length);
    await ok('aws kms decrypt --ciphertext-blob fileb://encryptedsecret.txt --output text --query Plaintext | base64 --decode > decryptedsecret.txt');
    expect((await file('decryptedsecret.txt')).equals(await file('secret.txt'))).toBe(true);
  });

  it('encrypts under the alias too', async () => {
    const out = JSON.parse(await ok('aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt'));
    expect(out.KeyId).toBe(`arn:aws:kms:us-east-1:111122223333:key/${key}`);
    expect(out.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT');
  });

  it('re-encrypts the ciphertext (the JSON answer, base64-encoded into a file)', async () => {
    await ok('aws kms encrypt --key-id $KEY --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > encryptedsecret.txt');
    await ok('aws kms re-encrypt --destination-key-id $KEY --ciphertext-blob fileb://encryptedsecret.txt | base64 > newencryption.txt');
    const answer = JSON.parse(Buffer.from((await file('newencryption.txt')).toString(), 'base64').toString());
    const arn = `arn:aws:kms:us-east-1:111122223333:key/${key}`;
    expect(answer).toMatchObject({
      SourceKeyId: arn,
      KeyId: arn,
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    });
    // The new ciphertext decrypts to the secret.
    const plain = await ok(`aws kms decrypt --ciphertext-blob ${answer.CiphertextBlob} --output text --query Plaintext | base64 --decode`);
    expect(plain).toBe(SECRET);
  });

  it('enables rotation and shows it', async () => {
    expect(await ok('aws kms enable-key-rotation --key-id $KEY')).toBe('');
    const out = await ok('aws kms get-key-rotation-status --key-id $KEY');
    expect(JSON.parse(out).KeyRotationEnabled).toBe(true);
    expect(out).toContain('"KeyRotationEnabled": true');
  });

  it('generates a 256-bit data key', async () => {
    const out = JSON.parse(await ok('aws kms generate-data-key --key-id $KEY --key-spec AES_256'));
    expect(Buffer.from(out.Plaintext, 'base64')).toHaveLength(32);
    expect(Buffer.from(out.CiphertextBlob, 'base64').length).toBeGreaterThan(32);
    expect(out.KeyId).toBe(`arn:aws:kms:us-east-1:111122223333:key/${key}`);
  });

  it('an unknown alias: NotFoundException, exit 254', async () => {
    const r = await sh('aws kms encrypt --key-id alias/nope --plaintext fileb://secret.txt');
    expect(r).toEqual({
      code: 254,
      stdout: '',
      stderr: '\nAn error occurred (NotFoundException) when calling the Encrypt operation: Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found.\n',
    });
  });

  it('a disabled key: DisabledException, exit 254', async () => {
    const other = (await ok('aws kms create-key --query KeyMetadata.KeyId --output text')).trim();
    await ok(`aws kms disable-key --key-id ${other}`);
    const r = await sh(`aws kms encrypt --key-id ${other} --plaintext fileb://secret.txt`);
    expect(r).toEqual({
      code: 254,
      stdout: '',
      stderr: `\nAn error occurred (DisabledException) when calling the Encrypt operation: arn:aws:kms:us-east-1:111122223333:key/${other} is disabled.\n`,
    });
  });

  it('a 4097-byte plaintext: ValidationException, exit 254', async () => {
    await writeFile(join(dir, 'big.bin'), Buffer.alloc(4097, 7));
    const r = await sh('aws kms encrypt --key-id $KEY --plaintext fileb://big.bin');
    expect(r).toEqual({
      code: 254,
      stdout: '',
      stderr:
        "\nAn error occurred (ValidationException) when calling the Encrypt operation: 1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096\n",
    });
  });

  it('a tampered ciphertext: InvalidCiphertextException, exit 254', async () => {
    await ok('aws kms encrypt --key-id $KEY --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > encryptedsecret.txt');
    const blob = await file('encryptedsecret.txt');
    blob[blob.length - 5]! ^= 0x01;
    await writeFile(join(dir, 'tampered.txt'), blob);
    const r = await sh('aws kms decrypt --ciphertext-blob fileb://tampered.txt');
    expect(r).toEqual({ code: 254, stdout: '', stderr: '\nAn error occurred (InvalidCiphertextException) when calling the Decrypt operation: \n' });
  });

  it('a literal plaintext that is not base64: refused by the CLI itself, exit 255', async () => {
    const requests = cloud.state.trail.length;
    const r = await sh('aws kms encrypt --key-id $KEY --plaintext "hello world"');
    expect(r).toEqual({ code: 255, stdout: '', stderr: '\nInvalid base64: "hello world"\n' });
    expect(cloud.state.trail.length).toBe(requests); // nothing reached the endpoint
  });

  it('asymmetric and HMAC keys: sign, get-public-key and OpenSSL, verify, generate-mac, verify-mac, data key pairs', async () => {
    const signer = (await ok('aws kms create-key --key-spec ECC_NIST_P256 --key-usage SIGN_VERIFY --query KeyMetadata.KeyId --output text')).trim();
    // The KMS guide's offline verification: the public key as DER, the signature as DER, openssl dgst.
    await ok(`aws kms get-public-key --key-id ${signer} --output text --query PublicKey | base64 --decode > pub.der`);
    await ok(
      `aws kms sign --key-id ${signer} --message fileb://secret.txt --signing-algorithm ECDSA_SHA_256 --output text --query Signature | base64 --decode > sig.der`,
    );
    expect(await ok('openssl dgst -sha256 -verify pub.der -keyform DER -signature sig.der secret.txt')).toBe('Verified OK\n');
    const verified = JSON.parse(
      await ok(`aws kms verify --key-id ${signer} --message fileb://secret.txt --signature fileb://sig.der --signing-algorithm ECDSA_SHA_256`),
    );
    expect(verified).toMatchObject({ SignatureValid: true, SigningAlgorithm: 'ECDSA_SHA_256' });
    const bad = await sh(`aws kms verify --key-id ${signer} --message fileb://pub.der --signature fileb://sig.der --signing-algorithm ECDSA_SHA_256`);
    expect(bad).toEqual({ code: 254, stdout: '', stderr: '\nAn error occurred (KMSInvalidSignatureException) when calling the Verify operation: \n' });

    const mac = (await ok('aws kms create-key --key-spec HMAC_256 --key-usage GENERATE_VERIFY_MAC --query KeyMetadata.KeyId --output text')).trim();
    await ok(
      `aws kms generate-mac --key-id ${mac} --message fileb://secret.txt --mac-algorithm HMAC_SHA_256 --output text --query Mac | base64 --decode > mac.bin`,
    );
    expect((await file('mac.bin')).length).toBe(32);
    const macOk = JSON.parse(await ok(`aws kms verify-mac --key-id ${mac} --message fileb://secret.txt --mac fileb://mac.bin --mac-algorithm HMAC_SHA_256`));
    expect(macOk.MacValid).toBe(true);

    const pair = JSON.parse(await ok('aws kms generate-data-key-pair --key-id $KEY --key-pair-spec ECC_NIST_P384'));
    expect(Object.keys(pair)).toEqual(['PrivateKeyCiphertextBlob', 'PrivateKeyPlaintext', 'PublicKey', 'KeyId', 'KeyPairSpec']);
    expect(pair.KeyPairSpec).toBe('ECC_NIST_P384');
    const sealed = JSON.parse(await ok('aws kms generate-data-key-pair-without-plaintext --key-id $KEY --key-pair-spec RSA_2048'));
    expect(Object.keys(sealed)).toEqual(['PrivateKeyCiphertextBlob', 'PublicKey', 'KeyId', 'KeyPairSpec']);
  });

  it('an RSA encryption key: OpenSSL encrypts with the public key from get-public-key, KMS decrypts', async () => {
    const rsa = (await ok('aws kms create-key --key-spec RSA_2048 --key-usage ENCRYPT_DECRYPT --query KeyMetadata.KeyId --output text')).trim();
    await ok(`aws kms get-public-key --key-id ${rsa} --output text --query PublicKey | base64 --decode > rsa-pub.der`);
    await ok(
      'openssl pkeyutl -encrypt -pubin -inkey rsa-pub.der -keyform DER -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256 -in secret.txt -out secret.rsa',
    );
    expect(
      await ok(
        `aws kms decrypt --key-id ${rsa} --encryption-algorithm RSAES_OAEP_SHA_256 --ciphertext-blob fileb://secret.rsa --output text --query Plaintext | base64 --decode`,
      ),
    ).toBe(SECRET);
  });

  it.each([
    ['RSA_2048', 'RSA_AES_KEY_WRAP_SHA_256', 'RSA -pkeyopt rsa_keygen_bits:2048', 'sha256', 'RSASSA_PKCS1_V1_5_SHA_256'],
    ['ECC_NIST_P256', 'RSA_AES_KEY_WRAP_SHA_1', 'EC -pkeyopt ec_paramgen_curve:P-256', 'sha1', 'ECDSA_SHA_256'],
  ])(
    'bring your own %s private key as the KMS guide shows: openssl, get-parameters-for-import with %s, import-key-material',
    async (spec, wrapping, genpkey, md, signing) => {
      const usage = 'SIGN_VERIFY';
      // Step 1: a KMS key with no key material; the private key as DER PKCS#8.
      const id = (await ok(`aws kms create-key --origin EXTERNAL --key-spec ${spec} --key-usage ${usage} --query KeyMetadata.KeyId --output text`)).trim();
      await ok(
        `openssl genpkey -quiet -algorithm ${genpkey} -out private.pem && openssl pkcs8 -topk8 -inform PEM -outform DER -in private.pem -out PrivateKey.der -nocrypt`,
      );
      // Step 2: the wrapping public key and import token, base64-decoded into files.
      await ok(
        `read TOKEN PUB < <(aws kms get-parameters-for-import --key-id ${id} --wrapping-algorithm ${wrapping} --wrapping-key-spec RSA_2048 ` +
          `--query '[ImportToken,PublicKey]' --output text) && echo "$TOKEN" | base64 --decode > ImportToken.bin && echo "$PUB" | base64 --decode > WrappingPublicKey.bin`,
      );
      // Step 3: an AES key wraps the private key (RFC 5649), the wrapping public key wraps the AES key.
      await ok(opensslRsaAesKeyWrap(md).join(' && '));
      // Step 4: import; the key is usable and KMS serves the public key of our private key.
      // (This CLI's model predates ImportKeyMaterial's KeyMaterialId: it prints nothing.)
      await ok(
        `aws kms import-key-material --key-id ${id} --encrypted-key-material fileb://EncryptedKeyMaterial.bin --import-token fileb://ImportToken.bin --expiration-model KEY_MATERIAL_DOES_NOT_EXPIRE`,
      );
      expect((await ok(`aws kms describe-key --key-id ${id} --query KeyMetadata.KeyState --output text`)).trim()).toBe('Enabled');
      await ok(`aws kms get-public-key --key-id ${id} --output text --query PublicKey | base64 --decode > kms-pub.der`);
      await ok('openssl pkey -in PrivateKey.der -inform DER -pubout -outform DER -out our-pub.der');
      expect((await file('kms-pub.der')).equals(await file('our-pub.der'))).toBe(true);
      // KMS signs with our key: OpenSSL verifies with the public key it derives from the private key.
      await ok(
        `aws kms sign --key-id ${id} --message fileb://secret.txt --signing-algorithm ${signing} --output text --query Signature | base64 --decode > sig.bin`,
      );
      expect(await ok('openssl dgst -sha256 -verify our-pub.der -keyform DER -signature sig.bin secret.txt')).toBe('Verified OK\n');
    },
  );

  it('the trail shows the CLI, lab-admin and its access key', () => {
    const event = cloud.state.trail.find((e) => e.eventName === 'CreateAlias')!;
    expect(event.userAgent).toMatch(/^aws-cli\/2\.9\.19 /);
    expect(event.userIdentity).toMatchObject({ type: 'IAMUser', userName: 'lab-admin', accessKeyId: ADMIN_CREDENTIALS.accessKeyId });
  });
});
