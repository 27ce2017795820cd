import { describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { createShell } from './shell';

const shell = () => createShell({ cloud: createCloud() });

describe('completion', () => {
  it('completes command names, then file paths', async () => {
    const sh = shell();
    expect(sh.complete('ba')).toEqual({ start: 0, end: 2, candidates: ['base64'] });
    expect(sh.complete('c').candidates).toEqual(['cat', 'cd', 'clear', 'cmp', 'cp']);
    await sh.run('mkdir docs; touch data.bin .hidden');
    expect(sh.complete('cat d')).toEqual({ start: 4, end: 5, candidates: ['data.bin', 'docs/'] });
    expect(sh.complete('cat ~/s').candidates).toEqual(['~/secret.txt']);
    expect(sh.complete('cat .h').candidates).toEqual(['.hidden']);
    expect(sh.complete('echo x > se').candidates).toEqual(['secret.txt']);
  });

  it('completes aws services, commands and options from the registry', () => {
    const sh = shell();
    expect(sh.complete('aws ').candidates).toEqual(['acm', 'acm-pca', 'cloudtrail', 'configure', 'help', 'iam', 'kms', 'secretsmanager', 'sts']);
    expect(sh.complete('aws kms gen').candidates).toEqual([
      'generate-data-key',
      'generate-data-key-pair',
      'generate-data-key-pair-without-plaintext',
      'generate-data-key-without-plaintext',
      'generate-mac',
      'generate-random',
    ]);
    expect(sh.complete('aws kms encrypt --p').candidates).toEqual(['--plaintext', '--profile']);
    expect(sh.complete('aws kms encrypt --key-id k --k').candidates).toEqual([]);
    expect(sh.complete('aws kms encrypt --d').candidates).toEqual(['--debug', '--dry-run']);
    expect(sh.complete('aws kms create-key --key-spec RSA_3').candidates).toEqual(['RSA_3072']);
    expect(sh.complete('aws kms list-keys --output t').candidates).toEqual(['table', 'text']);
    expect(sh.complete('aws kms list-keys --region eu-w').candidates).toEqual(['eu-west-1', 'eu-west-2', 'eu-west-3']);
    expect(sh.complete('aws configure l').candidates).toEqual(['list']);
  });

  it('completes fileb:// paths for blob options', () => {
    const sh = shell();
    expect(sh.complete('aws kms encrypt --plaintext ').candidates).toEqual(['fileb://']);
    expect(sh.complete('aws kms encrypt --plaintext fileb://se')).toEqual({ start: 28, end: 38, candidates: ['fileb://secret.txt'] });
    expect(sh.complete('aws kms put-key-policy --policy file://s').candidates).toEqual(['file://secret.txt']);
  });

  it('completes at the cursor, after pipes and in the middle of a line', () => {
    const sh = shell();
    expect(sh.complete('cat secret.txt | ba').candidates).toEqual(['base64']);
    expect(sh.complete('aws kms des --key-id x', 11)).toEqual({ start: 8, end: 11, candidates: ['describe-custom-key-stores', 'describe-key'] });
  });
});
