import { describe, expect, it } from 'vitest';
import { SimulatedClock, utf8 } from '@/core';
import { VfsError } from './errors';
import { basename, dirname, resolvePath } from './path';
import { createStarterVfs, HOME, STARTER_SECRET } from './starter';
import { Vfs } from './vfs';

const setup = () => {
  const clock = new SimulatedClock(Date.UTC(2026, 0, 1));
  return { clock, vfs: new Vfs(clock) };
};

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof VfsError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'ok';
};

describe('paths', () => {
  it('resolves relative paths, . and .. lexically', () => {
    expect(resolvePath('/home/u', 'a/./b/../c')).toBe('/home/u/a/c');
    expect(resolvePath('/home/u', '/x//y/')).toBe('/x/y');
    expect(resolvePath('/', '../..')).toBe('/');
    expect(dirname('/a/b')).toBe('/a');
    expect(basename('/a/b/')).toBe('b');
    expect(basename('/')).toBe('/');
  });
});

describe('Vfs', () => {
  it('stores bytes exactly, binary included', () => {
    const { vfs } = setup();
    const bytes = new Uint8Array([0, 255, 1, 128, 10, 13]);
    vfs.writeFile('/blob', bytes);
    bytes[0] = 9; // the caller's array is copied
    expect([...vfs.readFile('/blob')]).toEqual([0, 255, 1, 128, 10, 13]);
    vfs.appendFile('/blob', new Uint8Array([7]));
    expect(vfs.readFile('/blob').length).toBe(7);
  });

  it('takes modification times from the injected clock', async () => {
    const { vfs, clock } = setup();
    vfs.writeFile('/f', utf8('x'));
    expect(vfs.stat('/f').mtimeMs).toBe(Date.UTC(2026, 0, 1));
    await clock.advanceDays(1);
    vfs.touch('/f');
    expect(vfs.stat('/f').mtimeMs).toBe(Date.UTC(2026, 0, 2));
  });

  it('reports POSIX errors', () => {
    const { vfs } = setup();
    vfs.mkdir('/d');
    vfs.writeFile('/d/f', utf8('x'));
    expect(code(() => vfs.readFile('/nope'))).toBe('ENOENT: No such file or directory');
    expect(code(() => vfs.readFile('/d'))).toBe('EISDIR: Is a directory');
    expect(code(() => vfs.readFile('/d/f/x'))).toBe('ENOTDIR: Not a directory');
    expect(code(() => vfs.readFile('/d/f/'))).toBe('ENOTDIR: Not a directory');
    expect(code(() => vfs.writeFile('/nope/f', utf8('')))).toBe('ENOENT: No such file or directory');
    expect(code(() => vfs.writeFile('/d', utf8('')))).toBe('EISDIR: Is a directory');
    expect(code(() => vfs.mkdir('/d'))).toBe('EEXIST: File exists');
    expect(code(() => vfs.mkdir('/a/b'))).toBe('ENOENT: No such file or directory');
    expect(code(() => vfs.rmdir('/d'))).toBe('ENOTEMPTY: Directory not empty');
    expect(code(() => vfs.unlink('/d'))).toBe('EISDIR: Is a directory');
    expect(code(() => vfs.rmdir('/d/f'))).toBe('ENOTDIR: Not a directory');
    expect(code(() => vfs.rename('/d', '/d/sub'))).toBe('EINVAL: Invalid argument');
    expect(code(() => vfs.removeTree('/'))).toBe('EBUSY: Device or resource busy');
  });

  it('creates parents with mkdir -p semantics and lists entries sorted', () => {
    const { vfs } = setup();
    vfs.mkdir('/a/b/c', { parents: true });
    vfs.mkdir('/a/b', { parents: true });
    vfs.writeFile('/a/b/z', utf8(''));
    vfs.writeFile('/a/b/A', utf8(''));
    expect(vfs.readdir('/a/b')).toEqual(['A', 'c', 'z']);
    expect(vfs.stat('/a/b').nlink).toBe(3);
    expect(code(() => vfs.mkdir('/a/b/z/q', { parents: true }))).toBe('ENOTDIR: Not a directory');
  });

  it('renames files and directories, replacing files', () => {
    const { vfs } = setup();
    vfs.writeFile('/x', utf8('1'));
    vfs.writeFile('/y', utf8('2'));
    vfs.rename('/x', '/y');
    expect(vfs.exists('/x')).toBe(false);
    expect(new TextDecoder().decode(vfs.readFile('/y'))).toBe('1');
    vfs.mkdir('/d');
    vfs.rename('/y', '/d/y');
    vfs.rename('/d', '/e');
    expect(vfs.isFile('/e/y')).toBe(true);
    vfs.removeTree('/e');
    expect(vfs.exists('/e')).toBe(false);
  });

  it('notifies subscribers of changes', () => {
    const { vfs } = setup();
    let n = 0;
    const off = vfs.subscribe(() => n++);
    vfs.writeFile('/a', utf8('x'));
    vfs.mkdir('/b');
    off();
    vfs.unlink('/a');
    expect(n).toBe(2);
  });

  it('starts a home with the course secret', () => {
    const vfs = createStarterVfs(new SimulatedClock());
    expect(new TextDecoder().decode(vfs.readFile(`${HOME}/secret.txt`))).toBe(STARTER_SECRET);
    expect(vfs.isDir('/tmp')).toBe(true);
  });
});
