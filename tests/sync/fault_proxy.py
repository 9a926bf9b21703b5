"""A small HTTP proxy on 127.0.0.1 that injects network faults between client and server.

Each request is matched against ``rules`` (first match wins, each fires ``times`` times):
``drop_request`` closes the connection before the server sees anything; ``drop_response``
lets the server commit, then loses its answer; ``block_page`` answers like a filtering
proxy; ``cut_body`` forwards only the first N body bytes and hangs up; ``replay`` sends the
request twice; ``delay`` waits ``arg`` ms first; ``busy`` answers 503 with ``Retry-After:
arg`` like an overloaded server. A rule's ``hook`` (e.g. kill the server)
runs before anything is forwarded.
"""

from __future__ import annotations

import http.client
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "proxy-connection", "host"}


@dataclass
class Rule:
    action: str
    method: str | None = None
    path_prefix: str = ""
    times: int = 1
    skip: int = 0  # let this many matching requests through first
    arg: int = 0
    hook: Callable[[], None] | None = None
    fired: int = 0

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and path.startswith(self.path_prefix)


@dataclass
class FaultProxy:
    upstream: str
    rules: list[Rule] = field(default_factory=list)
    log: list[tuple[str, str, str]] = field(default_factory=list)
    bytes_forwarded: int = 0

    def __post_init__(self) -> None:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                action, rule = proxy._decide(self.command, self.path)
                proxy.log.append((self.command, self.path, action))
                if rule is not None and rule.hook is not None:
                    rule.hook()
                if action == "delay" and rule is not None:
                    time.sleep(rule.arg / 1000)
                if action == "drop_request":
                    self.close_connection = True
                    self.connection.close()
                    return
                if action == "block_page":
                    page = b"<html><body>This site is blocked.</body></html>"
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.send_header("Content-Length", str(len(page)))
                    self.end_headers()
                    self.wfile.write(page)
                    return
                if action == "busy":
                    page = b'{"error":{"code":"busy","message":"try later"}}'
                    self.send_response(503)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Retry-After", str(rule.arg if rule else 0))
                    self.send_header("Content-Length", str(len(page)))
                    self.end_headers()
                    self.wfile.write(page)
                    return
                if action == "cut_body":
                    proxy._forward_cut(
                        self.command, self.path, self.headers, body, rule.arg if rule else 0
                    )
                    self.close_connection = True
                    self.connection.close()
                    return
                try:
                    status, headers, data = proxy._forward(
                        self.command, self.path, self.headers, body
                    )
                    if action == "replay":
                        status, headers, data = proxy._forward(
                            self.command, self.path, self.headers, body
                        )
                except OSError:
                    self.close_connection = True
                    self.connection.close()
                    return
                if action == "drop_response":
                    self.close_connection = True
                    self.connection.close()
                    return
                self.send_response(status)
                for key, value in headers:
                    if key.lower() not in HOP_HEADERS and key.lower() != "content-length":
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_PUT = do_POST = do_PATCH = do_HEAD = do_DELETE = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def add(self, action: str, **kw: object) -> Rule:
        rule = Rule(action, **kw)  # type: ignore[arg-type]
        with self._lock:
            self.rules.append(rule)
        return rule

    def _decide(self, method: str, path: str) -> tuple[str, Rule | None]:
        with self._lock:
            for rule in self.rules:
                if rule.fired < rule.times + rule.skip and rule.matches(method, path):
                    rule.fired += 1
                    if rule.fired <= rule.skip:
                        return "pass", None
                    return rule.action, rule
        return "pass", None

    def _connection(self) -> http.client.HTTPConnection:
        parts = urlsplit(self.upstream)
        return http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=30)

    def _forward(
        self, method: str, path: str, headers: object, body: bytes
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        conn = self._connection()
        try:
            send = {k: v for k, v in headers.items() if k.lower() not in HOP_HEADERS}  # type: ignore[attr-defined]
            conn.request(method, path, body=body or None, headers=send)
            response = conn.getresponse()
            data = response.read()
            with self._lock:
                self.bytes_forwarded += len(body)
            return response.status, response.getheaders(), data
        finally:
            conn.close()

    def _forward_cut(self, method: str, path: str, headers: object, body: bytes, n: int) -> None:
        conn = self._connection()
        try:
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            for k, v in headers.items():  # type: ignore[attr-defined]
                if k.lower() not in HOP_HEADERS:
                    conn.putheader(k, v)
            conn.putheader("Host", urlsplit(self.upstream).netloc)
            conn.endheaders()
            conn.send(body[:n])
            with self._lock:
                self.bytes_forwarded += min(n, len(body))
        finally:
            conn.close()
