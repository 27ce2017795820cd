/**
 * The dependency rule (docs/architecture.md) is enforced by eslint.config.js. These tests lint
 * small snippets as if they lived in a given folder, so a config change that silently stops
 * enforcing the rule fails here.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const use = (spec: string) => `import * as m from '${spec}';\nexport const x = m;\n`;

describe('the dependency rule', () => {
  it('refuses React in the engine', async () => {
    const errors = await restrictedImports('src/kms/x.ts', "import React from 'react';\nexport const x = React;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('must not import UI libraries');
  });

  it.each([
    ['src/kms/x.ts', 'react-dom/client'],
    ['src/persist/x.ts', 'zustand'],
    ['src/cloud/protocol/x.ts', 'framer-motion'],
    ['src/cli/x.ts', 'motion/react'],
    ['src/labs/x.ts', '@radix-ui/react-tabs'],
    ['src/endpoint/x.ts', 'react'],
  ])('refuses UI libraries in %s (%s)', async (file, spec) => {
    expect(await restrictedImports(file, use(spec))).toHaveLength(1);
  });

  it.each([
    ['src/kms/x.ts', '@/features/home/home-page'],
    ['src/kms/operations/x.ts', '@/state/session'],
    ['src/persist/x.ts', '@/app/app'],
    ['src/cloud/protocol/deep/x.ts', '@/components/ui/button'],
  ])('refuses UI folders in the engine: %s -> %s', async (file, spec) => {
    expect(await restrictedImports(file, use(spec))).toHaveLength(1);
  });

  it.each([
    ['src/core/x.ts', '@/iam/model'],
    ['src/core/x.ts', '@/cloud'],
    ['src/iam/x.ts', '@/kms/model/key'],
    ['src/iam/x.ts', '@/state'],
    ['src/trail/x.ts', '@/iam/model'],
    ['src/vfs/x.ts', '@/cloud'],
    ['src/kms/model/x.ts', '@/cloud'],
    ['src/quiz/x.ts', '@/kms'],
  ])('keeps each engine area to its allowed imports: %s -> %s', async (file, spec) => {
    expect(await restrictedImports(file, use(spec))).toHaveLength(1);
  });

  it.each([
    ['src/core/x.ts', './bytes'],
    ['src/iam/x.ts', './state'],
    ['src/iam/operations/x.ts', '@/iam/state'],
    ['src/iam/x.ts', '@/core'],
    ['src/kms/operations/x.ts', '@/iam/state'],
    ['src/cloud/x.ts', '@/kms/model/key'],
    ['src/persist/x.ts', '@/cloud'],
    ['src/kms/testing/harness.ts', '@/cloud'],
    ['src/kms/operations/x.test.ts', '@/cloud'],
    ['src/app/x.tsx', 'react'],
    ['src/app/x.tsx', '@/features/home/home-page'],
    ['src/features/home/x.tsx', '@/components/ui/button'],
    ['src/features/home/x.tsx', '@/core'],
    ['src/features/home/x.tsx', './key-table'],
    ['src/features/home/parts/x.tsx', '@/features/home/key-table'],
  ])('allows %s -> %s', async (file, spec) => {
    expect(await restrictedImports(file, use(spec))).toEqual([]);
  });

  it.each([
    ['src/kms/operations/x.ts', '../context'],
    ['src/features/home/parts/x.tsx', '../key-table'],
    ['src/app/x.tsx', '../state/presenter'],
  ])('asks for @/ instead of a parent-relative import: %s -> %s', async (file, spec) => {
    const errors = await restrictedImports(file, use(spec));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('@/area');
  });

  it('keeps features apart', async () => {
    expect(await restrictedImports('src/features/home/x.tsx', use('@/features/kms-console/key-table'))).toHaveLength(1);
    expect(await restrictedImports('src/features/home/parts/x.tsx', use('@/features/labs/lab-page'))).toHaveLength(1);
    expect(await restrictedImports('src/features/home/x.tsx', use('@/app/app'))).toHaveLength(1);
  });
});
