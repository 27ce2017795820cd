# `aws` for the tests: hands this process's stdin, stdout, stderr, working directory,
# environment and arguments to aws-server.py, which runs /usr/bin/aws with them, and exits with its
# status. Run with `python3 -I -S aws-client.py SOCKET ARGS...` (no site packages: it starts fast).
import json
import os
import socket
import struct
import sys

conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
conn.connect(sys.argv[1])
request = json.dumps({'args': sys.argv[2:], 'cwd': os.getcwd(), 'env': dict(os.environ)}).encode()
message = struct.pack('!I', len(request)) + request
sent = socket.send_fds(conn, [message], [0, 1, 2])
if sent < len(message):
    conn.sendall(message[sent:])
status = b''
while len(status) < 4:
    more = conn.recv(4 - len(status))
    if not more:
        sys.stderr.write('aws: the AWS CLI server went away\n')
        os._exit(255)
    status += more
os._exit(struct.unpack('!i', status)[0])
