"""The coordinator's desk at scale (issue 15): a coordinator profile holding 100,000 received
observations from 50 devices, and what its list engine costs.

    .venv/bin/python bench/desk.py [--n 100000] [--new 10000] [--devices 50] [--reuse]
                                   [--cache /tmp/fieldbook-desk-bench] [--repeat 5]

Built once (``--reuse`` takes the cached build; a build takes a few minutes): a coordinator
enrols with a fresh server on 127.0.0.1 (the only network use), then ``n - new`` observation
envelopes, sealed and signed by 50 field devices' keys with their hash chains, as the server
would hand them over, are applied page by page (200 a page) through the sync's real
``PageApplier`` — verified, opened, kept in the inbox and stored as received rows by
``ObservationService.store_received``. The device list names the 50 devices in 10
organisations; 60 % of the records are read, 3,000 are reviewed with ``review_many``. The
built profile and the ``new`` further envelopes are cached under ``--cache``.

Each run works on a copy of the cached profile and prints:
- pulling + indexing: ``new`` received observations applied page by page on top (floor
  ≥ 500/s), and the list index catching up with them at the next query;
- search/filter applied: a set of list queries (scope, organisation, author, unread, review
  state, received dates, velayat, text, combined, deep pages, sorts), each its page and its
  count, cold (results dropped) ``--repeat`` times: max and p95 (floor: max ≤ 100 ms);
- unlock to first page: the core's share of the window after unlock (unlock with scrypt,
  migrations, the list index ready, the Received list's first page and count).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.sync import PASSPHRASE, Server, Texts, log, new_profile
from desktop.core.listing import ObservationQuery as Q
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.received.directory import KnownDevice
from desktop.core.sync.enrolment import enroll
from desktop.core.sync.progress import SyncSummary
from desktop.core.sync.state import SyncStore
from protocol.envelope import seal
from protocol.keys import DeviceKeys

PAGE = 200
ORGS = 10
VELAYATS = ("Ahal", "Balkan", "Daşoguz", "Lebap", "Mary", "Aşgabat")
PULL_FLOOR = 500.0  # received observations a second
QUERY_FLOOR_MS = 100.0


class Devices:
    """The field devices: keys, hash chains, and the page listing of their keys."""

    def __init__(self, n: int, state: dict[str, Any] | None = None) -> None:
        if state is None:
            self.keys = [DeviceKeys.generate() for _ in range(n)]
            self.seq = [0] * n
            self.prev: list[str | None] = [None] * n
        else:
            self.keys = [DeviceKeys.from_dict(k) for k in state["keys"]]
            self.seq, self.prev = state["seq"], state["prev"]
        self.listed = {k.device_id: k.public_dict() for k in self.keys}

    def state(self) -> dict[str, Any]:
        return {"keys": [k.to_dict() for k in self.keys], "seq": self.seq, "prev": self.prev}

    def known(self) -> list[KnownDevice]:
        return [
            KnownDevice(
                k.device_id, f"Enjam {i + 1:02d}", "field", str(i % ORGS + 1),
                f"Gurama {i % ORGS + 1}", VELAYATS[i % ORGS % len(VELAYATS)], None,
            )
            for i, k in enumerate(self.keys)
        ]  # fmt: skip


def pages(
    devices: Devices, texts: Texts, coordination: bytes, n: int, first_seq: int
) -> Iterator[dict[str, Any]]:
    """``n`` observation envelopes as ``/v1/changes`` pages (without receipts: a field
    page needs none), devices taking turns, each one's chain unbroken."""
    server_seq = first_seq
    made = 0
    while made < n:
        items = []
        for _ in range(min(PAGE, n - made)):
            d = made % len(devices.keys)
            keys = devices.keys[d]
            obs = texts.observation("sent")
            obs.rev = 2
            obs.author_device_id = keys.device_id
            devices.seq[d] += 1
            env = seal(
                obs.to_dict(), author=keys, kind="observation", record_id=obs.id, rev=2,
                parent=None, seq=devices.seq[d], prev=devices.prev[d],
                recipients=[keys.encryption.public, coordination],
            )  # fmt: skip
            devices.prev[d] = env.envelope_id
            server_seq += 1
            items.append({"envelope": env.to_wire(), "server_seq": server_seq})
            made += 1
        yield {"envelopes": items, "keys": devices.listed}


