/** Every kind of option the CLI derives from input shapes, as AWS CLI v2 parses it. */
import { beforeEach, describe, expect, it } from 'vitest';
import { shellLab, type ShellLab } from '@/cli/testing';

let lab: ShellLab;
let key: string;

beforeEach(async () => {
  lab = shellLab();
  key = (await lab.exec('aws kms create-key --query KeyMetadata.KeyId --output text')).stdout.trim();
});

describe('strings and integers', () => {
  it('takes --name value and --name=value, the last one wins', async () => {
    await lab
      .run(`aws kms describe-key --key-id=nope --key-id ${key} --query KeyMetadata.KeyId --output text`)
      .expectStdout(`${key}\n`)
      .run(`aws kms generate-random --number-of-bytes 16 --query 'length(Plaintext)'`)
      .expectStdout('24\n');
  });

  it("parses integers with Python's int() and reports its error (255)", async () => {
    await lab
      .run(`aws kms schedule-key-deletion --key-id ${key} --pending-window-in-days seven`)
      .expectResult({ stderr: "\ninvalid literal for int() with base 10: 'seven'\n", status: 255 })
      .run(`aws kms schedule-key-deletion --key-id ${key} --pending-window-in-days ' 0_7 ' --query PendingWindowInDays`)
      .expectStdout('7\n');
  });

  it('checks minimum lengths and values before calling (botocore ParamValidator, 252)', async () => {
    await lab
      .run('aws kms describe-key --key-id ""')
      .expectResult({ stderr: '\nParameter validation failed:\nInvalid length for parameter KeyId, value: 0, valid min length: 1\n', status: 252 })
      .run('aws kms list-keys --limit 0')
      .expectStderr('\nParameter validation failed:\nInvalid value for parameter Limit, value: 0, valid min value: 1\n');
  });

  it('refuses a timestamp beyond any date as the AWS CLI does (255)', async () => {
    await lab
      .run('echo x > x')
      .run(
        `aws kms import-key-material --key-id ${key} --import-token fileb://x --encrypted-key-material fileb://x --valid-to 99999999999999999 --expiration-model KEY_MATERIAL_EXPIRES`,
      )
      .expectResult({ stderr: '\nUnable to calculate correct timezone offset for "99999999999999999"\n', status: 255 });
  });

  it('leaves enums and maximums to the service (254)', async () => {
    await lab.run('aws kms create-key --key-usage FOO').expectResult({
      stderr: /^\nAn error occurred \(ValidationException\) when calling the CreateKey operation: 1 validation error detected: Value 'FOO' at 'keyUsage'/,
      status: 254,
    });
  });
});

describe('booleans', () => {
  it('accepts --flag and --no-flag, without a value', async () => {
    await lab
      .run('aws kms create-key --bypass-policy-lockout-safety-check --no-bypass-policy-lockout-safety-check --query KeyMetadata.Enabled')
      .expectStdout('true\n')
      .run('aws kms create-key --no-multi-region --query KeyMetadata.MultiRegion')
      .expectStdout('false\n')
      .run('aws kms create-key --multi-region')
      .expectStderr(/^\nAn error occurred \(UnsupportedOperationException\) when calling the CreateKey operation: /)
      .run('aws kms create-key --multi-region=yes')
      .expectResult({ stderr: /aws: error: argument --multi-region: ignored explicit argument 'yes'\n\n$/, status: 252 });
  });
});

