/**
 * ESLint flat config: the recommended JS and TypeScript rules, kept pragmatic, plus the
 * dependency rule of docs/architecture.md, enforced with `no-restricted-imports` per folder.
 *
 * Imports across folders are written `@/area/...` (tsconfig.json paths), and only same-folder
 * imports are relative (`./x`), so the rule reads the area an import reaches from the import
 * string alone. Each file matches exactly one of the generated config objects (rule options do
 * not merge between objects).
 */
import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Engine areas (docs/architecture.md) and the project areas each one may import. */
const ENGINE = {
  core: [],
  iam: ['core'],
  vfs: ['core'],
  trail: ['core'],
  kms: ['core', 'iam', 'trail'],
  acm: ['core', 'iam', 'trail'],
  secrets: ['core', 'iam', 'trail'],
  cloudtrail: ['core', 'trail'],
  cloud: ['core', 'iam', 'trail', 'kms', 'acm', 'secrets', 'cloudtrail'],
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
 * AWS CLI against the local endpoint.
 */
const TEST_EXTRA = {
  iam: ['cloud'],
  trail: ['cloud'],
  kms: ['cloud'],
  acm: ['cloud'],
  secrets: ['cloud', 'cli', 'endpoint'],
  cloudtrail: ['cloud', 'cli', 'endpoint'], // its wire test compares CloudShell with the real AWS CLI against the endpoint
  labs: ['cli'],
  cli: ['endpoint'],
  quiz: ['cloud', 'cli'],
};

const ALL_AREAS = [...Object.keys(ENGINE), 'state', 'features', 'app', 'components', 'styles', 'scenarios'];
const UI_PACKAGES = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'framer-motion',
  'framer-motion/*',
  'motion',
  'motion/*',
  '@radix-ui/*',
];
const TS = '{ts,tsx,js,mjs}';
const TESTS = [`src/**/*.test.${TS}`, 'src/**/testing/**'];
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** A parent-relative import hides which area it reaches; cross-folder imports say `@/area/...`. */
const NO_PARENT = { regex: '^\\.\\./', message: 'Import from another folder as @/area/... (tsconfig.json paths); only same-folder imports are relative.' };
const area = (names) => `^@/(${names.join('|')})(/|$)`;

function engineRule(name, allowed) {
  const forbidden = ALL_AREAS.filter((a) => a !== name && !allowed.includes(a));
  return {
    paths: [],
    patterns: [
      { group: UI_PACKAGES, message: `src/${name} is engine code: it must not import UI libraries (docs/architecture.md).` },
      {
        regex: area(forbidden),
        message: `src/${name} may import only ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'nothing of the project'} (docs/architecture.md).`,
      },
      NO_PARENT,
    ],
  };
}

function engineConfigs() {
  const out = [];
  for (const [name, allowed] of Object.entries(ENGINE)) {
    const files = [`src/${name}/**/*.${TS}`];
    const tests = [`src/${name}/**/*.test.${TS}`, `src/${name}/**/testing/**/*.${TS}`];
    out.push({ name: `deps/${name}`, files, ignores: TEST_EXTRA[name] ? tests : [], rules: { 'no-restricted-imports': ['error', engineRule(name, allowed)] } });
    if (TEST_EXTRA[name]) {
      out.push({
        name: `deps/${name}/tests`,
        files: tests,
        rules: { 'no-restricted-imports': ['error', engineRule(name, [...allowed, ...TEST_EXTRA[name]])] },
      });
    }
  }
  return out;
}

/** features/<name>/** may not import another feature, nor the app that composes them. */
function featureConfigs() {
  return FEATURES.map((feature) => ({
    name: `deps/features/${feature}`,
    files: [`src/features/${feature}/**/*.${TS}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^@/features/(?!${feature}(/|$))`,
              message: 'Features never import each other (docs/architecture.md); share through components/ui or state.',
            },
            { regex: area(['app']), message: 'Features do not import the app; the app composes the features (docs/architecture.md).' },
            NO_PARENT,
          ],
        },
      ],
    },
  }));
}

/** Everywhere else in src (app, state, components, scenarios, main.tsx): only the parent-relative rule. */
const otherConfig = {
  name: 'deps/other',
  files: [`src/*.${TS}`, ...['app', 'state', 'components', 'scenarios', 'styles'].map((a) => `src/${a}/**/*.${TS}`)],
  rules: { 'no-restricted-imports': ['error', { patterns: [NO_PARENT] }] },
};

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'coverage/', 'test-results/', 'playwright-report/', '.state/']),
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
  otherConfig,
]);
