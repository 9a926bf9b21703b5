"""Server memory under half-sent bodies (issue 13 finding 6).

Starts the real server on 127.0.0.1, opens N connections that each declare an 8 MiB push and
send most of it but not the last byte, and prints the server's RSS before and after.

    PYTHONPATH=$PWD python -m bench.body_guard [--repo /work/main] [--connections 30]

``--repo`` runs another checkout's server (say, the code before the guard) for comparison;
only the made-up-token round runs there. With this checkout a second round uses a genuine
device's token, which gets a few large-body slots and then 429s.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import sys
import tempfile
import time
from pathlib import Path

from tests.server import server_process
from tests.server.half_sent import open_half_sent, read_answer, rss_bytes, signed_headers

MiB = 1024 * 1024


def _round(port: int, pid: int, n: int, headers_for, sent: int) -> tuple[int, dict[int, int]]:  # type: ignore[no-untyped-def]
    socks: list[socket.socket] = []
    statuses: dict[int, int] = {}
    before = rss_bytes(pid)
    try:
        for _ in range(n):
            sock = open_half_sent(
                port, "/v1/envelopes", declared=8 * MiB, sent=b"", headers=headers_for()
            )
            with contextlib.suppress(OSError):
                sock.sendall(b"x" * sent)
            socks.append(sock)
        time.sleep(3)  # let the server read what it will
        peak = rss_bytes(pid)
        for sock in socks:
            try:
                status, _ = read_answer(sock, timeout=0.5)
            except (TimeoutError, OSError, IndexError, ValueError):
                status = 0  # still waiting for the rest of the body
            statuses[status] = statuses.get(status, 0) + 1
    finally:
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.close()
    return peak - before, statuses


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repo", type=Path, default=None)
    parser.add_argument("--connections", type=int, default=30)
    args = parser.parse_args()
    if args.repo:
        server_process.REPO = args.repo.resolve()
        os.environ["PYTHONPATH"] = str(args.repo.resolve())
    with tempfile.TemporaryDirectory() as tmp:
        server = server_process.ServerProcess(Path(tmp) / "data")
        if args.repo:
            server.extra = []  # an older server may not know the newer options
        server.start()
        assert server.proc is not None
        pid = server.proc.pid
        try:
            time.sleep(1)
            print(f"server {server_process.REPO}: RSS at rest {rss_bytes(pid) / MiB:.0f} MiB")
            grown, statuses = _round(
                server.port,
                pid,
                args.connections,
                lambda: {"Authorization": "Bearer " + os.urandom(32).hex()},
                8 * MiB - 1,
            )
            print(
                f"{args.connections} half-sent 8 MiB bodies, made-up tokens: RSS +{grown / MiB:.0f}"
                f" MiB, answers {json.dumps(statuses)} (0 = none yet)"
            )
            if args.repo is None:
                from tests.server.conftest import make_network

                net = make_network(server, "sqlite", None)
                device = net.device()
                grown, statuses = _round(
                    server.port,
                    pid,
                    args.connections,
                    lambda: signed_headers(device.keys, device.token, "PUT", "/v1/envelopes", b""),
                    8 * MiB - 1,
                )
                print(
                    f"{args.connections} half-sent 8 MiB bodies, one genuine device: RSS "
                    f"+{grown / MiB:.0f} MiB, answers {json.dumps(statuses)} (0 = none yet)"
                )
            print(f"RSS at the end {rss_bytes(pid) / MiB:.0f} MiB")
        finally:
            server.stop()
    sys.exit(0)


if __name__ == "__main__":
    main()
