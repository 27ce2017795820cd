/** The registry's conventions: one operation, one file, one test, one name in three spellings. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kebab, operationOfRow } from '@/core';
import { kmsOperations } from './registry';

const here = dirname(fileURLToPath(import.meta.url));

/** The operations the course uses: the registry holds them all (and may hold more: docs/adding-an-operation.md). */
const COURSE_OPERATIONS = [
  'CancelKeyDeletion',
  'ConnectCustomKeyStore',
  'CreateAlias',
  'CreateCustomKeyStore',
  'CreateKey',
  'Decrypt',
  'DeleteAlias',
  'DeleteImportedKeyMaterial',
  'DescribeCustomKeyStores',
  'DescribeKey',
  'DisableKey',
  'DisableKeyRotation',
  'DisconnectCustomKeyStore',
  'EnableKey',
  'EnableKeyRotation',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'GenerateRandom',
  'GetKeyPolicy',
  'GetKeyRotationStatus',
  'GetParametersForImport',
  'ImportKeyMaterial',
  'ListAliases',
  'ListKeyPolicies',
  'ListKeyRotations',
  'ListKeys',
  'ListResourceTags',
  'PutKeyPolicy',
  'ReEncrypt',
  'RotateKeyOnDemand',
  'ScheduleKeyDeletion',
  'TagResource',
  'UntagResource',
  'UpdateAlias',
  'UpdateKeyDescription',
] as const;

describe('the KMS operation registry', () => {
  it('holds the 36 operations of the course and the API surface the lab simulates, each once', () => {
    const names = kmsOperations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining([...COURSE_OPERATIONS]));
    expect(COURSE_OPERATIONS).toHaveLength(36);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(kmsOperations.map((o) => [o.name, o] as const))('%s has its file, its test, its IAM action and a summary', async (name, row) => {
    // A lazy row (grant-rows.ts) is checked as the operation its file holds, which carries the row's head.
    const op = await operationOfRow(row);
    const file = kebab(name);
    expect(existsSync(join(here, `${file}.ts`)), `${file}.ts`).toBe(true);
    expect(existsSync(join(here, `${file}.test.ts`)), `${file}.test.ts`).toBe(true);
    expect(op.action.startsWith(`kms:${name}`), op.action).toBe(true); // ReEncrypt checks kms:ReEncryptFrom and kms:ReEncryptTo
    expect(op.summary.length).toBeGreaterThan(10);
    // Every key an operation acts on declares its key-state row (the alias of the alias operations is not a key).
    for (const [resource, step] of Object.entries(op.resources ?? {})) {
      if (resource !== 'alias') expect((step as { state?: unknown }).state, `key-state rule of ${name}'s ${resource}`).toBeTypeOf('function');
    }
  });

  it('spells names as the CLI does', () => {
    expect(kebab('GenerateDataKeyWithoutPlaintext')).toBe('generate-data-key-without-plaintext');
    expect(kebab('ReEncrypt')).toBe('re-encrypt');
    expect(kebab('DescribeCustomKeyStores')).toBe('describe-custom-key-stores');
  });
});
