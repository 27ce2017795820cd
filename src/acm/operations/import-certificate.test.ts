/**
 * ImportCertificate with certificates made by OpenSSL: a leaf issued by an intermediate and
 * a root imports with its chain; a chain that did not issue the certificate is refused.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { utf8 } from '@/core';
import { acmLab } from '@/acm/testing/harness';

const dir = mkdtempSync(join(tmpdir(), 'acm-import-'));
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

function makeChain() {
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'root-key.pem',
    '-out',
    'root.pem',
    '-days',
    '3650',
    '-subj',
    '/CN=Lab Root',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
  );
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'int-key.pem', '-out', 'int.csr', '-subj', '/CN=Lab Intermediate');
  openssl('x509', '-req', '-in', 'int.csr', '-CA', 'root.pem', '-CAkey', 'root-key.pem', '-CAcreateserial', '-out', 'int.pem', '-days', '3650');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'leaf-key.pem', '-out', 'leaf.csr', '-subj', '/CN=shop.example.com');
  openssl('x509', '-req', '-in', 'leaf.csr', '-CA', 'int.pem', '-CAkey', 'int-key.pem', '-CAcreateserial', '-out', 'leaf.pem', '-days', '365');
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'other-key.pem', '-out', 'other.pem', '-days', '3650', '-subj', '/CN=Lab Intermediate');
}

describe('ImportCertificate', () => {
  it('imports a certificate with the chain that issued it, and GetCertificate returns the chain', async () => {
    makeChain();
    const t = acmLab(7, Date.now());
    const chain = read('int.pem') + read('root.pem');
    const { CertificateArn } = await t.acm('ImportCertificate', {
      Certificate: utf8(read('leaf.pem')),
      PrivateKey: utf8(read('leaf-key.pem')),
      CertificateChain: utf8(chain),
    });
    expect(await t.describe(CertificateArn)).toMatchObject({ Type: 'IMPORTED', Status: 'ISSUED', DomainName: 'shop.example.com' });
    const got = await t.acm('GetCertificate', { CertificateArn });
    expect(got.CertificateChain).toContain('-----BEGIN CERTIFICATE-----');
  });

  it('refuses a chain that did not issue the certificate (same name, other key), and a chain in the wrong order', async () => {
    const t = acmLab(7, Date.now());
    const base = { Certificate: utf8(read('leaf.pem')), PrivateKey: utf8(read('leaf-key.pem')) };
    await t.expectError(
      t.acm('ImportCertificate', { ...base, CertificateChain: utf8(read('other.pem')) }),
      'ValidationException',
      'Could not validate the certificate with the certificate chain.',
    );
    await t.expectError(
      t.acm('ImportCertificate', { ...base, CertificateChain: utf8(read('root.pem') + read('int.pem')) }),
      'ValidationException',
      'Could not validate the certificate with the certificate chain.',
    );
    await t.expectError(
      t.acm('ImportCertificate', { ...base, CertificateChain: utf8('-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n') }),
      'ValidationException',
      /Could not parse the certificate chain/,
    );
    expect((await t.acm('ListCertificates', {})).CertificateSummaryList).toEqual([]);
  });
});
