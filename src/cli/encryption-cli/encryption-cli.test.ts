import { describe, expect, it } from 'vitest';
import { bytesSource, decryptMessage, encryptMessage, cloudKms, MemorySink } from '@/envelope';
import { STARTER_SECRET } from '@/vfs/starter';
import { shellLab } from '@/cli/testing';

const HOME = '/home/cloudshell-user';

async function lab() {
  const t = shellLab();
  const { KeyMetadata } = await t.cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
  await t.cloud.call({ service: 'kms', operation: 'CreateAlias', input: { AliasName: 'alias/demo', TargetKeyId: KeyMetadata.KeyId } });
  return { t, keyId: KeyMetadata.KeyId as string, arn: KeyMetadata.Arn as string };
}

const ENC =
  'aws-encryption-cli --encrypt --input secret.txt --output secret.txt.encrypted --wrapping-keys key=alias/demo --encryption-context purpose=demo dept=finance';
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('aws-encryption-cli', () => {
  it('encrypts secret.txt and decrypts it back; cmp finds them equal', async () => {
    const { t } = await lab();
    await t
      .run(`${ENC} --suppress-metadata`)
      .expectResult({ stdout: '', stderr: '', status: 0 })
      .run('aws-encryption-cli -d -i secret.txt.encrypted -o secret.out -w key=alias/demo -c purpose=demo -S')
      .expectResult({ stdout: '', stderr: '', status: 0 })
      .run('cmp secret.txt secret.out')
      .expectStatus(0)
      .expectFile('secret.out', STARTER_SECRET);
    const enc = t.vfs.readFile(`${HOME}/secret.txt.encrypted`);
    expect(enc[0]).toBe(2);
    expect((enc[1]! << 8) | enc[2]!).toBe(0x0478);
  });

  it('--metadata-output /dev/null drops the metadata, as the real device does', async () => {
    const { t } = await lab();
    const r = await t.exec(`${ENC} --metadata-output /dev/null`);
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(t.vfs.isFile(`${HOME}/secret.txt.encrypted`)).toBe(true);
    const back = await t.exec('aws-encryption-cli -d -i secret.txt.encrypted -o secret.out -w key=alias/demo --metadata-output ../../dev/null');
    expect(back).toMatchObject({ status: 0, stderr: '' });
    expect(text(t.vfs.readFile(`${HOME}/secret.out`))).toBe(text(t.vfs.readFile(`${HOME}/secret.txt`)));
  });

  it('writes the real CLI metadata line (json.dumps sort_keys, base64 bytes)', async () => {
    const { t, arn } = await lab();
    const r = await t.exec(`${ENC} --metadata-output -`);
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const m = JSON.parse(r.stdout);
    expect(Object.keys(m)).toEqual(['header', 'input', 'mode', 'output']);
    expect(m.mode).toBe('encrypt');
    expect(m.input).toBe('secret.txt');
    expect(m.output).toBe('secret.txt.encrypted');
    const h = m.header;
    expect(Object.keys(h)).toEqual([
      'algorithm',
      'content_type',
      'encrypted_data_keys',
      'encryption_context',
      'frame_length',
      'header_iv_length',
      'message_id',
      'type',
      'version',
    ]);
    expect(h).toMatchObject({
      algorithm: 'AES_256_GCM_HKDF_SHA512_COMMIT_KEY',
      content_type: 2,
      frame_length: 4096,
      header_iv_length: 12,
      type: null,
      version: '2.0',
      encryption_context: { dept: 'finance', purpose: 'demo' },
    });
    expect(Buffer.from(h.message_id, 'base64').length).toBe(32);
    expect(h.encrypted_data_keys).toHaveLength(1);
    const edk = h.encrypted_data_keys[0];
    expect(Buffer.from(edk.key_provider.provider_id, 'base64').toString()).toBe('aws-kms');
    expect(Buffer.from(edk.key_provider.key_info, 'base64').toString()).toBe(arn);
    expect(Buffer.from(edk.encrypted_data_key, 'base64').length).toBeGreaterThan(100);
    expect(r.stdout).toContain('"encryption_context": {"dept": "finance", "purpose": "demo"}, "frame_length": 4096');
  });

  it('appends metadata to a file and names the output in a directory with .encrypted/.decrypted or --suffix', async () => {
    const { t } = await lab();
    await t
      .run('mkdir out back')
      .run('aws-encryption-cli -e -i secret.txt -o out -w key=alias/demo --metadata-output meta.json')
      .expectStatus(0)
      .run('aws-encryption-cli -d -i out/secret.txt.encrypted -o back -w key=alias/demo --metadata-output meta.json')
      .expectStatus(0)
      .expectFile('back/secret.txt.encrypted.decrypted', STARTER_SECRET)
      .run('aws-encryption-cli -e -i secret.txt -o out --suffix .enc -w key=alias/demo -S')
      .expectStatus(0)
      .run('ls out')
      .expectStdout('secret.txt.enc\nsecret.txt.encrypted\n');
    const lines = text(t.vfs.readFile(`${HOME}/meta.json`))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.mode, l.output])).toEqual([
      ['encrypt', 'out/secret.txt.encrypted'],
      ['decrypt', 'back/secret.txt.encrypted.decrypted'],
    ]);
  });

  it('works as a pipe: stdin to stdout, binary-safe', async () => {
    const { t } = await lab();
    await t
      .run('aws-encryption-cli -e -i - -o - -w key=alias/demo -S < secret.txt > blob')
      .expectStatus(0)
      .run('aws-encryption-cli -d -i - -o - -w key=alias/demo -S < blob')
      .expectResult({ stdout: STARTER_SECRET, status: 0 });
  });

  it('refuses to decrypt when the required encryption context does not match', async () => {
    const { t } = await lab();
    await t
      .run(`${ENC} -S`)
      .run('aws-encryption-cli -d -i secret.txt.encrypted -o plain -w key=alias/demo -c purpose=other -S')
      .expectResult({ stderr: 'Skipping decrypt because discovered encryption context did not match required elements.\n', status: 1 })
      .run('ls plain')
      .expectStatus(2);
  });

  it('rejects a tampered file and leaves no output', async () => {
    const { t } = await lab();
    await t.run(`${ENC} -S`);
    const p = `${HOME}/secret.txt.encrypted`;
    const b = t.vfs.readFile(p);
    b[b.length - 20]! ^= 1;
    t.vfs.writeFile(p, b);
    await t
      .run('aws-encryption-cli -d -i secret.txt.encrypted -o plain -w key=alias/demo -S')
      .expectResult({
        stderr: /^Encountered unexpected error: increase verbosity to see details\.\nInvalidTag\("The final frame .* failed authentication/,
        status: 1,
      })
      .run('ls plain')
      .expectStatus(2);
  });

  it('reports KMS DisabledException for a disabled key', async () => {
    const { t, keyId, arn } = await lab();
    await t.cloud.call({ service: 'kms', operation: 'DisableKey', input: { KeyId: keyId } });
    await t.run('aws-encryption-cli -e -i secret.txt -o x -w key=alias/demo -S').expectResult({
      stderr: `Encountered unexpected error: increase verbosity to see details.\nGenerateKeyError("Master Key alias/demo unable to generate data key: An error occurred (DisabledException) when calling the GenerateDataKey operation: ${arn} is disabled.")\n`,
      status: 1,
    });
  });

  it('prints argparse usage errors with exit 2', async () => {
    const { t } = await lab();
    await t
      .run('aws-encryption-cli -e -i secret.txt -o x -w key=alias/demo -S --frobnicate')
      .expectResult({
        stdout: '',
        stderr: /^usage: aws-encryption-cli \[-h\][\s\S]*\naws-encryption-cli: error: unrecognized arguments: --frobnicate\n$/,
        status: 2,
      })
      .run('aws-encryption-cli -e -w key=alias/demo -S')
      .expectResult({ stderr: /aws-encryption-cli: error: the following arguments are required: -i\/--input, -o\/--output\n$/, status: 2 })
      .run('aws-encryption-cli -i secret.txt -o x -S')
      .expectResult({ stderr: /error: one of the arguments -e\/--encrypt -d\/--decrypt --decrypt-unsigned is required\n$/, status: 2 })
      .run('aws-encryption-cli -e -d -i secret.txt -o x -S')
      .expectResult({ stderr: /error: argument -d\/--decrypt: not allowed with argument -e\/--encrypt\n$/, status: 2 })
      .run('aws-encryption-cli -e -i secret.txt -o x -w key=alias/demo')
      .expectResult({ stderr: /error: one of the arguments -S\/--suppress-metadata --metadata-output is required\n$/, status: 2 })
      .run('aws-encryption-cli --version')
      .expectResult({ stdout: 'aws-encryption-sdk-cli/4.1.0 aws-encryption-sdk/3.1.1\n', status: 0 });
  });

  it('refuses signed suites and other commitment policies with the reason', async () => {
    const { t } = await lab();
    await t
      .run('aws-encryption-cli -e -i secret.txt -o x -w key=alias/demo -S --algorithm AES_256_GCM_HKDF_SHA512_COMMIT_KEY_ECDSA_P384')
      .expectResult({ stderr: /WebCrypto cannot stream the ECDSA signature/, status: 1 })
      .run(
        'aws-encryption-cli -e -i secret.txt -o x -w key=alias/demo -S --algorithm AES_256_GCM_HKDF_SHA512_COMMIT_KEY --frame-length 1024 --commitment-policy require-encrypt-require-decrypt --buffer --max-encrypted-data-keys 1',
      )
      .expectStatus(0)
      .run('aws-encryption-cli -e -i secret.txt -o y -w key=alias/demo -S --commitment-policy forbid-encrypt-allow-decrypt')
      .expectResult({ stderr: /only committing messages/, status: 1 });
  });

  it('interoperates with the envelope engine both ways', async () => {
    const { t, keyId } = await lab();
    const kms = cloudKms(t.cloud, t.shell.caller, 'us-east-1');
    await t.run(`${ENC} -S`);
    const sink = new MemorySink();
    const r = await decryptMessage({ kms }, bytesSource(t.vfs.readFile(`${HOME}/secret.txt.encrypted`)), sink);
    expect(text(sink.bytes())).toBe(STARTER_SECRET);
    expect(r.context).toEqual({ purpose: 'demo', dept: 'finance' });

    const data = new Uint8Array(10_000).map((_, i) => (i * 7) & 0xff);
    const enc = new MemorySink();
    await encryptMessage({ kms, keyId, context: { app: 'engine' }, frameLength: 4096 }, bytesSource(data), enc);
    t.vfs.writeFile(`${HOME}/engine.bin.encrypted`, enc.bytes());
    await t.run(`aws-encryption-cli -d -i engine.bin.encrypted -o engine.bin -w key=${keyId} -c app=engine -S`).expectStatus(0).expectFile('engine.bin', data);
  });
});