def build(cache: Path, n: int, new: int, n_devices: int) -> None:
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    server = Server(cache / "server").start()
    try:
        profile = new_profile(cache, "coordinator")
        enroll(profile, server.invite("coordinator", server.url), name="hub")
    finally:
        server.stop()
    store = SyncStore(profile.database)
    coordination = store.coordination_public
    assert coordination is not None
    devices = Devices(n_devices)
    profile.received.note_devices(devices.known())
    texts = Texts(15)
    applier = profile.sync.page_applier()
    started = time.perf_counter()
    done = 0
    for page in pages(devices, texts, coordination, n - new, 0):
        applier.apply(page, SyncSummary())
        done += len(page["envelopes"])
        if done % 10_000 < PAGE:
            rate = done / (time.perf_counter() - started)
            log(f"  built {done:,} received observations ({rate:,.0f}/s)")
    ids = [r.id for r in profile.listing.query(Q(scope="received", sort="received", limit=1000))]
    everything = [r[0] for r in profile.database.query("SELECT id FROM observations")]
    profile.received.mark_many_read(everything[: len(everything) * 6 // 10])
    statuses = ("received", "verified", "needs_information", "closed")
    reviewed = everything[:: max(1, len(everything) // 3000)][:3000]
    started = time.perf_counter()
    for i in range(0, len(reviewed), 500):
        profile.reviews.review_many(reviewed[i : i + 500], statuses[i // 500 % 4], "Seredildi")
    log(f"  3,000 reviews sealed with review_many in {time.perf_counter() - started:.1f} s")
    assert ids
    profile.close()
    extra = list(pages(devices, texts, coordination, new, n - new))
    (cache / "new-pages.json").write_text(json.dumps(extra))
    (cache / "ready").write_text(json.dumps({"n": n, "new": new, "devices": n_devices}))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def queries(profile: Profile) -> list[tuple[str, Q]]:
    orgs = profile.received.orgs()
    authors = profile.received.authors()
    today = time.strftime("%Y-%m-%d", time.gmtime())
    r = "received"
    return [
        ("received, by received date", Q(scope=r, sort="received")),
        ("all records", Q()),
        ("own records", Q(scope="own")),
        ("one organisation", Q(scope=r, orgs=(orgs[0].org_id,))),
        ("three organisations", Q(scope=r, orgs=tuple(o.org_id for o in orgs[:3]))),
        ("one author", Q(scope=r, authors=(authors[0].device_id,))),
        ("unread", Q(scope=r, unread=True)),
        ("read", Q(scope=r, unread=False)),
        ("not reviewed yet", Q(scope=r, statuses=("sent",))),
        ("needs information", Q(scope=r, statuses=("needs_information",))),
        ("received today", Q(scope=r, received_from=today, received_to=today)),
        ("received before 2000", Q(scope=r, received_to="2000-01-01")),
        ("velayat", Q(scope=r, velayat="mary")),
        (
            "org + unread + not reviewed",
            Q(scope=r, orgs=(orgs[1].org_id,), unread=True, statuses=("sent",)),
        ),
        ("text: common word", Q(scope=r, text="polisiýa")),
        ("text: two words", Q(scope=r, text="suw hukuk")),
        ("text: Russian prefix", Q(scope=r, text="задерж")),
        ("text: long word", Q(scope=r, text="hassahana")),
        ("text: a name", Q(scope=r, text="ogulgerek")),
        ("text: prefix, no diacritics", Q(scope=r, text="zurnal")),
        ("text: no match", Q(scope=r, text="zzzqqq")),
        ("text + org + unread", Q(scope=r, text="mekdep", orgs=(orgs[2].org_id,), unread=True)),
        ("page 400 by title", Q(scope=r, sort="title", offset=40_000)),
        ("last page, by place", Q(scope=r, sort="place", offset=99_900)),
        ("review state sort", Q(scope=r, sort="status", descending=False)),
    ]


def measure_queries(profile: Profile, repeat: int) -> None:
    listing = profile.listing
    times: list[float] = []
    rows = []
    for name, q in queries(profile):
        each = []
        for _ in range(repeat):
            listing.drop_query_cache()
            started = time.perf_counter()
            page = listing.query(q)
            count = listing.count(q)
            each.append((time.perf_counter() - started) * 1000)
        times += each
        rows.append((name, max(each), statistics.median(each), len(page), count))
    log(f"  {'query':32} {'max ms':>8} {'median':>8} {'page':>5} {'count':>8}")
    for name, worst, median, page_len, count in rows:
        log(f"  {name:32} {worst:8.1f} {median:8.1f} {page_len:5} {count:8,}")
    worst = max(times)
    verdict = "ok" if worst <= QUERY_FLOOR_MS else "ABOVE THE FLOOR"
    log(
        f"search/filter applied: max {worst:.1f} ms, p95 {percentile(times, 95):.1f} ms over"
        f" {len(times)} runs of {len(rows)} queries (floor: max ≤ {QUERY_FLOOR_MS:.0f} ms)"
        f" {verdict}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--new", type=int, default=10_000)
    ap.add_argument("--devices", type=int, default=50)
    ap.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "fieldbook-desk-bench"
    )
    ap.add_argument("--reuse", action="store_true", help="use the cached build if it matches")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    cache: Path = args.cache / f"n{args.n}-new{args.new}-d{args.devices}"
    if not (args.reuse and (cache / "ready").exists()):
        log(f"building a coordinator profile: {args.n - args.new:,} received observations ...")
        started = time.perf_counter()
        build(cache, args.n, args.new, args.devices)
        log(f"built in {time.perf_counter() - started:.0f} s (cached in {cache})")
    # A cache built by an older version: its migrations run once here, not timed below.
    Profile.unlock(resolve_paths(cache / "coordinator"), PASSPHRASE).close()
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else []
    log(f"machine load average (1, 5, 15 min): {' '.join(load)} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="fieldbook-desk-") as tmp:
        work = Path(tmp) / "coordinator"
        shutil.copytree(cache / "coordinator", work)
        paths = resolve_paths(work)

        # -- unlock to the first page of Received ------------------------------------------
        started = time.perf_counter()
        profile = Profile.unlock(paths, PASSPHRASE)
        unlocked = time.perf_counter()
        first = Q(scope="received", sort="received")
        # what the window asks at once: answered in SQL while the index builds on its thread
        page = profile.listing.query(first)
        total = profile.listing.count(first)
        early = time.perf_counter()
        profile.listing.prepare()
        prepared = time.perf_counter()
        page = profile.listing.query(first)
        total = profile.listing.count(first)
        counts = profile.received.counts()
        shown = time.perf_counter()
        log(
            f"unlock to first page: {early - started:.2f} s (unlock + migrations"
            f" {unlocked - started:.2f} s, then the Received list's first page of {len(page)} +"
            f" count {total:,} in SQL while the index builds {(early - unlocked) * 1000:.0f} ms);"
            f" the list index ready {prepared - started:.2f} s after unlock began, then page +"
            f" count + badges {(shown - prepared) * 1000:.0f} ms; {counts.unread:,} unread,"
            f" {counts.not_reviewed:,} not reviewed"
        )

        # -- search and filter at n - new ... then pulling the new ones ------------------------
        new_pages = json.loads((cache / "new-pages.json").read_text())
        applier = profile.sync.page_applier()
        received = sum(len(p["envelopes"]) for p in new_pages)
        started = time.perf_counter()
        for p in new_pages:
            applier.apply(p, SyncSummary())
        pulled = time.perf_counter() - started
        started = time.perf_counter()
        profile.listing.prepare()  # as the sync engine does after a pull, in its worker
        caught_up = time.perf_counter() - started
        started = time.perf_counter()
        profile.listing.query(first)
        profile.listing.count(first)
        next_page = time.perf_counter() - started
        rate = received / pulled
        verdict = "ok" if rate >= PULL_FLOOR else "BELOW THE FLOOR"
        log(
            f"pulling + indexing: {received:,} new received observations in {pulled:.1f} s ="
            f" {rate:,.0f}/s (floor ≥ {PULL_FLOOR:.0f}/s) {verdict}; the list index caught up"
            f" in the sync's worker in {caught_up * 1000:.0f} ms, then the Received list's"
            f" page + count took {next_page * 1000:.0f} ms"
        )
        assert profile.received.counts().total == args.n, profile.received.counts()
        measure_queries(profile, args.repeat)
        profile.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
