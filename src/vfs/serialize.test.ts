import { describe, expect, it } from 'vitest';
import { SimulatedClock, utf8 } from '@/core';
import { VfsDataError } from './errors';
import { createStarterVfs } from './starter';
import { Vfs } from './vfs';

describe('serialization', () => {
  it('round-trips through structuredClone (what IndexedDB does)', () => {
    const clock = new SimulatedClock();
    const vfs = createStarterVfs(clock);
    vfs.writeFile('/tmp/bin', new Uint8Array([0, 1, 2, 255]));
    const copy = new Vfs(clock, structuredClone(vfs.toData()));
    expect([...copy.readFile('/tmp/bin')]).toEqual([0, 1, 2, 255]);
    expect(copy.readdir('/')).toEqual(['home', 'tmp']);
    expect(copy.stat('/tmp/bin').mtimeMs).toBe(vfs.stat('/tmp/bin').mtimeMs);
  });

  it('rejects bad data with a clear error and keeps the current tree', () => {
    const vfs = createStarterVfs(new SimulatedClock());
    vfs.writeFile('/keep', utf8('mine'));
    const good = vfs.toData();
    const cases: [unknown, string][] = [
      [null, 'Invalid file system data: expected an object'],
      [{ ...good, format: 'zip' }, 'Invalid file system data: format must be "kmslab-vfs"'],
      [{ ...good, version: 9 }, 'Unsupported file system data version 9 (expected 1)'],
      [{ ...good, root: { type: 'file', mtimeMs: 0, data: new Uint8Array() } }, 'Invalid file system data at /: the root must be a directory'],
      [
        { ...good, root: { type: 'dir', mtimeMs: 0, entries: { a: { type: 'file', mtimeMs: 0, data: 'text' } } } },
        'Invalid file system data at /a: data must be a Uint8Array',
      ],
      [
        { ...good, root: { type: 'dir', mtimeMs: 0, entries: { 'a/b': { type: 'dir', mtimeMs: 0, entries: {} } } } },
        'Invalid file system data at /: invalid entry name "a/b"',
      ],
      [{ ...good, root: { type: 'dir', mtimeMs: 'now', entries: {} } }, 'Invalid file system data at /: mtimeMs must be a finite number'],
      [
        { ...good, root: { type: 'dir', mtimeMs: 0, entries: { x: { type: 'link', mtimeMs: 0 } } } },
        'Invalid file system data at /x: type must be "file" or "dir"',
      ],
    ];
    for (const [data, message] of cases) {
      expect(() => vfs.restore(data as never)).toThrow(new VfsDataError(message));
    }
    expect(new TextDecoder().decode(vfs.readFile('/keep'))).toBe('mine');
  });
});

describe('file names that are JavaScript property names', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('a file named %s survives saving and restoring', (name) => {
    const clock = new SimulatedClock();
    const vfs = createStarterVfs(clock);
    vfs.writeFile(`/tmp/${name}`, utf8('kept'));
    vfs.mkdir(`/tmp/d-${name}/${name}`, { parents: true });
    const data = vfs.toData();
    for (const copy of [new Vfs(clock, data), new Vfs(clock, structuredClone(data))]) {
      expect(copy.readdir('/tmp')).toEqual([name, `d-${name}`].sort());
      expect(new TextDecoder().decode(copy.readFile(`/tmp/${name}`))).toBe('kept');
      expect(copy.isDir(`/tmp/d-${name}/${name}`)).toBe(true);
    }
  });
});
