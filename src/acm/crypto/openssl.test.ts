/**
 * Real tools read what the lab makes: OpenSSL parses and verifies a private certificate
 * against its CA, opens the passphrase-protected exported key, and an `openssl req -x509`
 * certificate round-trips through ImportCertificate/GetCertificate.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { utf8 } from '@/core';
import { acmLab } from '@/acm/testing/harness';

const dir = mkdtempSync(join(tmpdir(), 'acm-openssl-'));
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), name);

describe('ACM certificates with OpenSSL', () => {
  it('issues a private certificate that openssl parses and verifies against the exported CA', async () => {
    const t = acmLab();
    const ca = await t.privateCa();
    const arn = (
      await t.acm('RequestCertificate', { DomainName: 'app.corp.internal', SubjectAlternativeNames: ['api.corp.internal'], CertificateAuthorityArn: ca })
    ).CertificateArn;
    const { Certificate } = await t.call('acm-pca', 'GetCertificateAuthorityCertificate', { CertificateAuthorityArn: ca });
    const got = await t.acm('GetCertificate', { CertificateArn: arn });
    expect(got.CertificateChain).toBe(Certificate);
    file('ca.pem', Certificate + '\n');
    file('cert.pem', got.Certificate + '\n');
    const text = openssl('x509', '-in', 'cert.pem', '-noout', '-text');
    expect(text).toContain('Subject: CN = app.corp.internal');
    expect(text).toContain('DNS:app.corp.internal, DNS:api.corp.internal');
    expect(text).toMatch(/Issuer: C = US, O = KMS Lab, CN = Lab Root CA/);
    expect(text).toContain('TLS Web Server Authentication');
    expect(openssl('verify', '-CAfile', 'ca.pem', 'cert.pem')).toBe('cert.pem: OK\n');
    expect(openssl('x509', '-in', 'ca.pem', '-noout', '-text')).toContain('CA:TRUE');
  });

  it('exports the private key encrypted with the passphrase, and openssl opens it', async () => {
    const t = acmLab();
    const ca = await t.privateCa('us-east-1', 'EC_prime256v1');
    const arn = (await t.acm('RequestCertificate', { DomainName: 'db.corp.internal', CertificateAuthorityArn: ca, KeyAlgorithm: 'EC_prime256v1' }))
      .CertificateArn;
    const out = await t.acm('ExportCertificate', { CertificateArn: arn, Passphrase: utf8('correct horse') });
    expect(out.PrivateKey).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
    file('exp-key.pem', out.PrivateKey + '\n');
    file('exp-cert.pem', out.Certificate + '\n');
    const fromKey = openssl('pkey', '-in', 'exp-key.pem', '-passin', 'pass:correct horse', '-pubout');
    const fromCert = openssl('x509', '-in', 'exp-cert.pem', '-noout', '-pubkey');
    expect(fromKey).toBe(fromCert);
    expect(() => openssl('pkey', '-in', 'exp-key.pem', '-passin', 'pass:wrong', '-noout')).toThrow();
    // The trail never holds the key.
    expect(JSON.stringify(t.cloud.state.trail.at(-1))).not.toContain('PRIVATE KEY');
  });

  it('round-trips an openssl req -x509 certificate through ImportCertificate and GetCertificate', async () => {
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'self-key.pem',
      '-out',
      'self.pem',
      '-days',
      '3650',
      '-subj',
      '/CN=legacy.example.com',
      '-addext',
      'subjectAltName=DNS:legacy.example.com,DNS:www.legacy.example.com',
    );
    const cert = readFileSync(join(dir, 'self.pem'), 'utf8');
    const key = readFileSync(join(dir, 'self-key.pem'), 'utf8');
    const t = acmLab(7, Date.now());
    const { CertificateArn } = await t.acm('ImportCertificate', { Certificate: utf8(cert), PrivateKey: utf8(key) });
    const c = await t.describe(CertificateArn);
    expect(c).toMatchObject({
      Type: 'IMPORTED',
      Status: 'ISSUED',
      DomainName: 'legacy.example.com',
      SubjectAlternativeNames: ['legacy.example.com', 'www.legacy.example.com'],
      KeyAlgorithm: 'RSA_2048',
      RenewalEligibility: 'INELIGIBLE',
    });
    const got = await t.acm('GetCertificate', { CertificateArn });
    expect(got.Certificate + '\n').toBe(cert);
    await t.expectError(t.acm('ExportCertificate', { CertificateArn, Passphrase: utf8('abcd') }), 'ValidationException', /cannot be exported/);
  });

  it('accepts a PKCS#1 RSA key and refuses a key that does not match the certificate', async () => {
    openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'a-key.pem', '-out', 'a.pem', '-days', '30', '-subj', '/CN=a.example.com');
    openssl('genrsa', '-traditional', '-out', 'b-key.pem', '2048');
    openssl('rsa', '-in', 'a-key.pem', '-traditional', '-out', 'a-key1.pem');
    const t = acmLab(7, Date.now());
    const cert = utf8(readFileSync(join(dir, 'a.pem'), 'utf8'));
    expect(readFileSync(join(dir, 'a-key1.pem'), 'utf8')).toMatch(/BEGIN RSA PRIVATE KEY/);
    await t.acm('ImportCertificate', { Certificate: cert, PrivateKey: utf8(readFileSync(join(dir, 'a-key1.pem'), 'utf8')) });
    await t.expectError(
      t.acm('ImportCertificate', { Certificate: cert, PrivateKey: utf8(readFileSync(join(dir, 'b-key.pem'), 'utf8')) }),
      'ValidationException',
      'The private key does not match the public key in the certificate.',
    );
  });

  it('refuses an expired certificate, two certificates in one field and an encrypted key', async () => {
    openssl(
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      'e-key.pem',
      '-out',
      'e.pem',
      '-days',
      '1',
      '-subj',
      '/CN=e.example.com',
    );
    openssl('pkey', '-in', 'e-key.pem', '-aes256', '-passout', 'pass:abcd', '-out', 'e-enc.pem');
    const cert = readFileSync(join(dir, 'e.pem'), 'utf8');
    const key = utf8(readFileSync(join(dir, 'e-key.pem'), 'utf8'));
    const t = acmLab(7, Date.now());
    const ok = await t.acm('ImportCertificate', { Certificate: utf8(cert), PrivateKey: key });
    expect((await t.describe(ok.CertificateArn)).KeyAlgorithm).toBe('EC_prime256v1');
    await t.expectError(
      t.acm('ImportCertificate', { Certificate: utf8(cert + cert), PrivateKey: key }),
      'ValidationException',
      'The certificate field contains more than one certificate. You can specify only one certificate in this field.',
    );
    await t.expectError(
      t.acm('ImportCertificate', { Certificate: utf8(cert), PrivateKey: utf8(readFileSync(join(dir, 'e-enc.pem'), 'utf8')) }),
      'ValidationException',
      /The private key is encrypted/,
    );
    await t.days(2);
    await t.expectError(t.acm('ImportCertificate', { Certificate: utf8(cert), PrivateKey: key }), 'ValidationException', /has expired/);
  });
});
