#!/usr/bin/env python3
"""Sends COUNT answers to a room at URL, participant FIRST onwards, one
every INTERVAL seconds, each from a loopback address of its own
(127.0.x.y, so each is its own device under the room's per-device caps).
Only for rooms on 127.0.0.1: refuses any other address.

    room-answers.py URL FIRST COUNT INTERVAL [INGREDIENTS]

The answers share out 100 points over the room's INGREDIENTS (default 3).
"""
import json
import socket
import sys
import time

url, first, count, interval = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
ingredients = int(sys.argv[5]) if len(sys.argv) > 5 else 3
hostport = url[len("http://"):].split("/")[0]
code = url.rstrip("/").split("/")[-1]
host, port = hostport.rsplit(":", 1)
if host != "127.0.0.1":
    sys.exit(f"refused: {host} is not 127.0.0.1")
stored = 0
start = time.monotonic()
for i in range(count):
    n = first + i
    time.sleep(max(0.0, start + i * interval - time.monotonic()))
    a, b = n % 60, (n * 7) % 40
    body = json.dumps({"token": f"{n + 1:032x}", "name": f"Person {n + 1}",
                       "amounts": [a, b, 100 - a - b] + [0] * (ingredients - 3)}).encode()
    head = (f"POST /{code}/answer HTTP/1.1\r\nHost: {hostport}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n").encode()
    s = socket.socket()
    s.bind((f"127.0.{1 + n // 250}.{1 + n % 250}", 0))
    s.settimeout(15)
    s.connect((host, int(port)))
    s.sendall(head + body)
    reply = b""
    while chunk := s.recv(4096):
        reply += chunk
    s.close()
    if b" 200 " in reply.split(b"\r\n")[0]:
        stored += 1
print(f"{stored} of {count} stored in {time.monotonic() - start:.1f} s")
