/** The registry's conventions: one operation, one file, one test, one name in three spellings. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kebab } from '@/core';
import { KEY_STATE_TABLE } from '@/kms/model/key-states';
import { kmsOperations } from './registry';

const here = dirname(fileURLToPath(import.meta.url));

describe('the KMS operation registry', () => {
  it('holds the 36 operations of the course and the API surface the lab simulates', () => {
    expect(kmsOperations).toHaveLength(36);
    expect(new Set(kmsOperations.map((o) => o.name)).size).toBe(36);
  });

  it.each(kmsOperations.map((o) => [o.name, o] as const))('%s has its file, its test, its IAM action and a summary', (name, op) => {
    const file = kebab(name);
    expect(existsSync(join(here, `${file}.ts`)), `${file}.ts`).toBe(true);
    expect(existsSync(join(here, `${file}.test.ts`)), `${file}.test.ts`).toBe(true);
    expect(op.action.startsWith(`kms:${name}`), op.action).toBe(true); // ReEncrypt checks kms:ReEncryptFrom and kms:ReEncryptTo
    expect(op.summary.length).toBeGreaterThan(10);
    if (op.key) expect(KEY_STATE_TABLE[name], `key-state row for ${name}`).toBeDefined();
  });

  it('spells names as the CLI does', () => {
    expect(kebab('GenerateDataKeyWithoutPlaintext')).toBe('generate-data-key-without-plaintext');
    expect(kebab('ReEncrypt')).toBe('re-encrypt');
    expect(kebab('DescribeCustomKeyStores')).toBe('describe-custom-key-stores');
  });
});
