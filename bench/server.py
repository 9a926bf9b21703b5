"""Sync server benchmark: K simulated devices enrol, push envelopes and a blob at once,
then a coordinator pulls everything.

    .venv/bin/python bench/server.py [--devices 200] [--procs 8] [--pg-url postgresql://…]

Each device enrols, pushes 50 envelopes in batches of 10 and uploads one 1 MB blob, all
devices at the same time. The devices run in ``--procs`` client processes (threads inside
each, every device with its own requests.Session), never in the server's process or event
loop; envelopes, push bodies and blobs are made before the clock starts (only the request
signatures are made while pushing), so the figures are the server's. The server is the real
``python -m server serve`` on a free 127.0.0.1 port, on SQLite in a temporary data dir, and
on PostgreSQL too when ``--pg-url`` names an EMPTY database. Prints figures, then one JSON
object on the last line.

``envelopes_per_s`` counts from the start signal to the last device's last push;
``server_cpu_s_per_1000_envelopes`` is the CPU of the server process and its signature
workers from the start signal to the last push (blob uploads of devices already done pushing
included) divided by the envelopes stored; ``server_cpu_s_total`` runs to the last blob.
``lost`` counts envelopes sent but not pulled. Extra ``serve`` arguments can be given in
``FIELDBOOK_BENCH_SERVER_ARGS`` (e.g. ``--verify-workers 0``).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing as mp
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

# This script is named after the package it measures: keep its own folder off the import
# path (and the repository on it), then import the project inside the functions below.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

BLOB_SIZE = 1_000_000  # default; --blob-size
JSON_TYPE = {"Content-Type": "application/json"}
EXTRA: list[str] = [a for a in os.environ.get("FIELDBOOK_BENCH_SERVER_ARGS", "").split() if a]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _stat(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _cpu_seconds(pid: int) -> float:
    """CPU of ``pid`` and every live process under it (the signature workers)."""
    ticks = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError):  # gone meanwhile
                children.setdefault(int(_stat(int(entry.name))[1]), []).append(int(entry.name))
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        try:
            fields = _stat(current)
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime + stime
        todo.extend(children.get(current, ()))
    return total


class _CpuSampler(threading.Thread):
    """Samples the server's CPU so the push phase can be told from the blob uploads."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.samples: list[tuple[float, float]] = []
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            self.samples.append((time.time(), _cpu_seconds(self.pid)))
            self.stopped.wait(0.1)

    def at(self, when: float) -> float:
        """CPU at ``when`` (the first sample at or after it)."""
        return next((cpu for t, cpu in self.samples if t >= when), self.samples[-1][1])


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Server:
    def __init__(self, data_dir: str, database: str | None) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.args = ["--data-dir", data_dir] + (["--database", database] if database else [])
        # every simulated device comes from 127.0.0.1: the per-address large-body slots
        # would make them take turns, which a real network of laptops does not
        cmd = [sys.executable, "-m", "server", "serve", "--port", str(self.port),
               "--log-level", "warning", "--rate", "1000", "--burst", "5000",
               "--large-bodies-per-address", "100000", "--large-bodies-total", "100000",
               *EXTRA, *self.args]  # fmt: skip
        self.log = open(Path(data_dir).parent / "server.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(cmd, cwd=_HERE.parent, stdout=self.log, stderr=self.log)
        import requests

        for _ in range(300):
            try:
                requests.get(self.url + "/v1/health", timeout=1)
                return
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def admin(self, *args: str) -> str:
        out = subprocess.run(
            [sys.executable, "-m", "server", *args, *self.args],
            cwd=_HERE.parent, capture_output=True, text=True, check=True,
        )  # fmt: skip
        return out.stdout

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(30)
        self.log.close()


def _device_run(
    url: str,
    code: str,
    n_envelopes: int,
    batch: int,
    coordination: bytes,
    start: Any,
    blob_size: int,
) -> dict[str, Any]:
    """One device: enrol, seal (untimed), wait for the start, push, upload its blob."""
    import requests

    from protocol.blob import encrypt_stream
    from protocol.encoding import canonical_json
    from protocol.envelope import BlobRef
    from tests.server.client import Device

    device = Device(url)
    result: dict[str, Any] = {"errors": [], "latencies": [], "receipts": [], "duplicates": 0}
    response = device.enroll(code)
    if response.status_code != 200:
        result["errors"].append(f"enrol {response.status_code}")
        return result
    sealed = io.BytesIO()
    info = encrypt_stream(io.BytesIO(os.urandom(blob_size)), sealed, os.urandom(32))
    blob = sealed.getvalue()
    recipients = [device.keys.encryption.public, coordination]
    record = os.urandom(16).hex()
    envelopes = []
    for i in range(n_envelopes):
        blobs = [BlobRef(info.blob_id, info.size)] if i == 0 and blob_size else []
        body = {"title": f"observation {i}", "description": os.urandom(600).hex()}
        parent = envelopes[-1].envelope_id if envelopes else None
        envelopes.append(
            device.seal(
                body, record_id=record, rev=i + 1, parent=parent, recipients=recipients, blobs=blobs
            )
        )
    result["sent"] = [e.envelope_id for e in envelopes]
    # the request bodies too (what Device.push sends): only signing the request is left
    bodies = [
        canonical_json({"envelopes": [e.to_wire() for e in envelopes[i : i + batch]]})
        for i in range(0, n_envelopes, batch)
    ]

    def push(body: bytes) -> requests.Response:
        return device.request("PUT", "/v1/envelopes", data=body, headers=JSON_TYPE)

    start.wait()
    result["retries"] = 0
    for body in bodies:
        t0 = time.perf_counter()
        try:
            try:
                response = push(body)
            except requests.ConnectionError:
                # a kept-alive connection closed under us: pushes are idempotent, resend once
                result["retries"] += 1
                response = push(body)
        except Exception as exc:  # timeouts, resets: counted, never hidden
            result["errors"].append(f"push {type(exc).__name__}: {exc}"[:200])
            continue
        result["latencies"].append(time.perf_counter() - t0)
        if response.status_code != 200:
            result["errors"].append(f"push {response.status_code} {response.text[:100]}")
            continue
        for item in response.json()["results"]:
            if item["status"] == "duplicate":
                result["duplicates"] += 1
            elif item["status"] != "stored":
                result["errors"].append(f"push item {item.get('reason')}")
            else:
                result["receipts"].append(item["envelope_id"])
    result["push_done"] = time.time()
    if not blob_size:
        result["blob_done"] = time.time()
        return result
    try:
        response = device.upload_blob(blob)
        if not response.json().get("complete"):
            result["errors"].append("blob incomplete")
    except Exception as exc:
        result["errors"].append(f"blob {type(exc).__name__}: {exc}")
    result["blob_done"] = time.time()
    return result


def _worker(args: tuple[str, list[str], int, int, bytes, Any, Any, int]) -> None:
    url, codes, n_envelopes, batch, coordination, start, queue, blob_size = args
    results: list[dict[str, Any]] = []

    def cpu_at_start() -> None:
        start.wait()
        results.append({"client_cpu_start": sum(os.times()[:2])})

    threading.Thread(target=cpu_at_start).start()
    threads = [
        threading.Thread(
            target=lambda c=code: results.append(
                _device_run(url, c, n_envelopes, batch, coordination, start, blob_size)
            )
        )
        for code in codes
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    begin = next(r.pop("client_cpu_start") for r in results if "client_cpu_start" in r)
    results = [r for r in results if r]
    results[0]["client_cpu"] = sum(os.times()[:2]) - begin
    queue.put(results)


def run(
    label: str,
    database: str | None,
    devices: int,
    procs: int,
    n_env: int,
    batch: int,
    blob_size: int,
) -> dict[str, Any]:
    from protocol.keys import EncryptionKey
    from tests.server.client import Device

    tmp = tempfile.mkdtemp(prefix=f"fieldbook-bench-{label}-")
    server = Server(os.path.join(tmp, "data"), database)
    try:
        code = json.loads(
            server.admin("invite", "--role", "coordinator", "--url", server.url, "--json")
        )["code"]
        coordinator = Device(server.url)
        assert coordinator.enroll(code).status_code == 200
        coordination = EncryptionKey.generate()
        assert coordinator.publish_coordination_key(coordination).status_code in (200, 201)
        codes = [coordinator.invite("field") for _ in range(devices)]

        ctx = mp.get_context("fork")
        start, queue = ctx.Event(), ctx.Queue()
        shares = [codes[i::procs] for i in range(procs)]
        workers = [
            ctx.Process(
                target=_worker,
                args=(
                    (server.url, share, n_env, batch, coordination.public, start, queue, blob_size),
                ),
            )
            for share in shares
            if share
        ]
        for w in workers:
            w.start()
        # wait until every device has enrolled and sealed: the server goes quiet
        time.sleep(2)
        previous = -1.0
        while (cpu := _cpu_seconds(server.proc.pid)) != previous:
            previous = cpu
            time.sleep(1.5)
        sampler = _CpuSampler(server.proc.pid)
        cpu_before = _cpu_seconds(server.proc.pid)
        sampler.start()
        t_start = time.time()
        start.set()
        results: list[dict[str, Any]] = []
        for _ in workers:
            results.extend(queue.get(timeout=900))
        for w in workers:
            w.join()
        sampler.stopped.set()
        sampler.join()
        cpu_after = _cpu_seconds(server.proc.pid)
        push_end = max(r.get("push_done", t_start) for r in results)
        cpu_push = sampler.at(push_end) - cpu_before
        blob_end = max(r.get("blob_done", t_start) for r in results)
        rss = _rss_mb(server.proc.pid)

        receipts = [e for r in results for e in r["receipts"]]
        latencies = sorted(x for r in results for x in r["latencies"])
        errors = [e for r in results for e in r["errors"]]
        t_pull = time.time()
        pulled, _ = coordinator.pull_all(limit=1000)
        pull_s = time.time() - t_pull
        pulled_ids = [i["receipt"]["envelope"] for i in pulled]
        ours = set(receipts)
        sent = {e for r in results for e in r.get("sent", ())}
        seen = [e for e in pulled_ids if e in sent]
        stored = len(receipts)
        figures = {
            "devices": devices,
            "envelopes": stored,
            "push_seconds": round(push_end - t_start, 2),
            "envelopes_per_s": round(stored / max(push_end - t_start, 1e-9), 1),
            "all_done_seconds": round(blob_end - t_start, 2),
            "blob_mb_per_s": round(devices * blob_size / 1e6 / max(blob_end - t_start, 1e-9), 1),
            "batch_p50_ms": round(statistics.median(latencies) * 1000, 1) if latencies else None,
            "batch_p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 1)
            if latencies
            else None,
            "errors": len(errors),
            "error_samples": sorted(set(errors))[:5],
            "duplicates": sum(r["duplicates"] for r in results),
            "retried_connections": sum(r.get("retries", 0) for r in results),
            "sent": len(sent),
            "lost": len(sent - set(seen)),
            "receipted_not_pulled": len(ours - set(seen)),
            "pulled_twice": len(seen) - len(set(seen)),
            "pull_seconds": round(pull_s, 2),
            "server_cpu_s_per_1000_envelopes": round(cpu_push / max(stored, 1) * 1000, 3),
            "server_cpu_s_push": round(cpu_push, 2),
            "server_cpu_s_total": round(cpu_after - cpu_before, 2),
            "server_rss_mb": round(rss, 1),
            "client_cpu_s_total": round(sum(r.get("client_cpu", 0.0) for r in results), 2),
        }
        return figures
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--procs", type=int, default=8, help="client processes")
    parser.add_argument("--envelopes", type=int, default=50, help="per device")
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--blob-size", type=int, default=BLOB_SIZE, help="bytes; 0: no blobs")
    parser.add_argument("--pg-url", help="an EMPTY PostgreSQL database to run against too")
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args()
    report: dict[str, Any] = {}
    backends = ([] if args.skip_sqlite else [("sqlite", None)]) + (
        [("postgres", args.pg_url)] if args.pg_url else []
    )
    for label, database in backends:
        figures = run(
            label, database, args.devices, args.procs, args.envelopes, args.batch, args.blob_size
        )
        report[label] = figures
        print(f"== {label}")
        for key, value in figures.items():
            print(f"  {key:<34} {value}")
    print(json.dumps(report))


if __name__ == "__main__":
    main()
