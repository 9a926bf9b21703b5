"""ASGI middleware refusing request bodies over the limit for their route with 413.

Checks ``Content-Length`` up front and counts streamed (chunked) bodies as they arrive, so a
client can never make the server buffer more than the limit.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from server.config import Limits

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def body_limit_for(limits: Limits, method: str, path: str) -> int:
    if method == "PUT" and path in ("/v1/envelopes", "/v1/relay/envelopes"):
        return limits.envelopes_body_bytes
    if method == "PATCH" and path.startswith("/v1/blobs/"):
        return limits.blob_patch_bytes
    return limits.other_body_bytes


async def send_json_error(
    send: Send,
    status: int,
    code: str,
    message: str,
    *,
    close: bool = False,
    extra_headers: dict[str, str] | None = None,
    **extra: Any,
) -> None:
    """Answer with the API's error shape straight from ASGI middleware. ``close``: the body
    may not have been read, so the connection is not reused."""
    body = json.dumps({"error": {"code": code, "message": message, **extra}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode(), v.encode()) for k, v in (extra_headers or {}).items()]
    if status == 413 or close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _send_413(send: Send, limit: int) -> None:
    await send_json_error(
        send, 413, "body_too_large", f"the request body is larger than {limit} bytes", limit=limit
    )


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, limits: Limits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit_for(self.limits, scope["method"], scope["path"])
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and value.isdigit() and int(value) > limit:
                await _send_413(send, limit)
                return
        received = 0
        refused = False

        async def limited_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    refused = True
                    await _send_413(send, limit)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if not refused:  # the 413 has been sent: drop whatever the app answers
                await send(message)

        await self.app(scope, limited_receive, guarded_send)
