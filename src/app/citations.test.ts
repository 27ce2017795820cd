/**
 * Source comments cite files inside the repository only: docs/ (docs/architecture.md,
 * docs/aws-behaviour.md, the two checklists), never notes that live elsewhere. A cited section,
 * `docs/<file>.md, "<Heading>"`, must be a heading of that file, so the citation leads somewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const OUTSIDE = /DESIGN\.md|kms-api-fidelity|tech-notes|learning-anchors|\/work\/shared|reference\/[\w-]+\.md/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : files(path);
    return /\.(ts|tsx|js|mjs|md)$/.test(d.name) ? [path] : [];
  });
}

const sources = () => [
  ...files(join(ROOT, 'src')),
  ...files(join(ROOT, 'scripts')),
  ...files(join(ROOT, 'build')),
  ...files(join(ROOT, 'e2e')),
  join(ROOT, 'eslint.config.js'),
  join(ROOT, 'playwright.config.ts'),
];
const headings = (doc: string) => new Set([...readFileSync(join(ROOT, doc), 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!.trim()));

describe('citations in the source', () => {
  it('name no file outside the repository', () => {
    const outside = sources().filter((f) => f !== __filename && OUTSIDE.test(readFileSync(f, 'utf8')));
    expect(outside.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('cite docs files that exist, and sections that are headings of them', () => {
    const broken: string[] = [];
    let cited = 0;
    for (const f of sources()) {
      const text = readFileSync(f, 'utf8').replace(/\n\s*(\*|\/\/)\s*/g, ' ');
      for (const m of text.matchAll(/(docs\/[\w-]+\.md)(?:, "([^"]+)")?/g)) {
        cited++;
        const [, doc, section] = m;
        if (!existsSync(join(ROOT, doc!))) broken.push(`${relative(ROOT, f)}: ${doc}`);
        else if (section && !headings(doc!).has(section)) broken.push(`${relative(ROOT, f)}: ${doc}, "${section}"`);
      }
    }
    expect(broken).toEqual([]);
    expect(cited).toBeGreaterThan(30);
  });
});
