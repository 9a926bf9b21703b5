"""Raw sockets that send a request's headers and only part of its body (slowloris-style)."""

from __future__ import annotations

import contextlib
import json
import socket
from pathlib import Path
from typing import Any

from protocol.signed import sign_request


def open_half_sent(
    port: int,
    path: str,
    *,
    declared: int,
    sent: bytes,
    headers: dict[str, str] | None = None,
    method: str = "PUT",
) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {declared}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    # the server may answer from the headers and close before taking these bytes
    with contextlib.suppress(OSError):
        sock.sendall(sent)
    return sock


def read_answer(sock: socket.socket, timeout: float = 30) -> tuple[int, dict[str, Any]]:
    """Status and JSON error body of the answer (raises socket.timeout if none comes)."""
    sock.settimeout(timeout)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    return status, json.loads(rest[:length]) if length else {}


def signed_headers(keys: Any, token: str | None, method: str, path: str, body: bytes) -> dict:
    headers = sign_request(keys.signing, method, path, body)
    if token:
        headers["Authorization"] = f"Bearer {token}"
    headers["Content-Type"] = "application/json"
    return headers


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS")
