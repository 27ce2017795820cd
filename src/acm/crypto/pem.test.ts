import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AwsError } from '@/core';
import { readPem, toPem } from './pem';
import { parseCertificate } from './x509';

const isClearError = (e: unknown) => e instanceof AwsError && e.code === 'ValidationException' && /^Could not parse the certificate: .+\.$/.test(e.message);

describe('PEM parsing', () => {
  it('round-trips DER through toPem/readPem', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), (body) => {
        const der = new Uint8Array([0x30, ...body]);
        const [b] = readPem(toPem('CERTIFICATE', der), 'certificate');
        expect(b!.label).toBe('CERTIFICATE');
        expect([...b!.der]).toEqual([...der]);
      }),
    );
  });

  it('rejects arbitrary text with a clear ValidationException, never a crash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        try {
          readPem(text, 'certificate');
          return text.includes('-----BEGIN');
        } catch (e) {
          return isClearError(e);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a damaged PEM block (bad base64, mismatched labels, stray text) clearly', () => {
    const good = toPem('CERTIFICATE', new Uint8Array([0x30, 3, 1, 2, 3]));
    const damage = fc.oneof(
      fc.constant(good.replace('END CERTIFICATE', 'END PRIVATE KEY')),
      fc
        .string({ minLength: 1, maxLength: 20 })
        .filter((s) => s.trim() !== '' && !s.includes('-'))
        .map((junk) => junk + '\n' + good),
      fc.constantFrom('!', '*', '$', '%').map((c) => good.replace(/\n(.)/, `\n${c}$1`)),
      fc.constant(good.replace('-----END CERTIFICATE-----\n', '')),
    );
    fc.assert(
      fc.property(damage, (bad) => {
        expect(() => readPem(bad, 'certificate')).toThrow(AwsError);
        try {
          readPem(bad, 'certificate');
        } catch (e) {
          expect(isClearError(e)).toBe(true);
        }
      }),
    );
  });

  it('says what is wrong', async () => {
    const msg = async (text: string) => (await parseCertificate(text).catch((e: AwsError) => e)) as AwsError;
    expect((await msg('')).message).toBe('Could not parse the certificate: it is empty.');
    expect((await msg('hello')).message).toBe(
      'Could not parse the certificate: no -----BEGIN ...----- / -----END ...----- block was found. Paste the PEM-encoded text.',
    );
    expect((await msg(toPem('PRIVATE KEY', new Uint8Array([0x30, 0])))).message).toBe(
      'Could not parse the certificate: expected a CERTIFICATE block, found PRIVATE KEY.',
    );
    expect((await msg(toPem('CERTIFICATE', new Uint8Array([0x30, 3, 1, 2, 3])))).message).toBe(
      'Could not parse the certificate: the PEM block does not contain a DER-encoded X.509 certificate.',
    );
  });

  it('rejects random DER inside a well-formed block without crashing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 200 }), async (body) => {
        const e = await parseCertificate(toPem('CERTIFICATE', new Uint8Array([0x30, ...body]))).catch((x: unknown) => x);
        expect(isClearError(e)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
