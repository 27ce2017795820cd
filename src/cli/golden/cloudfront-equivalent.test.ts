/**
 * The create-distribution command the console shows (its CLI equivalent) passes the real AWS
 * CLI's own parameter validation (botocore's CloudFront model), and the lab's old shape did not.
 * The real CLI is pointed at a closed port on this machine: reaching "Could not connect" means
 * the parameters were accepted. Skipped without /usr/bin/aws (fails in CI).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEquivalent, loadServicesOf } from '@/cli/equivalent';
import { AWS, hasAws } from '@/endpoint/testing/real-aws';
import { simpleDistributionConfig } from '@/cloud/cloudfront';

const home = mkdtempSync(join(tmpdir(), 'kmslab-cloudfront-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** Runs the command line with the real CLI against a closed local port; returns its stderr. */
function realCli(command: string): string {
  const line = `${command.replace(/^aws /, `${AWS} `)} --endpoint-url http://127.0.0.1:9 --cli-connect-timeout 1`;
  const env = {
    PATH: '/usr/bin:/bin',
    HOME: home,
    AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'example',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_MAX_ATTEMPTS: '1',
  };
  return spawnSync('bash', ['-c', line], { env, encoding: 'utf8', timeout: 60_000 }).stderr;
}

describe.runIf(hasAws || !!process.env.CI)('the console’s create-distribution command and the real AWS CLI', () => {
  it('is accepted by the real CLI’s parameter validation, with a certificate and an alias or without', { timeout: 120_000 }, async () => {
    await loadServicesOf([{ service: 'cloudfront', operation: 'CreateDistribution' }]);
    const arn = 'arn:aws:acm:us-east-1:111122223333:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
    for (const config of [
      simpleDistributionConfig({ callerReference: 'console-1', origin: 'my-bucket.s3.amazonaws.com', aliases: ['www.example.com'], certificateArn: arn }),
      simpleDistributionConfig({ callerReference: 'console-2', origin: 'www.example.org' }),
    ]) {
      const stderr = realCli(cliEquivalent('cloudfront', 'CreateDistribution', { DistributionConfig: config }));
      expect(stderr).not.toMatch(/Parameter validation failed/);
      expect(stderr).toMatch(/Could not connect to the endpoint URL: "http:\/\/127\.0\.0\.1:9\/2020-05-31\/distribution"/);
    }
  });

  it('refuses the shape the lab used to show (OriginDomainName, no Origins or DefaultCacheBehavior): the check can fail', { timeout: 60_000 }, () => {
    const old = `aws cloudfront create-distribution --distribution-config '{"CallerReference":"x","Comment":"","Enabled":true,"OriginDomainName":"my-bucket.s3.amazonaws.com"}'`;
    expect(realCli(old)).toMatch(
      /Parameter validation failed:\nMissing required parameter in DistributionConfig: "Origins"[^]*Unknown parameter in DistributionConfig: "OriginDomainName"/,
    );
  });
});
