/**
 * A new CloudShell home: /home/cloudshell-user with the file the course encrypts.
 * The text is the course's demo secret: short, recognizable after a round trip.
 */
import { utf8 } from '@/core';
import { Vfs, type VfsClock } from './vfs';

export const HOME = '/home/cloudshell-user';
export const STARTER_SECRET = 'Hello, Cloud Gurus. This is my secret text, protected by AWS KMS.\n';

export function createStarterVfs(clock: VfsClock): Vfs {
  const vfs = new Vfs(clock);
  vfs.mkdir(HOME, { parents: true });
  vfs.mkdir('/tmp');
  vfs.writeFile(`${HOME}/secret.txt`, utf8(STARTER_SECRET));
  return vfs;
}