describe('blobs', () => {
  it('reads literal blobs as base64 (v2), fileb:// as bytes, file:// as base64 text', async () => {
    await lab
      .run(`aws kms encrypt --key-id ${key} --plaintext "$(echo -n hello | base64)" --query CiphertextBlob --output text > ct`)
      .run('aws kms decrypt --ciphertext-blob "$(cat ct)" --query Plaintext --output text | base64 -d')
      .expectStdout('hello')
      .run(`echo -n aGk= > b64.txt; aws kms encrypt --key-id ${key} --plaintext file://b64.txt --query CiphertextBlob --output text | base64 -d > ct.bin`)
      .run('aws kms decrypt --ciphertext-blob fileb://ct.bin --query Plaintext --output text')
      .expectStdout('aGk=\n');
  });

  it('refuses text that is not base64, before any call (255)', async () => {
    const before = lab.cloud.state.trail.length;
    await lab
      .run(`aws kms encrypt --key-id ${key} --plaintext hello`)
      .expectResult({ stderr: '\nInvalid base64: "hello"\n', status: 255 })
      .run(`aws kms encrypt --key-id ${key} --plaintext file://secret.txt`)
      .expectStderr('\nInvalid base64: "Hello, Cloud Gurus. This is my secret text, protected by AWS KMS.\n"\n');
    expect(lab.cloud.state.trail.length).toBe(before);
  });

  it('sends text as bytes with --cli-binary-format raw-in-base64-out (v1 behaviour)', async () => {
    await lab
      .run(`aws kms encrypt --key-id ${key} --plaintext hello --cli-binary-format raw-in-base64-out --query CiphertextBlob --output text | base64 -d > c`)
      .run('aws kms decrypt --ciphertext-blob fileb://c --query Plaintext --output text | base64 -d')
      .expectStdout('hello');
  });

  it('reports paramfile problems like the CLI (252)', async () => {
    await lab
      .run(`aws kms encrypt --key-id ${key} --plaintext fileb://nofile`)
      .expectResult({
        stderr: "\nError parsing parameter '--plaintext': Unable to load paramfile fileb://nofile: [Errno 2] No such file or directory: 'nofile'\n",
        status: 252,
      })
      .run(`mkdir d; aws kms encrypt --key-id ${key} --plaintext fileb://d`)
      .expectStderr("\nError parsing parameter '--plaintext': Unable to load paramfile fileb://d: [Errno 21] Is a directory: 'd'\n")
      .run(`printf '\\xff\\xfe' > bin; aws kms encrypt --key-id ${key} --plaintext file://bin`)
      .expectStderr(
        "\nError parsing parameter '--plaintext': Unable to load paramfile (bin), text contents could not be decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.\n",
      )
      .run(`aws kms encrypt --key-id ${key} --plaintext fileb://~/nofile`)
      .expectStderr(
        "\nError parsing parameter '--plaintext': Unable to load paramfile fileb://~/nofile: [Errno 2] No such file or directory: '/home/cloudshell-user/nofile'\n",
      );
  });
});

