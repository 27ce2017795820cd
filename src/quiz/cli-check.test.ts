/** Typed CLI answers are judged by the lab's own shell and CLI: any correct form passes. */
import { describe, expect, it } from 'vitest';
import { QUESTION_BY_ID } from './bank';
import { CLI_QUESTIONS } from './bank/cli';
import { checkCliAnswer, SANDBOX_SETUP } from './cli-check';
import { testSandbox } from './testing/sandbox';
import type { CliQuestion } from './types';

const q = (id: string) => QUESTION_BY_ID.get(id) as CliQuestion;
const judge = (id: string, line: string) => checkCliAnswer(q(id), line, testSandbox);

describe('CLI-typing questions', () => {
  it.each(CLI_QUESTIONS.map((x) => [x.id, x as CliQuestion] as const))('%s: the model answer passes, an unrelated command fails', async (_id, x) => {
    expect(await checkCliAnswer(x, x.model, testSandbox)).toMatchObject({ correct: true });
    const wrong = await checkCliAnswer(x, 'aws kms list-keys', testSandbox);
    expect(wrong.correct).toBe(false);
    expect(wrong.message).toContain(x.expect.operation);
  });

  it('accepts other correct forms: flags in any order, the key by ARN or key ID, a query', async () => {
    const arn = 'arn:aws:kms:us-east-1:111122223333:alias/myCMK';
    expect((await judge('cli-encrypt', `aws kms encrypt --plaintext fileb://secret.txt --key-id ${arn}`)).correct).toBe(true);
    expect(
      (
        await judge(
          'cli-encrypt',
          'aws kms encrypt --plaintext fileb://secret.txt --key-id $KEY_ID --query CiphertextBlob --output text | base64 --decode > out.bin',
        )
      ).correct,
    ).toBe(true);
    expect((await judge('cli-gdk', 'aws kms generate-data-key --number-of-bytes 32 --key-id $KEY_ID')).correct).toBe(true);
    expect(
      (
        await judge(
          'cli-rotation-period',
          'aws --region us-east-1 kms enable-key-rotation --rotation-period-in-days 180 --key-id arn:aws:kms:us-east-1:111122223333:key/$KEY_ID',
        )
      ).correct,
    ).toBe(true);
  });

  it("the re-encrypt model writes a ciphertext file that decrypts to the original, unlike the notes' '| base64 >' form", async () => {
    const run = async (lines: string[]) => {
      const sandbox = await testSandbox();
      for (const line of [...SANDBOX_SETUP, ...lines]) {
        const r = await sandbox.run(line);
        if (r.status !== 0) return r;
      }
      return { status: 0, stderr: '' };
    };
    const decryptsBack =
      'aws kms decrypt --ciphertext-blob fileb://newencryption.txt --query Plaintext --output text | base64 --decode > back.txt && cmp back.txt secret.txt';
    expect(await run([q('cli-reencrypt').model, decryptsBack])).toMatchObject({ status: 0 });
    const notes = 'aws kms re-encrypt --ciphertext-blob fileb://encryptedsecret.txt --destination-key-id alias/otherCMK | base64 > newencryption.txt';
    expect((await run([notes, decryptsBack])).status).not.toBe(0);
  });

  it('rejects wrong commands with the reason', async () => {
    expect(await judge('cli-encrypt', 'aws kms encrypt --key-id alias/otherCMK --plaintext fileb://secret.txt')).toEqual({
      correct: false,
      message: 'The command targets alias/otherCMK, not the key alias/myCMK.',
    });
    expect(await judge('cli-gdk', 'aws kms generate-data-key --key-id alias/myCMK --key-spec AES_128')).toMatchObject({
      correct: false,
      message: expect.stringContaining('KeySpec="AES_256" or NumberOfBytes=32'),
    });
    // As in AWS, EnableKeyRotation does not take an alias.
    expect(await judge('cli-rotation-period', 'aws kms enable-key-rotation --key-id alias/myCMK --rotation-period-in-days 180')).toMatchObject({
      correct: false,
      message: expect.stringContaining('The EnableKeyRotation call failed'),
    });
    expect(await judge('cli-encrypt', 'aws kms encrypt --key-id alias/myCMK')).toMatchObject({
      correct: false,
      message: expect.stringContaining('The CLI rejected it'),
    });
    expect(await judge('cli-rotation-period', 'aws kms enable-key-rotation --key-id $KEY_ID')).toMatchObject({ correct: false });
    expect(await judge('cli-decrypt', '')).toEqual({ correct: false, message: 'Type a command first.' });
    expect(await judge('cli-decrypt', 'kms decrypt')).toEqual({ correct: false, message: 'Start the command with aws (the AWS CLI).' });
  });
});
