/**
 * Reset lab, in two halves: CloudShell's home goes back to the lab's starting files, and the
 * confirmation names what the learner is about to lose (what the account holds beyond a fresh
 * one, and the home's files that differ from the starting ones). Pure functions of the state.
 */
import { utf8 } from '@/core';
import type { Cloud } from '@/cloud/create-cloud';
import { createStarterVfs, HOME } from '@/vfs/starter';
import type { VfsDirData, VfsNodeData } from '@/vfs/serialize';
import type { Lab } from '@/labs/types';

/** The home directory a lab starts with: the starter secret.txt plus the lab's own files. */
export function startingHome(lab: Pick<Lab, 'files'>, nowMs: number): VfsDirData {
  const vfs = createStarterVfs({ nowMs: () => nowMs });
  for (const [name, text] of Object.entries(lab.files ?? {})) vfs.writeFile(`${HOME}/${name}`, utf8(text));
  let node: VfsNodeData | undefined = vfs.toData().root;
  for (const name of HOME.split('/').filter(Boolean)) node = node?.type === 'dir' ? node.entries[name] : undefined;
  if (node?.type !== 'dir') throw new Error('The starter file system has no home directory');
  return node;
}

/** Every file of a directory, by path relative to it. */
function files(dir: VfsDirData, prefix = ''): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const [name, node] of Object.entries(dir.entries)) {
    if (node.type === 'file') out.set(prefix + name, node.data);
    else for (const [p, d] of files(node, `${prefix}${name}/`)) out.set(p, d);
  }
  return out;
}

const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const named = (names: string[], max = 4) =>
  names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${counted(names.length - max, 'other', 'others')}`;

export interface ResetLoss {
  /** What the account holds beyond a fresh account, one line per kind ("2 KMS keys (alias/myCMK, ...)"). */
  account: string[];
  /** Files of the home directory that the reset deletes or overwrites (relative paths, sorted). */
  files: string[];
}

/** What Reset lab throws away: `home` is the current home directory (undefined when CloudShell has not started). */
export function whatResetLoses(cloud: Cloud, home: VfsDirData | null | undefined, start: VfsDirData): ResetLoss {
  const account: string[] = [];
  const keys = Object.entries(cloud.state.kms).flatMap(([region, r]) =>
    Object.values(r.keys)
      .filter((k) => k.keyManager === 'CUSTOMER')
      .map((k) => {
        const alias = Object.entries(r.aliases).find(([, a]) => a.targetKeyId === k.keyId)?.[0];
        return `${alias ?? k.keyId}${region === 'us-east-1' ? '' : ` in ${region}`}`;
      }),
  );
  if (keys.length) account.push(`${counted(keys.length, 'customer managed key')} (${named(keys)}): what they encrypted will not decrypt again`);
  const users = Object.values(cloud.state.iam.users)
    .map((u) => u.userName)
    .filter((n) => n !== 'lab-admin');
  if (users.length) account.push(`${counted(users.length, 'IAM user')} (${named(users)})`);
  const groups = Object.values(cloud.state.iam.groups).map((g) => g.groupName);
  if (groups.length) account.push(`${counted(groups.length, 'IAM user group')} (${named(groups)})`);
  const roles = Object.values(cloud.state.iam.roles).map((r) => r.roleName);
  if (roles.length) account.push(`${counted(roles.length, 'IAM role')} (${named(roles)})`);
  const certificates = Object.values(cloud.state.acm?.regions ?? {}).reduce((n, r) => n + Object.keys(r.certificates).length, 0);
  if (certificates) account.push(counted(certificates, 'certificate'));
  if (cloud.state.trail.length) account.push(`${counted(cloud.state.trail.length, 'event')} of Event history`);

  const lost: string[] = [];
  if (home) {
    const want = files(start);
    for (const [path, data] of files(home)) {
      const original = want.get(path);
      if (!original || !same(original, data)) lost.push(path);
    }
  }
  return { account, files: lost.sort() };
}
