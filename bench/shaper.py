"""Slow-link emulation for bench/sync.py: a shaping TCP proxy on 127.0.0.1, a netns + tc pair,
a discarding HTTP sink for ``curl``, and a passive HTTP request tap for byte accounting.

Userspace link model (used when the kernel has no ``sch_netem``), per direction, shared by
all connections through one :class:`Shaper`:

- rate: every TCP segment (payload ≤ ``mss`` bytes + ``header`` bytes of TCP/IP header) takes
  ``(payload + header) * 8 / rate_bps`` seconds on the link, one segment after the other (a
  token bucket whose burst is one segment);
- delay: a segment is delivered ``one_way_delay`` after it left the link; a new connection's
  first byte cannot leave before one RTT after ``connect`` (SYN, SYN-ACK);
- loss, as TCP shows it to the application: each segment is lost with probability ``loss``;
  the lost copy still takes its link time, then the stream stalls for a retransmission
  timeout drawn uniformly from ``stall`` (200–1000 ms) and the retransmitted copy takes link
  time again. Delivery stays in order, so everything behind the lost segment waits too
  (head-of-line blocking). ACK traffic and congestion-window growth are not modelled.

The proxy reads from a sender only as fast as the link drains (backpressure), so its own
queue never holds more than one read (64 KiB) per direction. ``cut_all`` resets every
connection at once (SO_LINGER 0), as a dropped link would.

Run ``python bench/shaper.py sink --host H --port P`` to serve a sink inside a namespace.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import random
import socket
import struct
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

READ_SIZE = 64 * 1024


@dataclass(frozen=True)
class LinkParams:
    rate_bps: float = 256_000.0
    one_way_delay: float = 0.150
    loss: float = 0.05
    stall: tuple[float, float] = (0.2, 1.0)
    mss: int = 1448
    header: int = 52

    @property
    def rtt(self) -> float:
        return 2 * self.one_way_delay

    def describe(self) -> str:
        return (
            f"{self.rate_bps / 1000:g} kbit/s each way, {self.rtt * 1000:g} ms RTT, "
            f"{self.loss:.0%} segment loss as {self.stall[0] * 1000:g}-{self.stall[1] * 1000:g}"
            f" ms stalls, MSS {self.mss} + {self.header} B header"
        )


@dataclass
class Direction:
    """One direction of the emulated link: serialisation, delay and loss bookkeeping."""

    params: LinkParams
    rng: random.Random
    free_at: float = 0.0
    segments: int = 0
    losses: int = 0
    stall_s: float = 0.0
    payload: int = 0

    def schedule(self, nbytes: int, ready: float, now: float) -> tuple[float, float, float]:
        """(departure, arrival, stream ready time) of a segment that may leave at ``ready``."""
        p = self.params
        start = max(now, self.free_at, ready)
        ser = (nbytes + p.header) * 8 / p.rate_bps
        done = start + ser
        self.free_at = done
        if self.rng.random() < p.loss:
            stall = self.rng.uniform(*p.stall)
            self.free_at = start + 2 * ser  # the lost copy and the retransmission
            done = self.free_at + stall
            self.losses += 1
            self.stall_s += stall
        self.segments += 1
        self.payload += nbytes
        return start, done + p.one_way_delay, done


# -- HTTP request tap ------------------------------------------------------------------------
@dataclass
class RequestRecord:
    conn: int
    method: str
    path: str
    header_bytes: int
    content_length: int
    body_bytes: int = 0
    complete: bool = False
    started: float = field(default_factory=time.monotonic)


class HttpTap:
    """Follows HTTP/1.1 requests (Content-Length bodies) in the bytes delivered upstream."""

    def __init__(
        self,
        conn: int,
        records: list[RequestRecord],
        on_update: Callable[[RequestRecord], None] | None,
    ) -> None:
        self.conn = conn
        self.records = records
        self.on_update = on_update
        self.buf = bytearray()
        self.current: RequestRecord | None = None
        self.remaining = 0

    def feed(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            if self.current is None:
                self.buf += view
                view = memoryview(b"")
                end = self.buf.find(b"\r\n\r\n")
                if end < 0:
                    return
                head = bytes(self.buf[: end + 4])
                view = memoryview(bytes(self.buf[end + 4 :]))
                self.buf.clear()
                self._start(head)
                continue
            take = min(self.remaining, len(view))
            self.current.body_bytes += take
            self.remaining -= take
            view = view[take:]
            record = self.current
            if self.remaining == 0:
                record.complete = True
                self.current = None
            if self.on_update:
                self.on_update(record)

    def _start(self, head: bytes) -> None:
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length" and value.strip().isdigit():
                length = int(value.strip())
        record = RequestRecord(
            self.conn, parts[0], parts[1] if len(parts) > 1 else "", len(head), length
        )
        self.records.append(record)
        self.current, self.remaining = record, length
        if length == 0:
            record.complete = True
            self.current = None
        if self.on_update:
            self.on_update(record)


# -- the proxy --------------------------------------------------------------------------------
@dataclass(eq=False)
class _Conn:
    writers: list[asyncio.StreamWriter]
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


class Forwarder:
    """One listening port on 127.0.0.1 forwarding to ``upstream`` through the shaper's link."""

    def __init__(self, shaper: Shaper, upstream: tuple[str, int], sndbuf: int | None) -> None:
        self.shaper = shaper
        self.upstream = upstream
        self.sndbuf = sndbuf
        self.server: asyncio.AbstractServer | None = None
        self.port = 0
        self.records: list[RequestRecord] = []
        self.on_request: Callable[[RequestRecord], None] | None = None
        self.bytes_up = 0
        self.bytes_down = 0
        self.connections = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _handle(self, creader: asyncio.StreamReader, cwriter: asyncio.StreamWriter) -> None:
        shaper = self.shaper
        accepted = asyncio.get_running_loop().time()
        try:
            sreader, swriter = await asyncio.open_connection(*self.upstream)
        except OSError:
            cwriter.close()
            return
        if self.sndbuf:
            sock = swriter.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, self.sndbuf)
        self.connections += 1
        conn_id = next(shaper.ids)
        tap = HttpTap(conn_id, self.records, self._on_update)
        conn = _Conn([cwriter, swriter])
        shaper.conns.add(conn)
        p = shaper.params
        first = accepted + (p.rtt if p else 0.0)
        conn.tasks = [
            asyncio.create_task(self._pump(conn, creader, swriter, shaper.up, first, tap.feed)),
            asyncio.create_task(self._pump(conn, sreader, cwriter, shaper.down, 0.0, None)),
        ]
        try:
            await asyncio.gather(*conn.tasks, return_exceptions=True)
        finally:
            shaper.conns.discard(conn)
            for w in conn.writers:
                w.close()

    def _on_update(self, record: RequestRecord) -> None:
        if self.on_request is not None:
            self.on_request(record)

    async def _pump(
        self,
        conn: _Conn,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        direction: Direction | None,
        not_before: float,
        on_deliver: Callable[[bytes], None] | None,
    ) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()
        upward = on_deliver is not None  # the client-to-server pump taps what it delivers
        deliver = asyncio.create_task(self._deliver(queue, writer, on_deliver, upward))
        conn.tasks.append(deliver)
        ready = not_before
        mss = self.shaper.params.mss if self.shaper.params else READ_SIZE
        try:
            while True:
                data = await reader.read(READ_SIZE)
                if not data or deliver.done():
                    break
                if direction is None:
                    queue.put_nowait((0.0, data))
                    continue
                for off in range(0, len(data), mss):
                    seg = data[off : off + mss]
                    depart, arrive, ready = direction.schedule(len(seg), ready, loop.time())
                    queue.put_nowait((arrive, seg))
                    wait = depart - loop.time()
                    if wait > 0:  # read on only as fast as the link drains
                        await asyncio.sleep(wait)
        except (ConnectionError, OSError):
            pass
        finally:
            queue.put_nowait(None)
            with contextlib.suppress(Exception):
                await deliver

    async def _deliver(
        self,
        queue: asyncio.Queue[tuple[float, bytes] | None],
        writer: asyncio.StreamWriter,
        on_deliver: Callable[[bytes], None] | None,
        upward: bool,
    ) -> None:
        loop = asyncio.get_running_loop()
        try:
            while (item := await queue.get()) is not None:
                at, seg = item
                wait = at - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                if writer.is_closing():
                    return
                writer.write(seg)
                await writer.drain()
                if upward:
                    self.bytes_up += len(seg)
                else:
                    self.bytes_down += len(seg)
                if on_deliver is not None:
                    on_deliver(seg)
            if writer.can_write_eof():
                writer.write_eof()
        except (ConnectionError, OSError):
            pass


