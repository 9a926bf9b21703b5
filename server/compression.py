"""gzip for JSON both ways: request bodies sent with ``Content-Encoding: gzip`` are inflated
(within the route's body limit, so a small bomb cannot grow past it), and JSON answers are
compressed for clients that accept gzip. Blob transfers are left alone: ciphertext does not
compress, and ``Range`` answers must stay byte-exact.

Request signatures cover the uncompressed body, so inflating here changes nothing for them.
"""

from __future__ import annotations

import gzip
import zlib
from typing import Any

from server.body_limits import (
    ASGIApp,
    Message,
    Receive,
    Scope,
    Send,
    body_limit_for,
    send_json_error,
)
from server.config import Limits

MIN_RESPONSE_BYTES = 1024


class GzipMiddleware:
    def __init__(self, app: ASGIApp, limits: Limits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", ()))
        if headers.get(b"content-encoding", b"").lower() == b"gzip":
            limit = body_limit_for(self.limits, scope["method"], scope["path"])
            chunks = []
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    return
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    break
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                body = inflater.decompress(b"".join(chunks), limit + 1)
                complete = inflater.eof and not inflater.unconsumed_tail
                # a second member or any bytes after the first: what another reader of the
                # same body (a proxy, a log) would see differs from what is signed and stored
                trailing = bool(inflater.unused_data)
            except zlib.error:
                await send_json_error(send, 400, "bad_encoding", "the gzip body cannot be read")
                return
            if len(body) > limit:
                await send_json_error(
                    send, 413, "body_too_large", f"the body inflates past {limit} bytes"
                )
                return
            if not complete:
                await send_json_error(send, 400, "bad_encoding", "the gzip body is truncated")
                return
            if trailing:
                await send_json_error(
                    send, 400, "bad_encoding", "the gzip body has data after its end"
                )
                return
            scope = dict(scope)
            scope["headers"] = [
                (k, v)
                for k, v in scope["headers"]
                if k not in (b"content-encoding", b"content-length")
            ] + [(b"content-length", str(len(body)).encode())]
            delivered = False

            async def inflated_receive() -> Message:
                nonlocal delivered
                if delivered:
                    return await receive()
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}

            receive = inflated_receive
        accepts_gzip = b"gzip" in headers.get(b"accept-encoding", b"").lower()
        if not accepts_gzip or scope["method"] == "HEAD":
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, _CompressingSend(send))


class _CompressingSend:
    """Compresses a single-message JSON answer; passes anything else through untouched."""

    def __init__(self, send: Send) -> None:
        self.send = send
        self.start: Message | None = None

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            content_type = dict(message.get("headers", ())).get(b"content-type", b"")
            if content_type.startswith(b"application/json"):
                self.start = message
                return
            await self.send(message)
            return
        if self.start is None or message["type"] != "http.response.body":
            await self.send(message)
            return
        start, self.start = self.start, None
        body: bytes = message.get("body", b"")
        if message.get("more_body") or len(body) < MIN_RESPONSE_BYTES:
            await self.send(start)
            await self.send(message)
            return
        packed = gzip.compress(body, 6)
        headers: list[Any] = [
            (k, v)
            for k, v in start.get("headers", ())
            if k not in (b"content-length", b"content-encoding")
        ]
        headers += [
            (b"content-encoding", b"gzip"),
            (b"content-length", str(len(packed)).encode()),
            (b"vary", b"Accept-Encoding"),
        ]
        await self.send({**start, "headers": headers})
        await self.send({**message, "body": packed})
