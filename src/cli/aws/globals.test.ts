/** Global options, help, configure, IAM and STS, and how `aws` reports what goes wrong. */
import { describe, expect, it } from 'vitest';
import { CLI_2_9_19_MODEL_GAPS } from '@/cli/golden/cli-2.9.19-model-gaps';
import { shellLab } from '@/cli/testing';
import { CLI_VERSION } from './driver';

describe('regions', () => {
  it('takes --region over AWS_REGION over AWS_DEFAULT_REGION', async () => {
    const lab = shellLab();
    const key = (await lab.exec('aws kms create-key --region eu-west-1 --query KeyMetadata.Arn --output text')).stdout;
    expect(key).toMatch(/^arn:aws:kms:eu-west-1:/);
    await lab
      .run('aws kms list-keys --query "length(Keys)"')
      .expectStdout('0\n')
      .run('AWS_REGION=eu-west-1 aws kms list-keys --query "length(Keys)"')
      .expectStdout('1\n')
      .run('unset AWS_REGION; export AWS_DEFAULT_REGION=eu-west-1; aws kms list-keys --query "length(Keys)"')
      .expectStdout('1\n');
  });

  it('says when there is no region (253), a malformed one (255) or an unknown one (255)', async () => {
    await shellLab()
      .run('unset AWS_REGION AWS_DEFAULT_REGION; aws kms list-keys')
      .expectResult({ stderr: '\nYou must specify a region. You can also configure your region by running "aws configure".\n', status: 253 })
      .run('aws kms list-keys --region "eu west"')
      .expectResult({ stderr: "\nProvided region_name 'eu west' doesn't match a supported format.\n", status: 255 })
      .run('aws kms list-keys --region xx-nowhere-1')
      .expectResult({ stderr: '\nCould not connect to the endpoint URL: "https://kms.xx-nowhere-1.amazonaws.com/"\n', status: 255 });
  });
});

describe('output and queries', () => {
  it('prints nothing for commands without output, and service errors on stderr (254)', async () => {
    const lab = shellLab();
    const key = (await lab.exec('aws kms create-key --query KeyMetadata.KeyId --output text')).stdout.trim();
    await lab
      .run(`aws kms enable-key-rotation --key-id ${key}`)
      .expectResult({ stdout: '', stderr: '', status: 0 })
      .run('aws kms describe-key --key-id alias/nope')
      .expectResult({
        stderr:
          '\nAn error occurred (NotFoundException) when calling the DescribeKey operation: Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found.\n',
        status: 254,
      })
      .run('aws kms decrypt --ciphertext-blob aGVsbG8gd29ybGQgaGVsbG8gd29ybGQ=')
      .expectStderr('\nAn error occurred (InvalidCiphertextException) when calling the Decrypt operation: \n');
  });

  it('honours AWS_DEFAULT_OUTPUT and rejects unknown formats', async () => {
    await shellLab()
      .run('AWS_DEFAULT_OUTPUT=text aws kms list-aliases --query "Aliases[0].AliasName"')
      .expectStdout('alias/aws/acm\n')
      .run('aws kms list-keys --output xml')
      .expectResult({
        stderr: /aws: error: argument --output: Invalid choice, valid choices are:\n\njson {37}\| text {36}\ntable {36}\| yaml {36}\nyaml-stream {29}\n\n$/,
        status: 252,
      });
  });

  it('reports bad queries like the CLI', async () => {
    await shellLab()
      .run("aws kms list-keys --query 'Keys['")
      .expectResult({ stderr: '\nBad value for --query Keys[: Invalid jmespath expression: Incomplete expression:\n"Keys["\n      ^\n', status: 252 });
  });

  it('pages through List calls unless --no-paginate, and resumes from a NextToken', async () => {
    const lab = shellLab();
    for (let i = 0; i < 3; i++) await lab.exec('aws kms create-key');
    const trail = () => lab.cloud.state.trail.filter((e) => JSON.stringify(e).includes('ListKeys')).length;
    const before = trail();
    await lab.run('aws kms list-keys --page-size 1 --query "length(Keys)"').expectStdout('3\n');
    expect(trail() - before).toBe(3);
    const first = JSON.parse((await lab.exec('aws kms list-keys --max-items 2')).stdout);
    expect(first.Keys).toHaveLength(2);
    await lab.run(`aws kms list-keys --starting-token ${first.NextToken} --query "length(Keys)"`).expectStdout('1\n');
    await lab
      .run('aws kms list-keys --no-paginate --max-items 1')
      .expectResult({ stderr: '\nCannot specify --no-paginate along with pagination arguments: --max-items\n', status: 252 })
      .run('aws kms list-keys --limit 1 --query "[Truncated, length(Keys)]" --output text')
      .expectStdout('True\t1\n');
  });
});

