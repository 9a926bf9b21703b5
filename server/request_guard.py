"""ASGI middleware that guards the server before a request body is read.

Measured before it existed: 30 half-sent 8 MiB bodies with made-up tokens took the server
from 80 to 322 MiB, because bodies were read whole before anyone looked at the token. Now,
from the headers alone:

* an address that failed authentication too often (401s, unknown invitations) is answered
  429 until its budget recovers, so tokens, signatures and invitation codes cannot be tried
  at speed;
* a request with a body on an authenticated route must name a known, unrevoked device in its
  bearer token, or it is answered 401/403 and its body is never read (the signature, which
  covers the body, is checked once the body is in);
* a large body (over the small-body limit, or of unknown length) takes one of a few slots per
  client address and in all, or is answered 429;
* a body must keep arriving: a stall longer than the idle timeout, or an average below the
  minimum rate after the grace period, is answered 408 and the connection dropped.

Client addresses are what uvicorn reports: the peer, or with ``--behind-proxy`` the forwarded
address when, and only when, the peer is the configured proxy.
"""

from __future__ import annotations

import asyncio
from collections import Counter

from starlette.concurrency import run_in_threadpool

from server.auth import SCOPE_DEVICE, device_from_headers
from server.body_limits import ASGIApp, Message, Receive, Scope, Send, send_json_error
from server.errors import ApiError
from server.state import ServerState

#: routes that take a body without a bearer token (enrolment is signed by the enrolling key)
UNAUTHENTICATED = frozenset({"/v1/enroll"})
#: never refused for failed authentications elsewhere: it is how a device tells our server
#: from a captive portal
ALWAYS_OPEN = frozenset({"/v1/health"})


def client_address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


def _is_auth_failure(status: int, path: str) -> bool:
    return status == 401 or (status == 404 and path in UNAUTHENTICATED)


class RequestGuard:
    def __init__(self, app: ASGIApp, state: ServerState) -> None:
        self.app = app
        self.state = state
        self._large_by_address: Counter[str] = Counter()
        self._large_total = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state, limits = self.state, self.state.config.limits
        address, path = client_address(scope), scope["path"]

        async def noting_send(message: Message) -> None:
            if message["type"] == "http.response.start" and _is_auth_failure(
                message["status"], path
            ):
                state.auth_failures.take(address)
            await send(message)

        if path not in ALWAYS_OPEN:
            wait = state.auth_failures.exhausted(address)
            if wait > 0:
                retry = str(max(1, int(wait + 0.999)))
                await send_json_error(
                    send,
                    429,
                    "too_many_failures",
                    f"too many failed attempts from this address; try again in {retry} s",
                    close=True,
                    extra_headers={"Retry-After": retry},
                    retry_after=int(retry),
                )
                return

        length, chunked, authorization = _body_headers(scope)
        has_body = chunked or bool(length)
        # the slot is taken as soon as the headers are in, before the token lookup yields
        large = has_body and (length is None or length > limits.other_body_bytes)
        if large:
            if (
                self._large_by_address[address] >= limits.large_bodies_per_address
                or self._large_total >= limits.large_bodies_total
            ):
                await send_json_error(
                    send,
                    429,
                    "too_many_uploads",
                    "too many large requests at once from this address; try again shortly",
                    close=True,
                    extra_headers={"Retry-After": "5"},
                    retry_after=5,
                )
                return
            self._large_by_address[address] += 1
            self._large_total += 1
        try:
            if has_body and path.startswith("/v1/") and path not in UNAUTHENTICATED:
                try:
                    row = await run_in_threadpool(device_from_headers, state, authorization)
                except ApiError as exc:
                    await send_json_error(
                        noting_send,
                        exc.status,
                        exc.code,
                        exc.message,
                        close=True,
                        extra_headers=exc.headers,
                        **exc.extra,
                    )
                    return
                scope = {**scope, SCOPE_DEVICE: row}
            timed = _TimedBody(receive, send, noting_send, limits_of(state))
            await self.app(scope, timed.receive, timed.send)
        finally:
            if large:
                self._large_total -= 1
                self._large_by_address[address] -= 1
                if self._large_by_address[address] <= 0:
                    del self._large_by_address[address]


def limits_of(state: ServerState) -> tuple[float, int, float]:
    limits = state.config.limits
    return limits.body_idle_timeout_s, limits.body_min_bytes_per_s, limits.body_grace_s


def _body_headers(scope: Scope) -> tuple[int | None, bool, str | None]:
    length: int | None = None
    chunked = False
    authorization: str | None = None
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            length = int(value) if value.isdigit() else None
            chunked = chunked or length is None
        elif name == b"transfer-encoding":
            chunked = True
        elif name == b"authorization":
            authorization = value.decode("latin-1")
    return (None if chunked else length), chunked, authorization


class _TimedBody:
    """``receive`` that gives up on a body that stalls or trickles (408), and ``send`` that
    drops what the app answers after that."""

    def __init__(
        self, receive: Receive, raw_send: Send, send: Send, limits: tuple[float, int, float]
    ) -> None:
        self._receive = receive
        self._raw_send = raw_send
        self._send = send
        self.idle_s, self.min_rate, self.grace_s = limits
        self.loop = asyncio.get_running_loop()
        self.started = self.loop.time()
        self.received = 0
        self.body_done = False
        self.timed_out = False
        self.response_started = False

    async def receive(self) -> Message:
        if self.timed_out:
            return {"type": "http.disconnect"}
        if self.body_done:
            # the app waiting for a disconnect while it answers: no clock on that
            return await self._receive()
        try:
            message = await asyncio.wait_for(self._receive(), self.idle_s)
        except TimeoutError:
            return await self._give_up("stalled")
        if message["type"] == "http.request":
            self.received += len(message.get("body", b""))
            if not message.get("more_body"):
                self.body_done = True
                return message
            elapsed = self.loop.time() - self.started
            if elapsed > self.grace_s and self.received < self.min_rate * elapsed:
                return await self._give_up("too slow")
        else:
            self.body_done = True
        return message

    async def _give_up(self, why: str) -> Message:
        self.timed_out = True
        if not self.response_started:
            self.response_started = True
            await send_json_error(
                self._raw_send,
                408,
                "body_timeout",
                f"the request body arrived {why}; send it again",
                close=True,
            )
        return {"type": "http.disconnect"}

    async def send(self, message: Message) -> None:
        if self.timed_out:
            return
        if message["type"] == "http.response.start":
            self.response_started = True
        await self._send(message)
