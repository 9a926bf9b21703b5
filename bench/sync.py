"""Sync benchmark: a slow, lossy link and loopback.

    .venv/bin/python bench/sync.py [--mb 2] [--link auto|userspace|netem] [--profile]

1. Shaped link (256 kbit/s each way, 300 ms RTT, 5 % loss): one field device with 1,000
   queued observations (Turkmen/Russian text, 1–3 KB each) and ``--queue-mb`` (20) MB of
   attachments queued behind them (2 MB files) enrols through the link and syncs. Measured:
   seconds from the link coming up (``sync_once`` starts) to the first observation stored on
   the server (the server's ``received_ms``), and goodput = (envelope + blob bytes delivered)
   / elapsed. 20 MB take ~18 minutes on this link, so the sync stops (``should_stop``, at a
   request boundary) once ``--mb`` MB of attachments are delivered; ``--mb 20`` delivers all.
   Then ``curl -T`` uploads a file of exactly the bytes the client delivered to a discarding
   sink behind the same link, and the two goodputs are compared.
2. Forced disconnect: a second field device uploads one attachment (``--cut-kb``); when
   ``--cut-at`` of its second PATCH body has reached the server, the link resets every
   connection once; sync runs again. Re-sent = PATCH body bytes that reached the server minus
   the blob size (request headers of the extra requests are reported separately).
3. Loopback, no shaping, a fresh server: ``--loopback-n`` (10,000) observations sealed and
   pushed by a field device (sealing overlaps the pushes, so the two are timed together),
   then pulled, opened and stored by a coordinator.

The link is a network namespace pair with ``tc netem`` when the kernel has it; otherwise a
userspace shaping proxy on 127.0.0.1 (bench/shaper.py explains the model). All traffic stays
on 127.0.0.1 and the bench's own namespace. Prints figures, then one JSON object on the last
line.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

# The repository first: its packages win over bench/protocol.py and bench/server.py.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests

from bench.shaper import Forwarder, LinkParams, NetnsLink, RequestRecord, Shaper, start_sink
from desktop.core.invitations import make_invitation
from desktop.core.model import AttachmentRef, IncidentDate, Observation, Person, Place
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.refdata import load_refindex
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.enrolment import enroll
from desktop.core.sync.errors import SyncError
from desktop.core.sync.progress import SyncProgress, SyncSummary
from desktop.core.sync.state import ProxySettings
from desktop.core.sync.transport import Transport
from protocol.invitation import Invitation

REPO = Path(__file__).resolve().parents[1]
MB = 1_000_000
KiB = 1024
PASSPHRASE = "tüýs gije Ашхабад 2026"
ORG = "Daşoguz Hukuk Merkezi"
NO_PROXY = ProxySettings(mode="none")
ATTACHMENT_FILE = 2 * MB
GOALS = {
    "goodput_ratio": 0.8,
    "first_observation_s": 10.0,
    "resent_bytes": 256 * KiB,
    "loopback_per_s": 500.0,
}


def _words(text: str) -> list[str]:
    return text.split()


TK = _words(
    "şäher bazar tussag edildi ýaşaýjylar çykyş etdiler žurnalist diýdi öý üýtgeşik polisiýa "
    "işgärleri gije gelip maşgala agzalaryny sorag etdiler hukuk goragçysy mekdep mugallym "
    "okuwçy pagta ýygymy mejbury zähmet ýer suw elektrik gaz saglyk hassahana kazyýet prokuror "
    "aklawçy türme gözleg ýazgy resminama pasport serhet syýahat gadagan telefon internet "
    "habar gazet dini metjit aýal çaga garry ýaş dogan gyz ogul ene ata goňşy etrabynda"
)
RU = _words(
    "задержание журналиста сотрудники полиции задержали у рынка жители сообщили давление на "
    "семью допрос ночью обыск без ордера изъяли телефон принудительный труд сбор хлопка "
    "учителя врачи студенты запрет на выезд граница паспорт отказ в медицинской помощи суд "
    "прокурор адвокат тюрьма свидание родственники угрозы увольнение снос домов компенсация"
)
NAMES = _words("Aýna Merdan Gülşat Myrat Ogulgerek Bägül Sapar Dowlet Ýazgül Çary Мария Гельды")


def log(line: str = "") -> None:
    print(line, flush=True)


# -- realistic observations ---------------------------------------------------------------------
class Texts:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.velayats = sorted(load_refindex().velayats)

    def sentence(self) -> str:
        vocab = TK if self.rng.random() < 0.65 else RU
        return " ".join(self.rng.choice(vocab) for _ in range(self.rng.randint(6, 18))) + "."

    def text(self, nbytes: int) -> str:
        parts: list[str] = []
        size = 0
        while size < nbytes:
            parts.append(self.sentence().capitalize())
            size += len(parts[-1].encode()) + 1
        return " ".join(parts)

    def observation(self, status: str) -> Observation:
        rng = self.rng
        return Observation.new(
            title=self.sentence()[:120],
            date=IncidentDate(start=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"),
            place=Place(velayat=rng.choice(self.velayats), etrap=None, settlement="Köneürgenç"),
            people=[Person(role="witness", name=f"{rng.choice(NAMES)} {rng.choice(NAMES)}")],
            description=self.text(rng.randint(600, 2400)),
            status=status,
        )


def queue_observations(profile: Profile, texts: Texts, n: int, batch: int = 500) -> list[str]:
    ids: list[str] = []
    while len(ids) < n:
        saved = profile.observations.save_many(
            [texts.observation("queued") for _ in range(min(batch, n - len(ids)))]
        )
        ids += [o.id for o in saved]
    return ids


def queue_attachment(
    profile: Profile, texts: Texts, tmp: Path, size: int
) -> tuple[str, AttachmentRef]:
    """A queued observation with one attachment of ``size`` bytes; (record id, attachment)."""
    obs = profile.observations.save(texts.observation("draft"))
    path = tmp / f"scan-{obs.id[:8]}.pdf"
    with open(path, "wb") as fh:
        fh.write(b"%PDF-1.7\n" + os.urandom(size - 9))
    ref = profile.attachments.add(obs.id, path)
    path.unlink()
    profile.observations.set_status(obs.id, "queued")
    return obs.id, ref


# -- server processes -----------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def process_cpu(pid: int) -> float:
    """utime + stime of ``pid`` and its live children (the signature workers), in seconds."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class Server:
    def __init__(self, data_dir: Path, host: str = "127.0.0.1", prefix: list[str] | None = None):
        self.data_dir = data_dir
        self.host = host
        self.prefix = prefix or []
        self.port = free_port() if not self.prefix else 8443
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = data_dir.parent / f"{data_dir.name}.log"
        #: codes the coordinator's device made, by role (see invite)
        self.stock: dict[str, list[str]] = {}

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def db_path(self) -> Path:
        return self.data_dir / "fieldbook-server.db"

    def start(self, timeout: float = 60) -> Server:
        cmd = [
            *self.prefix,
            sys.executable,
            "-m",
            "server",
            "serve",
            "--host",
            self.host,
            "--port",
            str(self.port),
            "--log-level",
            "warning",
            "--data-dir",
            str(self.data_dir),
        ]
        with open(self.log_path, "ab") as out:
            self.proc = subprocess.Popen(cmd, cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
        session = requests.Session()
        session.trust_env = False
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited early: {self.log_path.read_text()[-2000:]}")
            try:
                if session.get(self.url + "/v1/health?nonce=up", timeout=5).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise RuntimeError("server did not start")

    def admin(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "server", *args, "--data-dir", str(self.data_dir)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0:
            raise RuntimeError(f"server {args[0]} failed: {result.stderr}")
        return result.stdout

    def invite(self, role: str, url: str) -> str:
        """The first coordinator's code from the server; then codes the coordinator's device
        made when it enrolled (``stock``), pointed at ``url`` (the server does not bind it)."""
        if self.stock.get(role):
            made = Invitation.decode(self.stock[role].pop())
            return Invitation(url, made.token, made.coordinator_fingerprint).encode()
        args = ["invite", "--role", role, "--url", url, "--json"]
        return str(json.loads(self.admin(*args))["code"])

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Read the server's SQLite database (``mode=ro`` fails while no -wal file exists)."""
        with closing(sqlite3.connect(self.db_path, timeout=30)) as db:
            db.execute("PRAGMA query_only = ON")
            return db.execute(sql, params).fetchall()

    def cpu(self) -> float:
        return process_cpu(self.proc.pid) if self.proc else 0.0

    def stop(self) -> None:
        if self.proc:
            stop_process(self.proc)


# -- the link -----------------------------------------------------------------------------------
@dataclass
class Link:
    """Where the server and the curl sink live and how the client reaches them."""

    mode: str  # "kernel netem" (or another qdisc) or "userspace"
    note: str
    shaper: Shaper
    server: Server
    sink_host: str
    sink_port: int
    netns: NetnsLink | None = None

    def forward(self, port: int, host: str | None = None) -> Forwarder:
        # Through the kernel link the proxy only counts and cuts; keep its send buffer small
        # so what it counts as delivered has nearly left.
        sndbuf = 16 * KiB if self.netns else None
        return self.shaper.forward(host or self.server.host, port, sndbuf=sndbuf)


def netem_qdisc(p: LinkParams) -> list[str]:
    return [
        "netem",
        "delay",
        f"{p.one_way_delay * 1000:g}ms",
        "rate",
        f"{p.rate_bps:g}bit",
        "loss",
        f"{p.loss * 100:g}%",
        "limit",
        "1000",
    ]


@contextmanager
def open_link(
    mode: str, params: LinkParams, seed: int, work: Path, qdisc: list[str] | None = None
) -> Iterator[Link]:
    """``auto``: netem in a namespace pair if the kernel has it, else the userspace shaper.
    ``qdisc`` replaces netem in the namespace pair (e.g. ``tbf ...`` to try the plumbing)."""
    with ExitStack() as stack:
        netns: NetnsLink | None = None
        note = ""
        if mode in ("auto", "netem"):
            kind = (qdisc or ["netem"])[0]
            if shutil.which("ip") is None or shutil.which("tc") is None:
                note = f"{kind} unavailable: the ip/tc tools are not installed"
            else:
                candidate = NetnsLink(qdisc or netem_qdisc(params))
                try:
                    netns = candidate.up()
                    stack.callback(candidate.close)
                except OSError as exc:
                    candidate.close()
                    note = f"{kind} unavailable on this machine: {exc}"
            if netns is None and mode == "netem":
                raise SystemExit(note)
        if netns is not None:
            prefix = netns.exec_prefix()
            server = Server(work / "server", netns.ns_addr, prefix)
            sink_port = 8080
            sink = subprocess.Popen(
                [
                    *prefix,
                    sys.executable,
                    str(Path(__file__).parent / "shaper.py"),
                    "sink",
                    "--host",
                    netns.ns_addr,
                    "--port",
                    str(sink_port),
                ]
            )
            stack.callback(stop_process, sink)
            shaper = Shaper(None).start()
            stack.callback(shaper.close)
            note = (
                f"kernel link: namespace {netns.name}, veth pair, tc qdisc "
                f"{' '.join(netns.qdisc)} on both ends; the 127.0.0.1 proxy in front only "
                "counts and cuts"
            )
            link = Link(
                "kernel " + netns.qdisc[0], note, shaper, server, netns.ns_addr, sink_port, netns
            )
        else:
            if mode == "userspace":
                note = "userspace link requested"
            server = Server(work / "server")
            httpd = start_sink()
            stack.callback(httpd.shutdown)
            shaper = Shaper(params, seed).start()
            stack.callback(shaper.close)
            link = Link(
                "userspace", note, shaper, server, "127.0.0.1", int(httpd.server_address[1])
            )
        server.start()
        stack.callback(server.stop)
        server.admin("org", "add", ORG, "--velayat", "dasoguz")
        # The coordinator enrols first (directly): field invitations pin its key.
        coordinator = new_profile(work, "coordinator")
        # (in the network-namespace lab the server's own address is plain http off loopback)
        lab = partial(Transport, allow_plain_http=True)
        enroll(
            coordinator,
            server.invite("coordinator", server.url),
            name="coordinator",
            proxy=NO_PROXY,
            transport_factory=lab,
        )
        for role, n in (("field", 6), ("coordinator", 2)):
            org = ORG if role == "field" else None
            server.stock[role] = [
                make_invitation(coordinator, role, org=org, transport_factory=lab).code
                for _ in range(n)
            ]
        coordinator.close()
        yield link


# -- sync runs ---------------------------------------------------------------------------------
@dataclass
class Marks:
    """Wall-clock times of the engine's progress phases; stops once enough is uploaded."""

    stop_after: int | None = None
    deadline: float = float("inf")
    probe: Callable[[], int] | None = None  # e.g. bytes received through the link so far
    first: dict[str, float] = field(default_factory=dict)
    probed: dict[str, int] = field(default_factory=dict)
    stopped: bool = False
    uploaded: int = 0

    def progress(self, p: SyncProgress) -> None:
        if p.phase not in self.first:
            self.first[p.phase] = time.time()
            if self.probe is not None:
                self.probed[p.phase] = self.probe()
        if p.phase == "uploading":
            self.uploaded = p.bytes_done
            if self.stop_after is not None and p.bytes_done >= self.stop_after:
                self.stopped = True

    def should_stop(self) -> bool:
        return self.stopped or time.monotonic() > self.deadline


def new_profile(root: Path, name: str) -> Profile:
    return Profile.create(resolve_paths(root / name), PASSPHRASE, org_name="NGO", velayat="dasoguz")


def sync_until_done(engine: SyncEngine, marks: Marks, attempts: int = 8) -> tuple[SyncSummary, int]:
    """sync_once until it goes through (as the background worker does); (summary, failures)."""
    failures = 0
    while True:
        try:
            return engine.sync_once(marks.progress), failures
        except SyncError as exc:
            failures += 1
            if not exc.transient or failures >= attempts or marks.should_stop():
                raise
            time.sleep(0.5)


def outbox_bytes(profile: Profile) -> int:
    row = profile.database.one(
        "SELECT coalesce(sum(length(e.envelope)), 0) FROM outbox o"
        " JOIN outbox_envelopes e ON e.seq = o.seq WHERE o.receipt IS NOT NULL"
    )
    return int(row[0]) if row else 0


def blob_bytes(profile: Profile) -> int:
    row = profile.database.one("SELECT coalesce(sum(offset), 0) FROM blob_uploads")
    return int(row[0]) if row else 0


def body_bytes(records: list[RequestRecord], method: str, prefix: str) -> int:
    return sum(r.body_bytes for r in records if r.method == method and r.path.startswith(prefix))


def run_curl(url: str, nbytes: int, tmp: Path, timeout: float) -> dict[str, Any]:
    path = tmp / "curl-upload.bin"
    with open(path, "wb") as fh:
        left = nbytes
        while left:
            chunk = os.urandom(min(left, MB))
            fh.write(chunk)
            left -= len(chunk)
    cmd = [
        "curl",
        "-sS",
        "--noproxy",
        "*",
        "-o",
        "/dev/null",
        "-H",
        "Expect:",
        "-H",
        "Content-Type: application/octet-stream",
        "-T",
        str(path),
        "--max-time",
        str(int(timeout)),
        "-w",
        "%{http_code} %{size_upload} %{time_total}",
        url,
    ]
    started = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout + 30)
    elapsed = time.perf_counter() - started
    path.unlink()
    code, size, total = [*result.stdout.split(), "0", "0", "0"][:3]
    if result.returncode != 0 or code != "200":
        raise RuntimeError(f"curl failed ({result.returncode}): {result.stderr.strip()}")
    return {
        "bytes": int(float(size)),
        "s": elapsed,
        "curl_time_total_s": float(total),
        "goodput_Bps": int(float(size)) / elapsed,
    }


def shaped(
    link: Link, args: argparse.Namespace, root: Path, deadline: float, with_curl: bool
) -> dict[str, Any]:
    server = link.server
    fwd = link.forward(server.port)
    field_ = new_profile(root, "field")
    t = time.perf_counter()
    enroll(field_, server.invite("field", fwd.url), name="field", proxy=NO_PROXY)
    enrol_s = time.perf_counter() - t
    log(f"  enrolled through the link in {enrol_s:.1f} s")

    texts = Texts(args.seed)
    n = args.observations
    files = max(1, round(args.queue_mb * MB / ATTACHMENT_FILE)) if args.queue_mb > 0 else 0
    sizes = [ATTACHMENT_FILE] * files
    if files:
        sizes[-1] = int(args.queue_mb * MB) - ATTACHMENT_FILE * (files - 1)
    t = time.perf_counter()
    # the first queued observation carries an attachment; the others are spread out
    with_files = {i * n // max(files, 1) for i in range(files)}
    first_id = ""
    plain = attached = 0
    for i in range(n):
        if i not in with_files:
            plain += 1
            continue
        if plain:
            queue_observations(field_, texts, plain)
            plain = 0
        rid, _ = queue_attachment(field_, texts, root, sizes[attached])
        attached += 1
        first_id = first_id or rid
    if plain:
        ids = queue_observations(field_, texts, plain)
        first_id = first_id or ids[0]
    body = field_.database.one(
        "SELECT avg(length(CAST(r.body AS BLOB))) FROM revisions r JOIN observations o"
        " ON o.pk = r.observation_pk AND o.rev = r.rev"
    )
    log(
        f"  queued {n} observations (body {float(body[0] if body else 0):.0f} B on average) "
        f"and {files} attachments, {sum(sizes) / MB:g} MB, in {time.perf_counter() - t:.1f} s"
    )

    target = int(args.mb * MB) if args.mb < args.queue_mb else None
    marks = Marks(stop_after=target, deadline=deadline, probe=lambda: fwd.bytes_down)
    engine = SyncEngine(field_, should_stop=marks.should_stop)
    wire0 = (fwd.bytes_up, fwd.bytes_down)
    records0 = len(fwd.records)
    up0 = (link.shaper.up.losses, link.shaper.up.stall_s) if link.shaper.up else (0, 0.0)
    started = time.time()
    summary, failures = sync_until_done(engine, marks)
    total_s = time.time() - started
    env_b, blob_b = outbox_bytes(field_), blob_bytes(field_)
    first_ms = server.query(
        "SELECT min(received_ms) FROM envelopes WHERE author = ?", (field_.device_id,)
    )[0][0]
    first_row = server.query(
        "SELECT record_id FROM envelopes WHERE author = ? ORDER BY server_seq LIMIT 1",
        (field_.device_id,),
    )
    first_s = first_ms / 1000 - started if first_ms else float("nan")
    # the engine seals a handful, sends them, and seals the rest while requests are out
    first_request_s = marks.first.get("sending", started) - started
    uploading_s = marks.first.get("uploading", time.time()) - started
    records = fwd.records[records0:]
    if not blob_b:
        uploading_s = marks.first.get("receiving", time.time()) - started
    goodput = (env_b + blob_b) / total_s
    after_first = (env_b + blob_b) / max(total_s - first_request_s, 1e-9)
    push_s = uploading_s - first_request_s
    blobs_s = total_s - uploading_s
    receipts_b = marks.probed.get("uploading", fwd.bytes_down) - marks.probed.get("sending", 0)
    puts = [r for r in records if r.method == "PUT"]
    result: dict[str, Any] = {
        "observations": n,
        "attachments_queued_bytes": sum(sizes),
        "attachments_files": files,
        "stopped_after_attachment_bytes": target,
        "enrol_s": enrol_s,
        "sent": summary.sent,
        "envelope_bytes": env_b,
        "blob_bytes": blob_b,
        "first_observation_s": first_s,
        "first_observation_is_first_queued": bool(first_row and first_row[0][0] == first_id),
        "first_request_s": first_request_s,
        "envelopes_pushed_s": uploading_s,
        "total_s": total_s,
        "goodput_Bps": goodput,
        "goodput_after_first_request_Bps": after_first,
        "push_phase_goodput_Bps": env_b / max(push_s, 1e-9),
        "upload_phase_goodput_Bps": blob_b / max(blobs_s, 1e-9),
        "push_requests": len(puts),
        "push_response_bytes": receipts_b,
        "sync_failures": failures,
        "requests": len(records),
        "request_header_bytes": sum(r.header_bytes for r in records),
        "put_envelopes_body_bytes": body_bytes(records, "PUT", "/v1/envelopes"),
        "patch_body_bytes": body_bytes(records, "PATCH", "/v1/blobs/"),
        "wire_up_bytes": fwd.bytes_up - wire0[0],
        "wire_down_bytes": fwd.bytes_down - wire0[1],
    }
    if link.shaper.up:
        result["segments_lost_up"] = link.shaper.up.losses - up0[0]
        result["stall_s_up"] = link.shaper.up.stall_s - up0[1]
    field_.close()
    log(
        f"  sync: {summary.sent} envelopes ({env_b} B), attachments {blob_b} B"
        f"{' (stopped there)' if marks.stopped else ''}, {failures} failed attempt(s)"
    )
    log(
        f"  link up -> first push request {first_request_s:.1f} s -> first observation on the "
        f"server {first_s:.1f} s"
        f" -> all envelopes {uploading_s:.1f} s -> done {total_s:.1f} s"
    )
    log(
        f"  goodput {goodput / 1000:.2f} kB/s ({goodput * 8 / 1000:.0f} kbit/s), "
        f"{after_first / 1000:.2f} kB/s counting from the first push request; "
        f"{len(records)} requests, {result['request_header_bytes']} B of request headers"
    )

    if not with_curl:
        log("  curl is not installed: no comparison (apt-get install -y curl)")
        return result
    sink = link.forward(link.sink_port, link.sink_host)
    curl = run_curl(sink.url + "/sink", env_b + blob_b, root, max(60.0, total_s * 3))
    result["curl"] = curl
    result["ratio"] = goodput / curl["goodput_Bps"]
    log(
        f"  curl -T of the same {curl['bytes']} B: {curl['s']:.1f} s, "
        f"{curl['goodput_Bps'] / 1000:.2f} kB/s; Fieldbook/curl = {result['ratio']:.2f}"
    )
    push_ratio = result["push_phase_goodput_Bps"] / curl["goodput_Bps"]
    upload_ratio = result["upload_phase_goodput_Bps"] / curl["goodput_Bps"]
    # PUT bodies as sent (gzip): how well the push phase uses the link, compression aside
    wire_ratio = result["put_envelopes_body_bytes"] / max(push_s, 1e-9) / curl["goodput_Bps"]
    result["push_phase_ratio"], result["upload_phase_ratio"] = push_ratio, upload_ratio
    result["push_phase_wire_ratio"] = wire_ratio
    log(
        f"  by phase: envelope push {result['push_phase_goodput_Bps'] / 1000:.2f} kB/s of "
        f"envelopes = {push_ratio:.2f} of curl ({len(puts)} PUTs carrying "
        f"{result['put_envelopes_body_bytes']} B on the wire = {wire_ratio:.2f} of curl's "
        f"rate; {receipts_b} B of answers came back); attachment upload "
        f"{result['upload_phase_goodput_Bps'] / 1000:.2f} kB/s = {upload_ratio:.2f} of curl"
    )
    return result


def disconnect(link: Link, args: argparse.Namespace, root: Path, deadline: float) -> dict[str, Any]:
    server = link.server
    fwd = link.forward(server.port)
    profile = new_profile(root, "field-cut")
    enroll(profile, server.invite("field", fwd.url), name="field-cut", proxy=NO_PROXY)
    texts = Texts(args.seed + 1)
    _, ref = queue_attachment(profile, texts, root, int(args.cut_kb * KiB))
    blob_id, size = ref.blob_id, ref.blob_size
    patches: list[RequestRecord] = []
    cut_at: dict[str, float] = {}

    def watch(record: RequestRecord) -> None:
        if record.method != "PATCH" or not record.path.startswith(f"/v1/blobs/{blob_id}"):
            return
        if not patches or patches[-1] is not record:
            patches.append(record)
        if (
            link.shaper.cuts == 0
            and len(patches) == 2
            and record.body_bytes >= args.cut_at * record.content_length
        ):
            cut_at["t"] = time.time()
            cut_at["delivered"] = record.body_bytes
            cut_at["index"] = len(fwd.records)
            link.shaper.cut_all()  # called on the link's own thread

    fwd.on_request = watch
    marks = Marks(deadline=deadline)
    engine = SyncEngine(profile, should_stop=marks.should_stop)
    started = time.time()
    summary, failures = sync_until_done(engine, marks)
    total_s = time.time() - started
    fwd.on_request = None
    complete = profile.database.one("SELECT complete FROM blob_uploads")
    row = server.query("SELECT complete FROM blobs WHERE blob_id = ?", (blob_id,))
    on_server = bool(row and row[0][0])
    profile.close()
    sent = sum(r.body_bytes for r in patches)
    after = fwd.records[int(cut_at.get("index", len(fwd.records))) :]
    extra = [r for r in after if r.method != "PATCH"]
    result = {
        "blob_bytes": size,
        "request_size": patches[0].content_length if patches else 0,
        "cut_at_fraction": args.cut_at,
        "cut": bool(cut_at),
        "cut_after_s": cut_at.get("t", started) - started,
        "delivered_in_cut_request": int(cut_at.get("delivered", 0)),
        "patch_requests": len(patches),
        "patch_body_bytes": sent,
        "resent_bytes": sent - size,
        "failed_attempts": failures,
        "extra_requests_after_cut": [f"{r.method} {r.path.split('?')[0][:24]}" for r in extra],
        "extra_request_bytes": sum(r.header_bytes + r.body_bytes for r in extra)
        + sum(r.header_bytes for r in after if r.method == "PATCH"),
        "total_s": total_s,
        "complete": bool(complete and complete[0]) and on_server,
        "blobs_uploaded": summary.blobs_uploaded,
    }
    log(
        f"  blob {size} B in {len(patches)} PATCH requests of {result['request_size']} B; "
        f"cut at {cut_at.get('delivered', 0):.0f} B into PATCH #2 ({args.cut_at:.0%}), "
        f"{result['cut_after_s']:.1f} s in"
    )
    extra_names = result["extra_requests_after_cut"]
    log(
        f"  PATCH bodies that reached the server: {sent} B -> re-sent {sent - size} B "
        f"({(sent - size) / KiB:.0f} KiB); resumed with {', '.join(extra_names)}"
        f" (+{result['extra_request_bytes']} B of requests); complete: {result['complete']}"
    )
    return result


class TimedConnection:
    """Wraps a profile's SQLCipher connection: wall time per SQL statement (``--profile``)."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self.times: dict[str, list[float]] = {}

    def execute(self, sql: str, params: Any = ()) -> Any:
        started = time.perf_counter()
        try:
            return self._conn.execute(sql, params)
        finally:
            entry = self.times.setdefault(" ".join(sql.split())[:100], [0, 0.0])
            entry[0] += 1
            entry[1] += time.perf_counter() - started

    def executemany(self, sql: str, rows: Any) -> Any:
        rows = list(rows)
        started = time.perf_counter()
        try:
            return self._conn.executemany(sql, rows)
        finally:
            entry = self.times.setdefault(" ".join(sql.split())[:100], [0, 0.0])
            entry[0] += len(rows)
            entry[1] += time.perf_counter() - started

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def report(self, top: int = 12) -> str:
        total = sum(t for _, t in self.times.values())
        lines = [f"SQL statements: {total:.2f} s in all, by total time:"]
        ranked = sorted(self.times.items(), key=lambda kv: -kv[1][1])[:top]
        lines += [f"{t:7.2f} s {int(n):7d}x  {sql}" for sql, (n, t) in ranked]
        return "\n".join(lines)


@contextmanager
def profiled(
    enabled: bool, label: str, out: dict[str, str], profile: Profile | None = None
) -> Iterator[None]:
    """cProfile (top functions by own and by cumulative time) and SQL time per statement."""
    if not enabled:
        yield
        return
    timed: TimedConnection | None = None
    if profile is not None:
        timed = TimedConnection(profile.database.conn)
        profile.database.conn = timed
    prof = cProfile.Profile()
    prof.enable()
    try:
        yield
    finally:
        prof.disable()
        if profile is not None and timed is not None:
            profile.database.conn = timed._conn
        own = io.StringIO()
        pstats.Stats(prof, stream=own).sort_stats("tottime").print_stats(14)
        cum = io.StringIO()
        pstats.Stats(prof, stream=cum).sort_stats("cumulative").print_stats(25)
        out[label] = own.getvalue() + cum.getvalue() + (timed.report() if timed else "")


def loopback(args: argparse.Namespace, root: Path, deadline: float) -> dict[str, Any]:
    server = Server(root / "server-loopback").start()
    try:
        server.admin("org", "add", ORG, "--velayat", "dasoguz")
        coordinator = new_profile(root, "lo-coordinator")
        enroll(coordinator, server.invite("coordinator", server.url), name="c", proxy=NO_PROXY)
        field_ = new_profile(root, "lo-field")
        code = make_invitation(coordinator, "field", org=ORG).code
        enroll(field_, code, name="f", proxy=NO_PROXY)
        n = args.loopback_n
        t = time.perf_counter()
        queue_observations(field_, Texts(args.seed + 2), n)
        log(f"  queued {n} observations in {time.perf_counter() - t:.1f} s (not timed)")
        profiles: dict[str, str] = {}

        marks = Marks(deadline=deadline)
        cpu0, srv0 = time.process_time(), server.cpu()
        started = time.time()
        with profiled(args.profile, "field seal+push", profiles, field_):
            summary, _ = sync_until_done(SyncEngine(field_, should_stop=marks.should_stop), marks)
        ended = time.time()
        cpu1, srv1 = time.process_time(), server.cpu()
        first_request = marks.first.get("sending", started)
        pushed = marks.first.get("receiving", ended)
        field_.close()

        cmarks = Marks(deadline=deadline)
        cstart = time.time()
        with profiled(args.profile, "coordinator pull", profiles, coordinator):
            csummary, _ = sync_until_done(
                SyncEngine(coordinator, should_stop=cmarks.should_stop), cmarks
            )
        cend = time.time()
        cpu2, srv2 = time.process_time(), server.cpu()
        pull_from = cmarks.first.get("receiving", cstart)
        coordinator.close()
    finally:
        server.stop()
    result = {
        "n": n,
        "sent": summary.sent,
        "received": csummary.received,
        # sealing and pushing overlap (a first handful is sealed and sent, the rest sealed
        # while requests are out), so they are timed together
        "first_request_s": first_request - started,
        "seal_push_s": pushed - started,
        "pushed_per_s": summary.sent / max(pushed - started, 1e-9),
        "field_sync_s": ended - started,
        "pull_s": cend - pull_from,
        "pulled_per_s": csummary.received / max(cend - pull_from, 1e-9),
        "client_cpu_push_s": cpu1 - cpu0,
        "server_cpu_push_s": srv1 - srv0,
        "client_cpu_pull_s": cpu2 - cpu1,
        "server_cpu_pull_s": srv2 - srv1,
    }
    for key in ("client_cpu_push", "server_cpu_push", "client_cpu_pull", "server_cpu_pull"):
        result[key + "_ms_each"] = result[key + "_s"] * 1000 / max(n, 1)
    # What the rates would be with no other load: client and server work at the same time
    # (the client seals and stores while the server handles the request in flight), so on two
    # cores the busier side bounds the rate, and the sum of both CPU times over two cores.
    for phase in ("push", "pull"):
        client, server_s = result[f"client_cpu_{phase}_s"], result[f"server_cpu_{phase}_s"]
        result[f"{phase}_cpu_bound_per_s"] = n / max(
            client, server_s, (client + server_s) / 2, 1e-9
        )
    log(
        f"  field: first request after {result['first_request_s']:.2f} s; sealed and pushed "
        f"{summary.sent} in {result['seal_push_s']:.1f} s ({result['pushed_per_s']:.0f}/s); "
        f"client CPU {result['client_cpu_push_s']:.1f} s "
        f"({result['client_cpu_push_ms_each']:.2f} ms each, its own pull included), "
        f"server CPU {result['server_cpu_push_s']:.1f} s "
        f"({result['server_cpu_push_ms_each']:.2f} ms each)"
    )
    log(
        f"  coordinator: pulled, opened and stored {csummary.received} in {result['pull_s']:.1f} s"
        f" ({result['pulled_per_s']:.0f}/s); client CPU {result['client_cpu_pull_s']:.1f} s "
        f"({result['client_cpu_pull_ms_each']:.2f} ms each), server CPU "
        f"{result['server_cpu_pull_s']:.1f} s ({result['server_cpu_pull_ms_each']:.2f} ms each)"
    )
    log(
        f"  CPU-bound rates (two cores, no other load: the busier of client and server, or "
        f"both over two cores): seal+push "
        f"{result['push_cpu_bound_per_s']:.0f}/s, pull {result['pull_cpu_bound_per_s']:.0f}/s"
    )
    for label, text in profiles.items():
        log(f"  --- profile: {label} ---")
        for line in text.strip().splitlines():
            log("    " + line)
    return result


def git_commit() -> str:
    """The measured tree: HEAD, with "+dirty" if sync, protocol or server files changed."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "desktop/core", "protocol", "server"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--mb",
        type=float,
        default=2.0,
        help="MB of attachments to deliver on the shaped link (default 2, one whole attachment:"
        " the bench then takes about 11-13 minutes; 20 delivers everything, about 45 minutes)",
    )
    parser.add_argument(
        "--queue-mb",
        type=float,
        default=20.0,
        help="MB of attachments queued (2 MB files; default 20)",
    )
    parser.add_argument("--observations", type=int, default=1000)
    parser.add_argument("--loopback-n", type=int, default=10_000)
    parser.add_argument("--cut-kb", type=float, default=1024, help="blob size (KiB) to cut")
    parser.add_argument(
        "--cut-at",
        type=float,
        default=0.9,
        help="fraction of the 2nd PATCH body delivered when the link is cut",
    )
    parser.add_argument("--link", choices=["auto", "netem", "userspace"], default="auto")
    parser.add_argument(
        "--qdisc",
        default="",
        help="with --link netem/auto: this tc qdisc instead of netem on the "
        "namespace pair (e.g. 'tbf rate 256kbit burst 1600 latency 400ms')",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--max-minutes",
        type=float,
        default=30,
        help="stop any sync still running after this long (default 30)",
    )
    parser.add_argument(
        "--skip", action="append", default=[], choices=["shaped", "disconnect", "loopback"]
    )
    parser.add_argument(
        "--profile", action="store_true", help="cProfile the client during the loopback runs"
    )
    args = parser.parse_args()
    # Profiles here use the test KDF cost (scrypt 2^10): unlocking is not what is measured.
    os.environ.setdefault("FIELDBOOK_TEST_FAST_KDF", "1")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    began = time.monotonic()
    deadline = began + args.max_minutes * 60
    params = LinkParams()
    out: dict[str, Any] = {
        "cores": os.cpu_count(),
        "commit": git_commit(),
        "link": {"params": params.describe()},
    }
    curl = shutil.which("curl")
    if not curl:
        log("curl is not installed (apt-get install -y curl): the curl comparison is skipped")

    log(
        f"Fieldbook sync benchmark at {out['commit']} ({os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.2f} before starting)"
    )
    out["load_before"] = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="fieldbook-bench-sync-") as tmp:
        root = Path(tmp)
        if not {"shaped", "disconnect"} <= set(args.skip):
            qdisc = args.qdisc.split() if args.qdisc else None
            with open_link(args.link, params, args.seed, root, qdisc) as link:
                out["link"].update(mode=link.mode, note=link.note)
                if link.note:
                    log(link.note)
                if link.mode == "userspace":
                    log(f"link: userspace: {params.describe()}")
                    log(
                        "  (a userspace shaping proxy on 127.0.0.1 that the sync client and curl "
                        "both go through; loss = per-segment retransmission stalls, see "
                        "bench/shaper.py)"
                    )
                if "shaped" not in args.skip:
                    scaled = args.mb < args.queue_mb
                    log(
                        f"[1] shaped link: {args.observations} observations + "
                        f"{args.queue_mb:g} MB of attachments queued; "
                        + (
                            f"the sync stops once {args.mb:g} MB of attachments are delivered "
                            f"(scaled down so the bench fits ~12 minutes; --mb {args.queue_mb:g} "
                            "delivers all)"
                            if scaled
                            else "everything is delivered"
                        )
                    )
                    out["shaped"] = shaped(link, args, root, deadline, curl is not None)
                if "disconnect" not in args.skip:
                    log(f"[2] forced disconnect during a {args.cut_kb:g} KiB attachment upload")
                    out["disconnect"] = disconnect(link, args, root, deadline)
                if link.shaper.up:
                    out["link"]["segments_up"] = link.shaper.up.segments
                    out["link"]["lost_up"] = link.shaper.up.losses
        if "loopback" not in args.skip:
            log(f"[3] loopback, no shaping: {args.loopback_n} observations")
            out["loopback"] = loopback(args, root, deadline)

    goals: dict[str, bool] = {}
    if "shaped" in out:
        if "ratio" in out["shaped"]:
            goals["goodput_ge_80pct_of_curl"] = out["shaped"]["ratio"] >= GOALS["goodput_ratio"]
        goals["first_observation_le_10s"] = (
            out["shaped"]["first_observation_s"] <= GOALS["first_observation_s"]
        )
    if "disconnect" in out:
        goals["resent_le_256KiB"] = (
            out["disconnect"]["cut"] and out["disconnect"]["resent_bytes"] <= GOALS["resent_bytes"]
        )
    if "loopback" in out:
        goals["loopback_push_ge_500_per_s"] = (
            out["loopback"]["pushed_per_s"] >= GOALS["loopback_per_s"]
        )
        goals["loopback_pull_ge_500_per_s"] = (
            out["loopback"]["pulled_per_s"] >= GOALS["loopback_per_s"]
        )
    out["goals"] = goals
    out["elapsed_s"] = time.monotonic() - began
    out["load_after"] = os.getloadavg()[0]
    log("goals: " + ", ".join(f"{k} {'met' if v else 'NOT met'}" for k, v in goals.items()))
    log(
        f"elapsed {out['elapsed_s']:.0f} s; load average {out['load_after']:.2f} at the end "
        "(other work on this machine slows the CPU-bound loopback figures)"
    )
    print(json.dumps(out, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
