import { describe, expect, it } from 'vitest';
import { shellLab } from '@/cli/testing';

describe('running command lines', () => {
  it('chains with ;, && and || on exit statuses, and keeps $?', async () => {
    await shellLab()
      .run('false; echo $?')
      .expectStdout('1\n')
      .run('true && echo yes || echo no')
      .expectStdout('yes\n')
      .run('false && echo yes || echo no')
      .expectStdout('no\n')
      .run('false || false && echo never; echo "last $?"')
      .expectStdout('last 1\n')
      .run('nosuch; echo $?')
      .expectStdout('127\n')
      .expectStderr('bash: nosuch: command not found\n');
  });

  it('sends output to /dev/null and reads nothing from it, without making a file', async () => {
    const lab = shellLab();
    await lab
      .run('echo out > /dev/null; ls nofile 2>/dev/null; echo "status $?"')
      .expectResult({ stdout: 'status 2\n', stderr: '' })
      .run('ls nofile &> /dev/null || echo gone; echo both >>/dev/null')
      .expectResult({ stdout: 'gone\n', stderr: '' })
      .run('wc -c < /dev/null')
      .expectStdout('0\n');
    expect(lab.vfs.exists('/dev/null')).toBe(false);
  });

  it('pipes bytes between commands, binary included', async () => {
    const lab = shellLab();
    await lab
      .run("printf '\\x00\\xff\\x80hi' | base64")
      .expectStdout('AP+AaGk=\n')
      .run("printf '\\x00\\xff\\x80hi' | base64 | base64 -d > bin")
      .expectFile('bin', new Uint8Array([0, 255, 128, 104, 105]))
      .run('cat bin | wc -c')
      .expectStdout('5\n')
      .run('cat bin | wc')
      .expectStdout('      0       1       5\n');
  });

  it('gives a pipeline the status of its last command', async () => {
    await shellLab().run('cat nofile | wc -l').expectStatus(0).expectStdout('0\n').run('echo x | false').expectStatus(1);
  });

  it('redirects >, >>, <, 2>, 2>>, &> and 2>&1 in bash order', async () => {
    await shellLab()
      .run('echo one > f; echo two >> f; cat < f')
      .expectStdout('one\ntwo\n')
      .run('cat nofile 2> err; cat nofile 2>> err; cat err')
      .expectStdout('cat: nofile: No such file or directory\ncat: nofile: No such file or directory\n')
      .run('cat secret.txt nofile > both 2>&1; wc -l < both')
      .expectStdout('2\n')
      .run('cat nofile 2>&1 > out | tr')
      .expectStderr('bash: tr: command not found\n')
      .run('cat nofile 2>&1 > out | wc -l')
      .expectStdout('1\n')
      .run('cat nofile &> all; cat all')
      .expectStdout('cat: nofile: No such file or directory\n')
      .run('echo to-stderr >&2')
      .expectStderr('to-stderr\n')
      .expectStdout('');
  });

  it('truncates the target before the command runs, and reports bad targets', async () => {
    await shellLab()
      .run('cat secret.txt > secret.txt; wc -c secret.txt')
      .expectStdout('0 secret.txt\n')
      .run('echo x > nodir/f')
      .expectStderr('bash: nodir/f: No such file or directory\n')
      .expectStatus(1)
      .run('mkdir d; echo x > d')
      .expectStderr('bash: d: Is a directory\n')
      .run('cat < nofile')
      .expectStderr('bash: nofile: No such file or directory\n')
      .run('echo x >&3')
      .expectStderr('bash: 3: Bad file descriptor\n');
  });

  it('expands variables, splitting unquoted values into words', async () => {
    await shellLab()
      .run('X="a   b"; printf "[%s]" $X "$X" \'$X\'; echo')
      .expectStdout('[a][b][a   b][$X]\n')
      .run('E=; printf "[%s]" $E "$E"; echo')
      .expectStdout('[]\n')
      .run('echo ${HOME}/x ~ ~/y')
      .expectStdout('/home/cloudshell-user/x /home/cloudshell-user /home/cloudshell-user/y\n')
      .run('echo "$UNSET_VAR|$0"')
      .expectStdout('|bash\n');
  });

  it('substitutes commands, for the course pattern KEY_ID=$(aws ...)', async () => {
    const lab = shellLab();
    await lab.run('KEY_ID=$(aws kms create-key --query KeyMetadata.KeyId --output text); echo "status $?"; echo ${#}').expectStdout('status 0\n0\n');
    const key = (await lab.exec('echo $KEY_ID')).stdout.trim();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await lab
      .run('aws kms describe-key --key-id $KEY_ID --query KeyMetadata.KeyId --output text')
      .expectStdout(`${key}\n`)
      .run('X=$(false); echo $?')
      .expectStdout('1\n')
      .run('echo $(printf "a\\nb\\n\\n")')
      .expectStdout('a b\n')
      .run('echo "$(printf "a\\nb\\n\\n")"')
      .expectStdout('a\nb\n');
  });

  it('runs substitutions in a subshell: their variables and cd do not leak', async () => {
    await shellLab().run('X=1; Y=$(X=2; cd /tmp; echo $X); echo $X $Y; pwd').expectStdout('1 2\n/home/cloudshell-user\n');
  });

  it('gives NAME=value before a command to that command only', async () => {
    await shellLab()
      .run('AWS_REGION=eu-west-1 aws configure list | tail -n 1')
      .expectStdout("    region                eu-west-1              env    ['AWS_REGION', 'AWS_DEFAULT_REGION']\n")
      .run('echo $AWS_REGION')
      .expectStdout('us-east-1\n');
  });

  it('expands globs against the file system, sorted, leaving unmatched patterns as typed', async () => {
    await shellLab()
      .run('touch b.txt a.txt .hidden.txt; mkdir d; touch d/x.txt')
      .run('echo *.txt')
      .expectStdout('a.txt b.txt secret.txt\n')
      .run('echo d/*.txt */ *.none .h*')
      .expectStdout('d/x.txt d/ *.none .hidden.txt\n')
      .run('echo ?.txt "*.txt"')
      .expectStdout('a.txt b.txt *.txt\n');
  });

  it('says how it treats paths that are not commands', async () => {
    await shellLab()
      .run('./script.sh')
      .expectStderr('bash: ./script.sh: No such file or directory\n')
      .expectStatus(127)
      .run('./secret.txt')
      .expectStderr('bash: ./secret.txt: Permission denied\n')
      .expectStatus(126);
  });
});
