/**
 * Interoperability with software we did not write: the AWS Encryption SDK for JavaScript
 * (@aws-crypto/client-node 5.0.2) with its KMS keyring, whose KMS client is the real
 * @aws-sdk/client-kms answered in process by the lab's wire protocol handler.
 */
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { AlgorithmSuiteIdentifier, CommitmentPolicy, KmsKeyringNode, buildClient } from '@aws-crypto/client-node';
import { DecryptCommand, EncryptCommand, GenerateDataKeyCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { labKmsClient } from '@/cloud/protocol/testing';
import { decryptMessage, encryptMessage } from './kms-envelope';
import { bytesSource, MemorySink } from './memory';
import { nodeFrameCipher } from './node-frame-cipher';
import { envelopeLab, randomBytes } from './testing';

const { encrypt, decrypt, decryptUnsignedMessageStream } = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
const SUITE = AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY;

async function setup() {
  const lab = await envelopeLab();
  const client = labKmsClient(lab.cloud);
  // The keyring calls the aggregated client's methods; the lab client is the bare KMSClient.
  const kmsLike = {
    generateDataKey: (i: any) => client.send(new GenerateDataKeyCommand(i)),
    decrypt: (i: any) => client.send(new DecryptCommand(i)),
    encrypt: (i: any) => client.send(new EncryptCommand(i)),
  };
  const { KeyMetadata } = await lab.call('kms', 'DescribeKey', { KeyId: lab.keyId });
  const keyring = new KmsKeyringNode({ generatorKeyId: KeyMetadata.Arn, clientProvider: () => kmsLike as any });
  return { ...lab, keyring };
}

const context = { department: 'finance', 'file name': 'report.pdf' };
const equal = (a: Uint8Array, b: Uint8Array) => expect(Buffer.compare(a, b), 'plaintext differs').toBe(0);

describe('AWS Encryption SDK interop (suite 0x0478, KMS keyring)', () => {
  // The lab with its default frame cipher (WebCrypto, the browser's) and with Node's.
  for (const [name, cipher] of [
    ['WebCrypto', undefined],
    ['node:crypto', nodeFrameCipher()],
  ] as const) {
    for (const frameLength of [4096, 1024 * 1024]) {
      for (const size of [0, frameLength, 2 * frameLength + 123]) {
        it(`the SDK decrypts what the lab wrote (${size} bytes, ${frameLength}-byte frames, ${name} frames)`, async () => {
          const { kms, keyring } = await setup();
          const data = randomBytes(size);
          const sink = new MemorySink();
          await encryptMessage({ kms, keyId: 'alias/files', context, frameLength, cipher }, bytesSource(data), sink);
          const streamed = await buffer(Readable.from([Buffer.from(sink.bytes())]).pipe(decryptUnsignedMessageStream(keyring)));
          equal(streamed, data);
          const { plaintext, messageHeader } = await decrypt(keyring, sink.bytes());
          equal(plaintext, data);
          expect(messageHeader.suiteId).toBe(SUITE);
          expect(messageHeader.frameLength).toBe(frameLength);
          expect(messageHeader.encryptionContext).toEqual(context);
        });

        it(`the lab decrypts what the SDK wrote (${size} bytes, ${frameLength}-byte frames, ${name} frames)`, async () => {
          const { kms, keyring } = await setup();
          const data = randomBytes(size);
          const { result } = await encrypt(keyring, data, { suiteId: SUITE, frameLength, encryptionContext: context });
          const sink = new MemorySink();
          const r = await decryptMessage({ kms, cipher }, bytesSource(result), sink);
          equal(sink.bytes(), data);
          expect(r.context).toEqual(context);
          expect(r.frameLength).toBe(frameLength);
        });
      }
    }
  }

  it('the SDK rejects a lab message with one flipped body byte', async () => {
    const { kms, keyring } = await setup();
    const sink = new MemorySink();
    const e = await encryptMessage({ kms, keyId: 'alias/files', context, frameLength: 4096 }, bytesSource(randomBytes(5000)), sink);
    const bad = sink.bytes();
    bad[e.headerBytes + 100]! ^= 1;
    await expect(decrypt(keyring, bad)).rejects.toThrow(/unable to authenticate data/);
  });
});
