"""Parcel benchmark: make and open a parcel of N observations with M MB of attachments.

    .venv/bin/python bench/parcel.py [--n 10000] [--mb 200] [--part-mb 0]

A field device and a coordinator enrol with a fresh server on 127.0.0.1 (enrolment is the
only network use); the field device queues N observations (Turkmen/Russian text, 1–3 KB) and
M MB of attachments (2 MB files), writes everything into a parcel (``make``: sealing the
queue included, then without it), and the coordinator, offline, opens it (verifying pass,
then opening and storing every envelope and assembling every blob). Printed: seconds, rates,
the parcel's size, and the coordinator's peak RSS growth while opening (sampled every 20 ms)
against the parcel's size: memory must stay flat, not grow with the file.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.sync import (
    NO_PROXY,
    ORG,
    Server,
    Texts,
    log,
    new_profile,
    queue_attachment,
    queue_observations,
)
from desktop.core.invitations import make_invitation
from desktop.core.sync.enrolment import enroll


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


class PeakRss:
    def __init__(self) -> None:
        self.base = rss_kb()
        self.peak = self.base
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, rss_kb())

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--part-mb", type=int, default=0, help="split into parts (0: one)")
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N",
        help="profile the opening with cProfile and print its N costliest functions",
    )  # fmt: skip
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fb-parcel-bench-") as tmp:
        root = Path(tmp)
        server = Server(root / "server").start()
        try:
            server.admin("org", "add", ORG, "--velayat", "dasoguz")
            coordinator = new_profile(root, "coordinator")
            enroll(coordinator, server.invite("coordinator", server.url), proxy=NO_PROXY)
            field = new_profile(root, "field")
            enroll(field, make_invitation(coordinator, "field", org=ORG).code, proxy=NO_PROXY)
        finally:
            server.stop()  # everything below is offline
        texts = Texts(7)
        t = time.perf_counter()
        queue_observations(field, texts, args.n)
        files = args.mb // 2
        for _ in range(files):
            queue_attachment(field, texts, root, 2 * 1024 * 1024)
        log(f"queued {args.n} observations and {files} x 2 MB in {time.perf_counter() - t:.1f} s")

        stick = root / "stick"
        stick.mkdir()
        field.sync.engine().seal_pending()
        t = time.perf_counter()
        made = field.sync.parcels.make(stick, max_size=args.part_mb * 1024**2 or None)
        make_s = time.perf_counter() - t
        size = sum(p.stat().st_size for p in made.parts)
        log(
            f"make: {made.envelopes} envelopes, {size / 1e6:.0f} MB in {len(made.parts)} part(s)"
            f" in {make_s:.1f} s ({made.envelopes / make_s:.0f} envelopes/s,"
            f" {size / 1e6 / make_s:.0f} MB/s; sealed beforehand)"
        )
        field.close()

        received = blobs = 0
        profiler = cProfile.Profile() if args.profile else None
        with PeakRss() as rss:
            t = time.perf_counter()
            if profiler is not None:
                profiler.enable()
            for part in made.parts:
                report = coordinator.sync.parcels.open(part)
                received += report.received
                blobs += report.blobs_complete
            if profiler is not None:
                profiler.disable()
            open_s = time.perf_counter() - t
        if profiler is not None:
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(
                args.profile
            )
        coordinator.close()
        growth_mb = (rss.peak - rss.base) / 1024
        log(
            f"open: {received} observations and {blobs} attachments in {open_s:.1f} s"
            f" ({received / open_s:.0f} observations/s, {size / 1e6 / open_s:.0f} MB/s);"
            f" peak RSS growth {growth_mb:.0f} MB for a {size / 1e6:.0f} MB parcel"
        )
        print(
            json.dumps(
                {
                    "n": args.n, "mb": args.mb, "parts": len(made.parts), "parcel_bytes": size,
                    "make_s": make_s, "make_per_s": made.envelopes / make_s,
                    "open_s": open_s, "open_per_s": received / open_s,
                    "received": received, "blobs": blobs, "open_rss_growth_mb": growth_mb,
                }
            )
        )  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