describe('timestamps and yaml-stream', () => {
  it('prints timestamps as Python isoformat(): +00:00, microseconds only when not zero', async () => {
    const { SimulatedClock } = await import('@/core');
    const { createCloud } = await import('@/cloud');
    const at = (ms: number) => shellLab({ cloud: createCloud({ clock: new SimulatedClock(Date.UTC(2026, 2, 14, 15, 9, 26, ms)) }) });
    await at(535).run('aws kms create-key --query KeyMetadata.CreationDate --output text').expectStdout('2026-03-14T15:09:26.535000+00:00\n');
    await at(0).run('aws kms create-key --query KeyMetadata.CreationDate').expectStdout('"2026-03-14T15:09:26+00:00"\n');
  });

  it('streams YAML page by page', async () => {
    const lab = shellLab();
    await lab.exec('aws kms create-key; aws kms create-key');
    const out = (await lab.exec('aws kms list-keys --page-size 1 --output yaml-stream --query "length(Keys)"')).stdout;
    expect(out).toBe('- 1\n- 1\n');
  });
});

describe('global options the lab does not have', () => {
  it('refuses --debug, --endpoint-url, --profile and the skeleton options clearly', async () => {
    await shellLab()
      .run('aws kms list-keys --debug')
      .expectResult({ stderr: /^\n--debug: .*\(KMS Lab's CloudShell does not support this\)\.\n$/, status: 252 })
      .run('aws kms list-keys --endpoint-url example.com')
      .expectStderr('\nBad value for --endpoint-url "example.com": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/\n')
      .run('aws kms list-keys --endpoint-url http://localhost:4566')
      .expectStderr(/^\n--endpoint-url http:\/\/localhost:4566: commands always go to the simulated account/)
      .run('aws kms list-keys --profile dev')
      .expectResult({ stderr: '\nThe config profile (dev) could not be found\n', status: 255 })
      .run('aws kms list-keys --generate-cli-skeleton')
      .expectResult({ stderr: /^\n--generate-cli-skeleton \(KMS Lab/, status: 252 });
  });

  it('prints its version', async () => {
    await shellLab()
      .run('aws --version')
      .expectResult({ stdout: `${CLI_VERSION}\n`, status: 0 });
  });
});

describe('commands and help', () => {
  const usage =
    '\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\n';
  it('lists the valid commands, with close matches', async () => {
    await shellLab()
      .run('aws')
      .expectStderr(`${usage}aws: error: the following arguments are required: command\n\n`)
      .run('aws kms')
      .expectStderr(`${usage}aws: error: the following arguments are required: operation\n\n`)
      .run('aws kms lst-keys')
      .expectResult({
        stderr:
          /^\nusage: [^]*aws: error: argument operation: Invalid choice, valid choices are:\n\ncancel-key-deletion {22}\| [^]*\n\nInvalid choice: 'lst-keys', maybe you meant:\n\n {2}\* list-keys\n\n$/,
        status: 252,
      })
      .run('aws s3 ls')
      .expectStderr(
        /argument command: Invalid choice, valid choices are:\n\nacm {38}\| acm-pca {33}\ncloudtrail {31}\| iam {37}\nkms {38}\| secretsmanager {26}\nsts {38}\| configure {31}\nhelp {36}\n\n$/,
      );
  });

  it('generates help pages from the registry', async () => {
    const lab = shellLab();
    const op = (await lab.exec('aws kms encrypt help')).stdout;
    expect(op).toMatch(/^ENCRYPT\(\) +ENCRYPT\(\)\n/);
    expect(op).toContain(
      'SYNOPSIS\n            encrypt\n          --key-id <value>\n          --plaintext <value>\n          [--encryption-context <value>]\n',
    );
    expect(op).toContain('          [--dry-run | --no-dry-run]\n');
    expect(op).toContain('       --encryption-context (map)\n');
    expect(op).toContain('       Shorthand Syntax:\n\n          KeyName1=string,KeyName2=string\n');
    expect(op).toContain('          o SYMMETRIC_DEFAULT\n');
    expect((await lab.exec('aws kms list-keys help')).stdout).toContain('[--max-items <value>]');
    expect((await lab.exec('aws kms list-keys help')).stdout).not.toContain('[--marker <value>]');
    expect((await lab.exec('aws kms help')).stdout).toMatch(/AVAILABLE COMMANDS\n[^]* {7}o generate-data-key\n/);
    expect((await lab.exec('aws help')).stdout).toContain('AVAILABLE SERVICES\n       o acm\n\n       o acm-pca\n\n       o cloudtrail\n\n       o iam\n');
    expect((await lab.exec('aws kms describe-key --key-id x help')).stdout).toMatch(/^DESCRIBE-KEY\(\)/);
  });

  it('runs IAM and STS commands', async () => {
    await shellLab()
      .run('aws iam create-user --user-name alice --query User.Arn --output text')
      .expectStdout('arn:aws:iam::111122223333:user/alice\n')
      .run('aws iam list-users --query "Users[].UserName" --output text')
      .expectStdout('alice\tlab-admin\n')
      .run('aws iam list-attached-user-policies --user-name lab-admin --output text')
      .expectStdout('ATTACHEDPOLICIES\tarn:aws:iam::aws:policy/AdministratorAccess\tAdministratorAccess\n')
      .run('aws iam get-user --user-name bob')
      .expectResult({ stderr: '\nAn error occurred (NoSuchEntity) when calling the GetUser operation: The user with name bob cannot be found.\n', status: 254 })
      .run('aws sts get-caller-identity --query Account --output text')
      .expectStdout('111122223333\n');
  });
});

describe('configure', () => {
  it('lists where credentials and region come from', async () => {
    await shellLab()
      .run('aws configure list')
      .expectStdout(
        '      Name                    Value             Type    Location\n' +
          '      ----                    -----             ----    --------\n' +
          '   profile                <not set>             None    None\n' +
          'access_key     ****************MPLE              env    \n' +
          'secret_key     ****************EKEY              env    \n' +
          "    region                us-east-1              env    ['AWS_REGION', 'AWS_DEFAULT_REGION']\n",
      )
      .run('aws configure')
      .expectStatus(252)
      .run('aws configure get region')
      .expectResult({ stdout: '', status: 1 });
  });
});

describe('an older CLI model (golden test only)', () => {
  it('drops members and hides commands and options that model lacks', async () => {
    const lab = shellLab({ aws: { modelGaps: CLI_2_9_19_MODEL_GAPS } });
    const key = (await lab.exec('aws kms create-key --query KeyMetadata.KeyId --output text')).stdout.trim();
    await lab
      .run(`aws kms get-key-rotation-status --key-id ${key}`)
      .expectStdout('{\n    "KeyRotationEnabled": false\n}\n')
      .run(`aws kms rotate-key-on-demand --key-id ${key}`)
      .expectStderr(/argument operation: Invalid choice, valid choices are:\n(?![^]*rotate-key-on-demand)[^]*re-encrypt[^]*schedule-key-deletion/)
      .run(`aws kms encrypt --key-id ${key} --plaintext aGk= --dry-run`)
      .expectStderr(/Unknown options: --dry-run\n/);
    await shellLab().run(`aws kms list-key-rotations help`).expectStatus(0);
  });
});
