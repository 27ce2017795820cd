// @vitest-environment jsdom
// vitest: own module graph (it checks that ACM is not loaded before it asks for it)
// ACM is loaded on demand (src/cloud/services.ts, issue 8): a CLI equivalent of an ACM call shown
// before anything loaded ACM first spells the command, then its flags once ACM's shapes are there.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadedOperations } from '@/cloud/services';
import { CliEquivalent } from './cli-equivalent';

describe('CliEquivalent', () => {
  it('shows the flags of a service loaded on demand once it is loaded', async () => {
    expect(loadedOperations('acm')).toBeUndefined();
    render(<CliEquivalent calls={[{ service: 'acm', operation: 'RequestCertificate', input: { DomainName: 'www.example.com', ValidationMethod: 'DNS' } }]} />);
    expect(await screen.findByText('aws acm request-certificate --domain-name www.example.com --validation-method DNS')).toBeTruthy();
    expect(loadedOperations('acm')).toBeDefined();
  });

  it('shows KMS commands with their flags at once', () => {
    render(<CliEquivalent calls={[{ service: 'kms', operation: 'CreateAlias', input: { AliasName: 'alias/a', TargetKeyId: 'k' } }]} />);
    expect(screen.getByText('aws kms create-alias --alias-name alias/a --target-key-id k')).toBeTruthy();
  });
});
