import { describe, expect, it } from 'vitest';
import { shellLab } from '@/cli/testing';
import { humanSize, inColumns } from './ls';

describe('ls', () => {
  it('lists names, hidden ones with -a/-A, directories with headers', async () => {
    await shellLab()
      .run('mkdir -p d/e; touch d/f .dot; ls')
      .expectStdout('d\nsecret.txt\n')
      .run('ls -a')
      .expectStdout('.\n..\n.dot\nd\nsecret.txt\n')
      .run('ls -A d')
      .expectStdout('e\nf\n')
      .run('ls d secret.txt')
      .expectStdout('secret.txt\n\nd:\ne\nf\n')
      .run('ls -d d')
      .expectStdout('d\n');
  });

  it('prints -l with mode, links, owner, size and a clock-driven date', async () => {
    const lab = shellLab();
    await lab
      .run('mkdir sub; echo hi > a.txt')
      .run('ls -l')
      .expectStdout(
        'total 12\n' +
          '-rw-r--r-- 1 cloudshell-user cloudshell-user    3 Jan  1 00:00 a.txt\n' +
          '-rw-r--r-- 1 cloudshell-user cloudshell-user   66 Jan  1 00:00 secret.txt\n' +
          'drwxr-xr-x 2 cloudshell-user cloudshell-user 4096 Jan  1 00:00 sub\n',
      );
    await lab.cloud.clock.advanceDays(400);
    await lab.run('ls -l a.txt').expectStdout('-rw-r--r-- 1 cloudshell-user cloudshell-user 3 Jan  1  2026 a.txt\n');
  });

  it('reports missing operands with status 2 and bad options like getopt', async () => {
    await shellLab()
      .run('ls nofile secret.txt')
      .expectResult({ stdout: 'secret.txt\n', stderr: "ls: cannot access 'nofile': No such file or directory\n", status: 2 })
      .run('ls -z')
      .expectResult({ stderr: "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n", status: 2 })
      .run('ls --zz')
      .expectStderr("ls: unrecognized option '--zz'\nTry 'ls --help' for more information.\n");
  });

  it('lays out columns and human sizes as GNU ls does', () => {
    expect(inColumns(['a', 'bb', 'ccc'], 80)).toBe('a  bb  ccc\n');
    expect(inColumns(['alpha', 'beta', 'delta', 'epsilon', 'gamma', 'secret.txt', 'zeta'], 23)).toBe(
      'alpha    gamma\nbeta     secret.txt\ndelta    zeta\nepsilon\n',
    );
    expect([humanSize(5000), humanSize(1023), humanSize(1048576), humanSize(15 * 1024 + 1)]).toEqual(['4.9K', '1023', '1.0M', '16K']);
  });
});

describe('cat, cp, mv, rm, mkdir, rmdir, touch', () => {
  it('cat concatenates files and stdin, numbers lines, reports errors', async () => {
    await shellLab()
      .run('echo a > x; printf "b\\n\\nc" > y; cat x - y < x')
      .expectStdout('a\na\nb\n\nc')
      .run('cat -n y')
      .expectStdout('     1\tb\n     2\t\n     3\tc')
      .run('mkdir d; cat nofile d "a b"')
      .expectResult({ stderr: "cat: nofile: No such file or directory\ncat: d: Is a directory\ncat: 'a b': No such file or directory\n", status: 1 });
  });

  it('cp copies files and, with -r, directories', async () => {
    await shellLab()
      .run('mkdir d; cp secret.txt d; cp secret.txt copy; cmp copy d/secret.txt && echo same')
      .expectStdout('same\n')
      .run('cp d e')
      .expectResult({ stderr: "cp: -r not specified; omitting directory 'd'\n", status: 1 })
      .run('cp -r d e; ls e')
      .expectStdout('secret.txt\n')
      .run('cp -r d d/inner')
      .expectStderr("cp: cannot copy a directory, 'd', into itself, 'd/inner'\n")
      .run('cp nofile x; cp copy copy; cp a b c')
      .expectStderr("cp: cannot stat 'nofile': No such file or directory\ncp: 'copy' and 'copy' are the same file\ncp: target 'c': No such file or directory\n")
      .run('cp copy copy copy')
      .expectStderr("cp: target 'copy' is not a directory\n")
      .run('cp')
      .expectStderr("cp: missing file operand\nTry 'cp --help' for more information.\n")
      .run('cp copy')
      .expectStderr("cp: missing destination file operand after 'copy'\nTry 'cp --help' for more information.\n");
  });

  it('mv renames and moves into directories', async () => {
    await shellLab()
      .run('mkdir d; echo x > a; mv a b; mv b d; ls d')
      .expectStdout('b\n')
      .run('mv nofile x; mv d d/sub')
      .expectStderr("mv: cannot stat 'nofile': No such file or directory\nmv: cannot move 'd' to a subdirectory of itself, 'd/sub'\n")
      .expectStatus(1);
  });

  it('rm removes files, -r trees, -f ignores missing ones', async () => {
    await shellLab()
      .run('mkdir -p d/e; rm d; rm nofile; rm -f nofile; echo $?')
      .expectResult({ stdout: '0\n', stderr: "rm: cannot remove 'd': Is a directory\nrm: cannot remove 'nofile': No such file or directory\n" })
      .run('rm -r d; ls')
      .expectStdout('secret.txt\n')
      .run('rm')
      .expectResult({ stderr: "rm: missing operand\nTry 'rm --help' for more information.\n", status: 1 })
      .run('rm -rf /')
      .expectStderr("rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n")
      .run('rm -r .')
      .expectStderr("rm: refusing to remove '.' or '..' directory: skipping '.'\n");
  });

  it('mkdir, rmdir and touch report with coreutils quoting', async () => {
    await shellLab()
      .run('mkdir d; mkdir d a/b')
      .expectStderr('mkdir: cannot create directory \u2018d\u2019: File exists\nmkdir: cannot create directory \u2018a/b\u2019: No such file or directory\n')
      .run('mkdir -p a/b/c && ls a/b')
      .expectStdout('c\n')
      .run('rmdir a; rmdir nofile')
      .expectStderr("rmdir: failed to remove 'a': Directory not empty\nrmdir: failed to remove 'nofile': No such file or directory\n")
      .run('touch new; touch nodir/x; ls new')
      .expectResult({ stdout: 'new\n', stderr: "touch: cannot touch 'nodir/x': No such file or directory\n" });
  });
});

describe('cd and pwd', () => {
  it('moves around, goes home and back, updates PWD and OLDPWD', async () => {
    await shellLab()
      .run('mkdir -p d/e; cd d/e; pwd; echo $PWD')
      .expectStdout('/home/cloudshell-user/d/e\n/home/cloudshell-user/d/e\n')
      .run('cd ..; cd -')
      .expectStdout('/home/cloudshell-user/d/e\n')
      .run('cd; pwd; echo $OLDPWD')
      .expectStdout('/home/cloudshell-user\n/home/cloudshell-user/d/e\n')
      .run('cd nofile; cd secret.txt; cd a b')
      .expectStderr('bash: cd: nofile: No such file or directory\nbash: cd: secret.txt: Not a directory\nbash: cd: too many arguments\n');
  });
});
