// The size budget's plumbing (issue 8): which files count as the first screen, that size-limit's
// config measures exactly those and fails over the limit, and how the report attributes bytes.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { bytesPerSource, decodeVlq, folderOf } from './bundle-report';
import { FIRST_SCREEN_LIMIT_KB, firstScreenFiles } from './first-screen';

const HTML = `<!doctype html><html><head>
  <link rel="icon" type="image/svg+xml" href="./favicon.svg" />
  <link rel="manifest" href="./manifest.webmanifest" />
  <script src="./theme.js"></script>
  <script type="module" crossorigin src="./assets/index-abc.js"></script>
  <link rel="modulepreload" crossorigin href="./assets/react-1.js">
  <link rel="modulepreload" crossorigin href="./assets/state-2.js">
  <link rel="modulepreload" href="https://cdn.example.com/x.js">
  <link rel="stylesheet" crossorigin href="./assets/index-def.css">
</head><body><div id="root"></div></body></html>`;

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** A built site whose first screen is index.html + one entry of `entryBytes` incompressible bytes. */
async function site(entryBytes: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kms-lab-size-'));
  dirs.push(dir);
  await mkdir(join(dir, 'assets'));
  await writeFile(
    join(dir, 'index.html'),
    '<script type="module" src="./assets/index-x.js"></script><link rel="modulepreload" href="./assets/dep-y.js"><link rel="stylesheet" href="./assets/index-z.css">',
  );
  await writeFile(join(dir, 'assets/index-x.js'), randomBytes(entryBytes));
  await writeFile(join(dir, 'assets/dep-y.js'), 'export const y = 1;\n');
  await writeFile(join(dir, 'assets/index-z.css'), 'body { margin: 0 }\n');
  await writeFile(join(dir, 'assets/lazy-w.js'), randomBytes(300_000)); // not on the first screen
  return dir;
}

/** ANSI colour codes (size-limit colours its report under CI=true). */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const plain = (s: string) => s.replace(ANSI, '');
const sizeLimit = (dist: string) =>
  promisify(execFile)(process.execPath, [resolve('node_modules/size-limit/bin.js')], { env: { ...process.env, KMSLAB_DIST: dist } }).then(
    (r) => ({ code: 0, out: plain(r.stdout + r.stderr) }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: plain(e.stdout + e.stderr) }),
  );

describe('first screen files', () => {
  it('are the scripts, modulepreloads and stylesheets of index.html, not icons or other origins', () => {
    expect(firstScreenFiles(HTML)).toEqual(['theme.js', 'assets/index-abc.js', 'assets/react-1.js', 'assets/state-2.js', 'assets/index-def.css']);
    expect(FIRST_SCREEN_LIMIT_KB).toBe(150);
  });

  it('size-limit measures exactly them, and fails the build over 150 kB gzip', async () => {
    const small = await sizeLimit(await site(100_000));
    expect(small.out).toMatch(/First screen: .*\(3 files\)/);
    expect(small.out).toMatch(/Size limit: 150 kB/);
    expect(small.code).toBe(0);

    const big = await sizeLimit(await site(160_000));
    expect(big.code).not.toBe(0);
    expect(big.out).toMatch(/exceeded/i);
  });
});

describe('bundle report', () => {
  it('decodes source map VLQ segments', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('ACDgB')).toEqual([0, 1, -1, 16]);
    expect(() => decodeVlq('A!')).toThrow(/VLQ/);
  });

  it('gives each source the generated text up to the next mapping, glue to "(no source)"', () => {
    // Line 1: "ab" with 'a' from a.ts, 'b' from b.ts; line 2: "xcd" with "cd" from b.ts (column 1).
    const sizes = bytesPerSource('ab\nxcd', { sources: ['a.ts', 'b.ts'], mappings: 'AAAA,CCAA;CAAA' });
    expect(Object.fromEntries(sizes)).toEqual({ 'a.ts': 1, 'b.ts': 3, '(no source)': 2 });
  });

  it('groups sources by folder, and node_modules by package', () => {
    expect(folderOf('src/kms/operations/encrypt.ts', 2)).toBe('src/kms');
    expect(folderOf('src/kms/operations/encrypt.ts', 3)).toBe('src/kms/operations');
    expect(folderOf('node_modules/react-dom/cjs/react-dom.production.js', 2)).toBe('node_modules/react-dom');
    expect(folderOf('node_modules/@peculiar/x509/build/x509.es.js', 2)).toBe('node_modules/@peculiar/x509');
    expect(folderOf('(no source)', 2)).toBe('(no source)');
  });
});
