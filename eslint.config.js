/**
 * ESLint flat config: the recommended JS and TypeScript rules, kept pragmatic, plus the
 * dependency rule of DESIGN.md section 3, enforced with `no-restricted-imports` per folder.
 *
 * Why the dependency rule is generated per folder depth: the rule only sees the import string
 * (`../../state`), not the file it points to, and `src/iam/state.ts` is a legitimate engine file
 * while `src/state/` is the UI store. From `src/kms/operations/x.ts`, exactly two `../` reach
 * `src/`, so `^(\.\./){2}state(/|$)` means "src/state" there and nothing else. Each file matches
 * exactly one of the generated config objects (rule options do not merge between objects).
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Engine areas (DESIGN.md section 3) and the project areas each one may import. */
const ENGINE = {
  core: [],
  iam: ['core'],
  vfs: ['core'],
  trail: ['core'],
  kms: ['core', 'iam', 'trail'],
  acm: ['core', 'iam', 'trail'],
  cloud: ['core', 'iam', 'trail', 'kms', 'acm'],
  cli: ['core', 'vfs', 'cloud', 'envelope'], // cli runs aws-encryption-cli over the envelope engine
  envelope: ['core', 'cloud'],
  labs: ['core', 'cloud'],
  quiz: ['core'],
  persist: ['core', 'cloud'],
  endpoint: ['core', 'cloud'],
};
/**
 * Tests and test harnesses (`*.test.ts`, `testing/`) may also use what drives the area end to
 * end: service tests go through the one entry, cloud.call (the whole pipeline, as users reach
 * it), labs' tests replay solutions through the shell, and the CLI's golden test runs the real
 * AWS CLI against the local endpoint (DESIGN.md section 3).
 */
const TEST_EXTRA = { iam: ['cloud'], trail: ['cloud'], kms: ['cloud'], acm: ['cloud'], labs: ['cli'], cli: ['endpoint'], quiz: ['cloud', 'cli'] };

const ALL_AREAS = [...Object.keys(ENGINE), 'state', 'features', 'app', 'components', 'styles'];
const UI_PACKAGES = ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'framer-motion', 'framer-motion/*', 'motion', 'motion/*', '@radix-ui/*'];
const MAX_DEPTH = 6;
const TS = '{ts,tsx,js,mjs}';
const TESTS = [`src/**/*.test.${TS}`, 'src/**/testing/**'];

const up = (depth) => `(\\.\\./){${depth + 1}}`;
const filesAt = (dir, depth) => [`src/${dir}/${'*/'.repeat(depth)}*.${TS}`];

function engineRule(area, depth, allowed) {
  const forbidden = ALL_AREAS.filter((a) => a !== area && !allowed.includes(a));
  return {
    paths: [],
    patterns: [
      { group: UI_PACKAGES, message: `src/${area} is engine code: it must not import UI libraries (DESIGN.md section 3).` },
      {
        regex: `^${up(depth)}(${forbidden.join('|')})(/|$)`,
        message: `src/${area} may import only ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'nothing of the project'} (DESIGN.md section 3).`,
      },
    ],
  };
}

function engineConfigs() {
  const out = [];
  for (const [area, allowed] of Object.entries(ENGINE)) {
    for (let depth = 0; depth <= MAX_DEPTH; depth++) {
      out.push({ name: `deps/${area}/${depth}`, files: filesAt(area, depth), rules: { 'no-restricted-imports': ['error', engineRule(area, depth, allowed)] } });
      if (TEST_EXTRA[area]) {
        const files = [`src/${area}/${'*/'.repeat(depth)}*.test.${TS}`];
        if (depth > 0) files.push(`src/${area}/${'*/'.repeat(depth - 1)}testing/*.${TS}`);
        out.push({ name: `deps/${area}/${depth}/tests`, files, rules: { 'no-restricted-imports': ['error', engineRule(area, depth, [...allowed, ...TEST_EXTRA[area]])] } });
      }
    }
  }
  return out;
}

/** features/<name>/** may not import another feature, nor the app that composes them. */
function featureConfigs() {
  const out = [];
  for (let depth = 1; depth <= MAX_DEPTH; depth++) {
    // depth counts folders below src/features (1 = src/features/<name>/file.ts).
    out.push({
      name: `deps/features/${depth}`,
      files: filesAt('features', depth),
      rules: {
        'no-restricted-imports': ['error', {
          patterns: [
            { regex: `^${up(depth - 1)}[^./][^/]*(/|$)`, message: 'Features never import each other (DESIGN.md section 3); share through components/ui or state.' },
            { regex: `^${up(depth)}app(/|$)`, message: 'Features do not import the app; the app composes the features (DESIGN.md section 3).' },
          ],
        }],
      },
    });
  }
  return out;
}

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'coverage/', 'test-results/', '.state/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'project/base',
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: {
      // The engine's operation table holds heterogeneous OperationDef<any, any, any>; typing it
      // exactly would mean a union of ~60 operation types for no safety gain at the call site.
      '@typescript-eslint/no-explicit-any': 'off',
      // `_`-prefixed names are deliberately unused (callbacks with fixed signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Non-null assertions follow checks that TypeScript cannot see (regex groups, table lookups).
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { name: 'project/tests', files: TESTS, rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
  ...engineConfigs(),
  ...featureConfigs(),
]);
