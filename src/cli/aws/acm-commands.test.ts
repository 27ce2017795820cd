import { describe, expect, it } from 'vitest';
import { shellLab } from '@/cli/testing';

describe('aws acm and aws acm-pca in CloudShell', () => {
  it('requests, lists (auto-paginated) and describes certificates', async () => {
    const lab = shellLab();
    const arn = (await lab.run(
      'aws acm request-certificate --domain-name www.example.com --validation-method DNS --query CertificateArn --output text',
    ))!.stdout.trim();
    expect(arn).toMatch(/^arn:aws:acm:us-east-1:111122223333:certificate\/[0-9a-f-]{36}$/);
    await lab.run('aws acm request-certificate --domain-name api.example.com');
    const listed = (await lab.run('aws acm list-certificates --page-size 1 --query "CertificateSummaryList[].DomainName" --output text'))!;
    expect(listed.status).toBe(0);
    expect(listed.stdout.trim().split(/\s+/).sort()).toEqual(['api.example.com', 'www.example.com']);
    const described = (await lab.run(`aws acm describe-certificate --certificate-arn ${arn} --query Certificate.Status --output text`))!;
    expect(described.stdout).toBe('PENDING_VALIDATION\n');
  });

  it('prints help derived from the registry and AWS errors with exit 254', async () => {
    const lab = shellLab();
    const help = (await lab.run('aws acm help'))!;
    expect(help.stdout).toMatch(/request-certificate/);
    const missing = (await lab.run(
      'aws acm describe-certificate --certificate-arn arn:aws:acm:us-east-1:111122223333:certificate/00000000-0000-0000-0000-000000000000',
    ))!;
    expect(missing.status).toBe(254);
    expect(missing.stderr).toMatch(/^\nAn error occurred \(ResourceNotFoundException\) when calling the DescribeCertificate operation: /);
  });
});