describe('maps, lists and structures', () => {
  it('takes maps as shorthand or JSON', async () => {
    await lab
      .run(`aws kms encrypt --key-id ${key} --plaintext aGk= --encryption-context purpose=demo,team=blue --query CiphertextBlob --output text > c1`)
      .run(`aws kms decrypt --ciphertext-blob "$(cat c1)" --encryption-context '{"team": "blue", "purpose": "demo"}' --query Plaintext --output text`)
      .expectStdout('aGk=\n')
      .run(`aws kms encrypt --key-id ${key} --plaintext aGk= --encryption-context a=b,c`)
      .expectStderr(
        "\nParameter validation failed:\nInvalid type for parameter EncryptionContext.a, value: ['b', 'c'], type: <class 'list'>, valid types: <class 'str'>\n",
      )
      .run(`aws kms encrypt --key-id ${key} --plaintext aGk= --encryption-context '{"a": 1}'`)
      .expectStderr(
        "\nParameter validation failed:\nInvalid type for parameter EncryptionContext.a, value: 1, type: <class 'int'>, valid types: <class 'str'>\n",
      );
  });

  it('takes lists of scalars as separate words, or JSON', async () => {
    const token = async () =>
      (
        await lab.exec(
          `aws kms create-grant --key-id ${key} --grantee-principal arn:aws:iam::111122223333:root --operations Encrypt --query GrantToken --output text`,
        )
      ).stdout.trim();
    const [a, b] = [await token(), await token()];
    await lab
      .run(`aws kms encrypt --key-id ${key} --plaintext aGk= --grant-tokens ${a} ${b} --query KeyId --output text`)
      .expectStdout(/^arn:aws:kms/)
      .run(`aws kms encrypt --key-id ${key} --plaintext aGk= --grant-tokens '["${a}", "${b}"]' --query KeyId --output text`)
      .expectStatus(0)
      // The second word reaches KMS as a token of its own: not a grant token.
      .run(`aws kms encrypt --key-id ${key} --plaintext aGk= --grant-tokens ${a} b`)
      .expectStderr('\nAn error occurred (InvalidGrantTokenException) when calling the Encrypt operation: The grant token is not valid.\n')
      .run(`aws kms encrypt --key-id ${key} --plaintext aGk= --grant-tokens ""`)
      .expectStderr('\nParameter validation failed:\nInvalid length for parameter GrantTokens[0], value: 0, valid min length: 1\n');
  });

  it('takes lists of structures as shorthand (one word per item) or JSON, validated', async () => {
    await lab
      .run(`aws kms tag-resource --key-id ${key} --tags TagKey=a,TagValue=1 TagKey=b,TagValue=2`)
      .run(`aws kms tag-resource --key-id ${key} --tags '[{"TagKey": "c", "TagValue": "3"}]'`)
      .run(`aws kms list-resource-tags --key-id ${key} --output text`)
      .expectStdout('TAGS\ta\t1\nTAGS\tb\t2\nTAGS\tc\t3\n')
      .run('aws kms create-key --tags TagKey=a,TagValue=b,Foo=c')
      .expectStderr('\nParameter validation failed:\nUnknown parameter in Tags[0]: "Foo", must be one of: TagKey, TagValue\n')
      .run('aws kms create-key --tags TagKey=a TagKey=b,TagValue=c')
      .expectStderr('\nParameter validation failed:\nMissing required parameter in Tags[0]: "TagValue"\n')
      .run(`aws kms create-key --tags '[{"TagKey": "a"'`)
      .expectStderr(
        '\nError parsing parameter \'--tags\': Invalid JSON: Expecting \',\' delimiter: line 1 column 16 (char 15)\nJSON received: [{"TagKey": "a"\n',
      )
      .run('aws kms create-key --tags TagKey')
      .expectStderr("\nError parsing parameter '--tags': Expected: '=', received: 'EOF' for input:\nTagKey\n      ^\n");
  });
});

describe('usage errors (252 with the usage text)', () => {
  const usage =
    '\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\n';
  it('names missing required options, in model order', async () => {
    await lab
      .run('aws kms encrypt')
      .expectResult({ stderr: `${usage}aws: error: the following arguments are required: --key-id, --plaintext\n\n`, status: 252 });
  });
  it('lists unknown options, positionals included', async () => {
    await lab
      .run(`aws kms encrypt --key-id ${key} --plaintext aGk= --bogus 1`)
      .expectStderr(`${usage}Unknown options: --bogus, 1\n\n`)
      .run('aws kms list-keys foo bar')
      .expectStderr(`${usage}Unknown options: bar, foo\n\n`);
  });
  it('resolves unique prefixes and rejects ambiguous ones', async () => {
    await lab
      .run(`aws kms describe-key --key ${key} --out text --query KeyMetadata.KeyState`)
      .expectStdout('Enabled\n')
      .run(`aws kms encrypt --key-id ${key} --plaintext aGk= --enc a=b`)
      .expectStderr(`${usage}aws: error: ambiguous option: --enc could match --encryption-context, --encryption-algorithm\n\n`);
  });
  it('wants a value after an option that takes one', async () => {
    await lab
      .run('aws kms create-key --description')
      .expectStderr(`${usage}aws: error: argument --description: expected one argument\n\n`)
      .run('aws kms create-key --description -x')
      .expectStderr(`${usage}aws: error: argument --description: expected one argument\n\n`)
      .run('aws kms list-keys --page-size x')
      .expectStderr(`${usage}aws: error: argument --page-size: invalid int value: 'x'\n\n`);
  });
});
