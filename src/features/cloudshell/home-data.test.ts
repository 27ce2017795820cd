import { describe, expect, it } from 'vitest';
import { createStarterVfs, HOME, Vfs, VfsDataError } from '@/vfs';
import { homeOf, withHome } from './home-data';

const clock = { nowMs: () => 1_000 };
const bytes = (s: string) => new TextEncoder().encode(s);

describe('home directory data', () => {
  it('saves only the home directory and puts it back into a fresh file system', () => {
    const vfs = createStarterVfs(clock);
    vfs.writeFile(`${HOME}/c.bin`, new Uint8Array([0, 255]));
    vfs.mkdir(`${HOME}/notes`);
    vfs.writeFile('/tmp/scratch', bytes('not kept'));
    const home = homeOf(vfs.toData())!;
    expect(Object.keys(home.entries).sort()).toEqual(['c.bin', 'notes', 'secret.txt']);

    const restored = new Vfs(clock, withHome(createStarterVfs(clock).toData(), home));
    expect([...restored.readFile(`${HOME}/c.bin`)]).toEqual([0, 255]);
    expect(restored.isDir(`${HOME}/notes`)).toBe(true);
    expect(restored.exists('/tmp/scratch')).toBe(false);
    expect(restored.isDir('/tmp')).toBe(true);
  });

  it('says null when the user removed the home directory, and null restores the starter home', () => {
    const vfs = createStarterVfs(clock);
    vfs.removeTree(HOME);
    expect(homeOf(vfs.toData())).toBeNull();
    const base = createStarterVfs(clock).toData();
    expect(withHome(base, null)).toBe(base);
  });

  it('leaves validation to the file system: a bad saved home is refused with its path', () => {
    const bad = withHome(createStarterVfs(clock).toData(), { type: 'dir', mtimeMs: 1, entries: { x: { type: 'file', mtimeMs: 1, data: 'text, not bytes' } } });
    expect(() => new Vfs(clock, bad)).toThrow(VfsDataError);
    expect(() => new Vfs(clock, bad)).toThrow(`Invalid file system data at ${HOME}/x: data must be a Uint8Array`);
  });
});
