// The "What is simplified" notes come from the code's header comments (issue 8: the simplifications
// are written in the operation's header and shown in the app).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SIMPLIFIED_NOTES } from 'virtual:simplified-notes';
import { collectNotes, noteOf } from './simplified-notes-plugin';

describe('simplified notes', () => {
  it("takes the header's Simplified: paragraph, its title and its AWS documentation link", () => {
    const src = `/**\n * Encrypt: https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html\n * Encrypts 1-4096 bytes.\n *\n * Simplified: no grants;\n * no Recipient.\n *\n * Another paragraph.\n */\nimport x from './x';\n/** Simplified: not a header. */`;
    expect(noteOf(src, 'src/kms/operations/encrypt.ts')).toEqual({
      file: 'src/kms/operations/encrypt.ts',
      title: 'Encrypt',
      docs: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html',
      text: 'no grants; no Recipient.',
    });
  });

  it('reads the header after leading line comments, ends at the comment, and ignores files without a note', () => {
    expect(noteOf(`// a\n// b\n/**\n * The simulated clock. More words.\n * Simplified: time is simulated. */`, 'src/core/clock.ts')).toEqual({
      file: 'src/core/clock.ts',
      title: 'The simulated clock',
      text: 'time is simulated.',
    });
    expect(noteOf(`/** The shell's words (the\n * rest). Simplified: nothing here is at a line start. */`, 'x.ts')).toBeUndefined();
    expect(noteOf(`import x from 'y';\n/**\n * Simplified: too late, not the header.\n */`, 'x.ts')).toBeUndefined();
    expect(
      noteOf(`/**\n * aws-encryption-cli's command line, parsed with Python argparse's rules (the\n * real CLI ...).\n * Simplified: a subset.\n */`, 'a.ts')
        ?.title,
    ).toBe("aws-encryption-cli's command line, parsed with Python argparse's rules");
  });

  it('finds every header Simplified: paragraph of the source, and the app is given exactly those', () => {
    const notes = collectNotes(process.cwd());
    const grep = execFileSync('grep', ['-rlE', '--include=*.ts', '--include=*.tsx', '^ \\* Simplified:', 'src'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => f && !/\.test\.tsx?$/.test(f))
      .sort();
    expect(notes.map((n) => n.file)).toEqual(grep);
    expect(notes.length).toBeGreaterThan(30);
    expect(SIMPLIFIED_NOTES).toEqual(notes);
    expect(notes.find((n) => n.file === 'src/kms/operations/create-key.ts')).toMatchObject({
      title: 'CreateKey',
      text: expect.stringMatching(/^multi-Region and external key store keys are refused with UnsupportedOperationException/),
    });
    expect(notes.find((n) => n.file === 'src/cloud/pipeline.ts')?.text).toMatch(/the lab keeps this one order/);
    expect(notes.find((n) => n.file === 'src/kms/operations/create-grant.ts')?.text).toMatch(/grants take effect at once/);
  });
});
