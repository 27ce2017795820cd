# The real AWS CLI v2 (/usr/bin/aws, Debian's awscli), started once for a whole test file.
#
# Starting /usr/bin/aws costs about a second of CPU, nearly all of it Python importing awscli and
# botocore. This server imports them once, then for each command sent by aws-client.py forks: the
# child takes the client's stdin, stdout and stderr, working directory, environment and
# arguments, and runs /usr/bin/aws itself (the same script, as __main__) in a process of its
# own; its exit status goes back to the client, which exits with it. So every command is a run
# of the real CLI with what it would have had, only without the imports.
#
#     python3 aws-server.py SOCKET      prints "ready" on stdout once it listens on SOCKET
import atexit
import json
import os
import runpy
import signal
import socket
import struct
import sys
import traceback

AWS = '/usr/bin/aws'

BEFORE_IMPORT = dict(os.environ)
import awscli.clidriver  # noqa: E402  the slow part, once

# A driver built once (no request is made) imports the modules the CLI loads lazily.
awscli.clidriver.create_clidriver()
# What the imports put in the environment (awscli sets AWS_DATA_PATH), as a fresh process has it.
SET_BY_IMPORT = {k: v for k, v in os.environ.items() if BEFORE_IMPORT.get(k) != v}


def exit_status(code):
    """The status a Python process exits with for sys.exit(code)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def run(request, fds):
    """In the forked child: becomes the client's process and runs /usr/bin/aws."""
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request['cwd'])
    env = request['env']
    for name in SET_BY_IMPORT:
        if env.get(name) != BEFORE_IMPORT.get(name):
            # The imports would have set it from another value: not the server's to run.
            print(f'aws-server.py: {name} differs from the server\'s own; start one with it', file=sys.stderr)
            return 255
    os.environ.clear()
    os.environ.update(env)
    os.environ.update(SET_BY_IMPORT)
    sys.argv = [AWS] + request['args']
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    try:
        runpy.run_path(AWS, run_name='__main__')
        status = 0
    except SystemExit as e:
        status = exit_status(e.code)
    except BaseException:
        traceback.print_exc()
        status = 1
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        status = 120  # what Python exits with when flushing stdout fails at exit
    return status


def receive(conn):
    """One request: a 4-byte length, that many bytes of JSON, and the client's fds 0, 1 and 2."""
    data, fds, _, _ = socket.recv_fds(conn, 1 << 16, 3)
    if len(fds) != 3 or len(data) < 4:
        raise ValueError('a request is a length, JSON and three file descriptors')
    (length,) = struct.unpack('!I', data[:4])
    data = data[4:]
    while len(data) < length:
        more = conn.recv(length - len(data))
        if not more:
            raise ValueError('the request ended early')
        data += more
    return json.loads(data), fds


def main():
    path = sys.argv[1]
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(16)
    # Children are waited for by the client's status, not here.
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    print('ready', flush=True)
    while True:
        conn, _ = listener.accept()
        try:
            request, fds = receive(conn)
        except (OSError, ValueError):
            conn.close()
            continue
        sys.stdout.flush()
        sys.stderr.flush()
        if os.fork() == 0:
            listener.close()
            status = 1
            try:
                status = run(request, fds)
            finally:
                try:
                    conn.sendall(struct.pack('!i', status))
                finally:
                    os._exit(status)
        for fd in fds:
            os.close(fd)
        conn.close()


if __name__ == '__main__':
    main()
