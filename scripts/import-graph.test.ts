// Lazy screens stay light (issue 8): a screen that only reads the account must not pull in the
// registry of every service (ACM, Private CA, CloudFront ... and their shapes), which loads with
// the CLI, CloudShell and the wire protocol. On a phone (Lighthouse mobile) the learn screen took
// 2.7 s instead of 3.5 s to its largest paint once a lab's check stopped importing the cloud barrel.
import { describe, expect, it } from 'vitest';
import { importCycles, reachable, sourceFiles, staticImports } from './import-graph';

const ALL_SERVICES = 'src/cloud/registry.ts';
const CATALOGUE = 'src/labs/catalog/index.ts';

describe('static import graph', () => {
  it('follows run-time imports and re-exports, not type-only imports or import()', () => {
    const src = `import a from './a';\nimport type { B } from './b';\nimport { c,\n  d } from "./c";\nexport { e } from './e';\nexport type { F } from './f';\nimport './side-effect.css';\nconst g = () => import('./g');\nimport React from 'react';`;
    expect(staticImports(src)).toEqual(['./a', './c', './e', './side-effect.css', 'react']);
  });

  it('finds the all-services registry where it belongs, so the check below can fail', () => {
    expect(reachable('src/cli/index.ts').has(ALL_SERVICES)).toBe(true);
  });

  it.each(['src/features/learn/index.ts', 'src/features/drills/index.ts', 'src/features/kms-console/keys/customer-keys-page.tsx', 'src/labs/catalog/index.ts'])(
    '%s does not load every service',
    (entry) => {
      expect([...reachable(entry)].filter((f) => f === ALL_SERVICES)).toEqual([]);
    },
  );

  it('the shell knows the jq command without loading jq itself (its WebAssembly loads on the first jq)', () => {
    const cli = reachable('src/cli/index.ts');
    expect(cli.has('src/cli/jq/command.ts')).toBe(true);
    expect(cli.has('src/cli/jq/program.ts')).toBe(false);
    expect(cli.has('src/cli/jq/host.ts')).toBe(false);
  });

  it('the drills screen does not load the lab catalogue (steps, checks, solutions): saved progress is checked against the lab ids', () => {
    expect(reachable('src/features/labs/index.ts').has(CATALOGUE)).toBe(true);
    expect(reachable('src/features/drills/index.ts').has(CATALOGUE)).toBe(false);
  });

  it('the first screen does not carry the grant or custom key store code: their rows load it on their first call, and a key with grants loads the grant rules before it is authorized', () => {
    const lazy = [
      'src/kms/model/grants.ts',
      'src/kms/operations/grant-ops.ts',
      'src/kms/operations/create-grant.ts',
      'src/kms/operations/list-grants.ts',
      'src/kms/operations/list-retirable-grants.ts',
      'src/kms/operations/retire-grant.ts',
      'src/kms/operations/revoke-grant.ts',
      'src/kms/operations/custom-key-store-ops.ts',
      'src/kms/operations/create-custom-key-store.ts',
      'src/kms/operations/describe-custom-key-stores.ts',
    ];
    const services = reachable('src/kms/operations/registry.ts');
    expect(services.has('src/kms/operations/grant-rows.ts')).toBe(true);
    expect(services.has('src/kms/model/grant-check.ts')).toBe(true);
    expect(lazy.filter((f) => services.has(f))).toEqual([]);
    expect(lazy.filter((f) => reachable('src/main.tsx').has(f))).toEqual([]);
  });

  it('the first screen does not carry the signing, MAC and key-wrapping code: Sign, Verify, GenerateMac, VerifyMac and the import operations load it on their first call', () => {
    const lazy = [
      'src/kms/crypto/key-wrap.ts',
      'src/kms/crypto/hmac.ts',
      'src/kms/crypto/noble.ts',
      'src/kms/crypto/der-read.ts',
      'src/kms/model/signing-rules.ts',
      'src/kms/model/mac-key.ts',
    ];
    const services = reachable('src/kms/operations/registry.ts');
    expect(services.has('src/kms/operations/sign.ts')).toBe(true);
    expect(lazy.filter((f) => services.has(f))).toEqual([]);
    expect(lazy.filter((f) => reachable('src/main.tsx').has(f))).toEqual([]);
  });

  it('finds an import circle, one closed by a type-only import or a re-export too', () => {
    const files: Record<string, string> = {
      'src/a/index.ts': "import { b } from './b';\nexport type { T } from './t';",
      'src/a/b.ts': "import type { Run } from './index';",
      'src/a/t.ts': "import { x } from '@/c/x';",
      'src/c/x.ts': "export { y } from '@/a/t';",
      'src/c/free.ts': "import type { Run } from '@/a';",
    };
    expect(importCycles(Object.keys(files), (f) => files[f]!)).toEqual([
      ['src/a/t.ts', 'src/c/x.ts'],
      ['src/a/index.ts', 'src/a/b.ts'],
    ]);
  });

  it('the source has no import circle, type-only imports included (envelope, kms/lifecycle, vfs, state, app and cloud had some)', () => {
    const files = sourceFiles('src');
    expect(files).toContain('src/kms/lifecycle/index.ts');
    expect(importCycles(files)).toEqual([]);
  });
});