class Shaper:
    """An asyncio event loop in a daemon thread holding any number of :class:`Forwarder`."""

    def __init__(self, params: LinkParams | None, seed: int = 1) -> None:
        self.params = params
        rng = random.Random(seed)
        self.up = Direction(params, random.Random(rng.random())) if params else None
        self.down = Direction(params, random.Random(rng.random())) if params else None
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True, name="shaper")
        self.conns: set[_Conn] = set()
        self.forwarders: list[Forwarder] = []
        self.ids = itertools.count(1)
        self.cuts = 0

    def start(self) -> Shaper:
        self.thread.start()
        return self

    def forward(self, host: str, port: int, *, sndbuf: int | None = None) -> Forwarder:
        fwd = Forwarder(self, (host, port), sndbuf)

        async def listen() -> None:
            fwd.server = await asyncio.start_server(fwd._handle, "127.0.0.1", 0)
            fwd.port = fwd.server.sockets[0].getsockname()[1]

        asyncio.run_coroutine_threadsafe(listen(), self.loop).result(10)
        self.forwarders.append(fwd)
        return fwd

    def cut_all(self) -> None:
        """Reset every open connection (call from the loop thread or through :meth:`cut`)."""
        self.cuts += 1
        for conn in list(self.conns):
            for w in conn.writers:
                sock = w.get_extra_info("socket")
                if sock is not None:
                    with contextlib.suppress(OSError):
                        sock.setsockopt(
                            socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                        )
                w.transport.abort()
            for task in conn.tasks:
                task.cancel()
        self.conns.clear()

    def cut(self) -> None:
        self.loop.call_soon_threadsafe(self.cut_all)

    def close(self) -> None:
        if not self.thread.is_alive():
            return

        async def shutdown() -> None:
            self.cut_all()
            for fwd in self.forwarders:
                if fwd.server is not None:
                    fwd.server.close()

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(shutdown(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


# -- HTTP sink for curl -----------------------------------------------------------------------
class _SinkHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def _sink(self) -> None:
        remaining = int(self.headers.get("Content-Length") or 0)
        received = 0
        while remaining > 0:
            chunk = self.rfile.read(min(READ_SIZE, remaining))
            if not chunk:
                break
            received += len(chunk)
            remaining -= len(chunk)
        body = json.dumps({"received": received}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PUT = do_POST = _sink


def start_sink(host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    httpd = ThreadingHTTPServer((host, port), _SinkHandler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True, name="sink").start()
    return httpd


# -- kernel link: a network namespace pair with tc ------------------------------------------------
class NetnsLink:
    """A namespace ``fbbench<pid>`` joined to this one by a veth pair, a qdisc on both ends."""

    def __init__(self, qdisc: list[str]) -> None:
        pid = os.getpid()
        self.name = f"fbbench{pid}"
        self.host_if, self.ns_if = f"fbh{pid}", f"fbn{pid}"
        net = 10 + pid % 240
        self.host_addr, self.ns_addr = f"10.231.{net}.1", f"10.231.{net}.2"
        self.qdisc = qdisc
        self.created = False

    def _run(self, *cmd: str) -> None:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=20)
        if result.returncode != 0:
            raise OSError(f"{' '.join(cmd)}: {result.stderr.strip() or result.returncode}")

    def exec_prefix(self) -> list[str]:
        return ["ip", "netns", "exec", self.name]

    def up(self) -> NetnsLink:
        self._run("ip", "netns", "add", self.name)
        self.created = True
        self._run("ip", "link", "add", self.host_if, "type", "veth", "peer", "name", self.ns_if)
        self._run("ip", "link", "set", self.ns_if, "netns", self.name)
        self._run("ip", "addr", "add", f"{self.host_addr}/30", "dev", self.host_if)
        self._run("ip", "link", "set", self.host_if, "up")
        ns = self.exec_prefix()
        self._run(*ns, "ip", "addr", "add", f"{self.ns_addr}/30", "dev", self.ns_if)
        self._run(*ns, "ip", "link", "set", self.ns_if, "up")
        self._run(*ns, "ip", "link", "set", "lo", "up")
        self._run("tc", "qdisc", "add", "dev", self.host_if, "root", *self.qdisc)
        self._run(*ns, "tc", "qdisc", "add", "dev", self.ns_if, "root", *self.qdisc)
        return self

    def close(self) -> None:
        if self.created:
            subprocess.run(["ip", "link", "del", self.host_if], capture_output=True, timeout=20)
            subprocess.run(["ip", "netns", "del", self.name], capture_output=True, timeout=20)
            self.created = False


@contextlib.contextmanager
def netns_link(qdisc: list[str]) -> Iterator[NetnsLink]:
    link = NetnsLink(qdisc)
    try:
        yield link.up()
    finally:
        link.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("sink", help="serve a discarding HTTP sink (PUT/POST) until killed")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    httpd = ThreadingHTTPServer((args.host, args.port), _SinkHandler)
    httpd.serve_forever()


if __name__ == "__main__":
    main()
