"""Profile store benchmark: SQLCipher profile vs the same work on plain SQLite.

    .venv/bin/python bench/store.py [--n 100000] [--queries 300] [--saves 300]

Builds a profile of N observations with Turkmen and Russian text of realistic size (through
the import path: validation + batched transactions), then measures single-save latency,
full-text and filtered page latency, count(), unlock time (production scrypt cost) and file
size. The same inserts and queries run on an unencrypted sqlite3 database with the same schema
and pragmas as the reference. Prints figures, then one JSON object on the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.pop("FIELDBOOK_TEST_FAST_KDF", None)  # measure the production KDF

from desktop.core.database import Database, migrate
from desktop.core.model import (
    Consent,
    IncidentDate,
    Observation,
    Person,
    Place,
    Source,
)
from desktop.core.observations import ObservationService
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.refindex import load_refindex
from desktop.core.search import ObservationQuery

BATCH = 500


def _words(text: str) -> list[str]:
    return text.split()


TK_WORDS = _words(
    "şäher bazar tussag edildi ýaşaýjylar çykyş etdiler žurnalist ňäme diýdi öý üýtgeşik "
    "polisiýa işgärleri gije gelip maşgala agzalaryny sorag etdiler hukuk goragçysy mekdep "
    "mugallym okuwçy pagta ýygymy mejbury zähmet ýer suw elektrik gaz saglyk hassahana "
    "kazyýet prokuror aklawçy türme tussaghana gözleg ýazgy resminama pasport serhet "
    "syýahat gadagan edildi telefon internet habar gazet neşir dini ybadathana metjit "
    "aýal çaga garry ýaş dogan gyz ogul ene ata goňşy obasy etrabynda welaýatynda"
)
RU_WORDS = _words(
    "задержание журналиста сотрудники полиции задержали у рынка жители сообщили давление "
    "на семью допрос ночью обыск без ордера изъяли телефон принудительный труд сбор хлопка "
    "учителя врачи студенты запрет на выезд граница паспорт отказ в медицинской помощи "
    "суд прокурор адвокат тюрьма свидание родственники угрозы увольнение работа жилье "
    "снос домов компенсация вода газ свет интернет блокировка сайт верующие молельный дом"
)
FIRST_NAMES = _words("Aýna Merdan Gülşat Myrat Ogulgerek Bägül Sapar Dowlet Ýazgül Çary Мария")
LAST_NAMES = _words("Myradowa Orazow Annaýewa Berdiýew Hojamowa Гельдыев Иванова Атаев Çaryýewa")


def sentence(rng: random.Random, words: int) -> str:
    vocab = TK_WORDS if rng.random() < 0.65 else RU_WORDS
    return " ".join(rng.choice(vocab) for _ in range(words)).capitalize() + "."


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        ref = load_refindex()
        self.velayats = sorted(ref.velayats)
        self.etraps_of: dict[str, list[str]] = {}
        for etrap, velayat in ref.etrap_velayat.items():
            self.etraps_of.setdefault(velayat, []).append(etrap)
        self.rights = sorted(ref.rights)
        self.acts = sorted(ref.act_types)

    def observation(self) -> Observation:
        rng = self.rng
        velayat = rng.choice(self.velayats)
        etraps = sorted(self.etraps_of.get(velayat, []))
        etrap = rng.choice(etraps) if etraps and rng.random() < 0.8 else None
        start = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        description = " ".join(sentence(rng, rng.randint(8, 25)) for _ in range(rng.randint(3, 20)))
        people = [
            Person(
                role=rng.choice(["victim", "witness", "source", "alleged_perpetrator"]),
                name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                sex=rng.choice(["female", "male", "unknown"]),
            )
            for _ in range(rng.randint(0, 3))
        ]
        for person in people:
            if person.role == "alleged_perpetrator":
                person.perpetrator_type = "police"
        return Observation.new(
            title=sentence(rng, rng.randint(3, 9))[:120],
            date=IncidentDate(start),
            place=Place(velayat, etrap, rng.choice(["", "Köne oba", "Seýdi", "Baýramaly"])),
            rights=rng.sample(self.rights, rng.randint(1, 3)),
            act_types=rng.sample(self.acts, rng.randint(1, 2)),
            description=description,
            people=people,
            source=Source("witness_testimony", rng.choice(["high", "medium", "low"]), "document"),
            consent=Consent(True, True, rng.random() < 0.5, False),
            confidentiality=rng.choice(["normal", "normal", "sensitive", "highly_sensitive"]),
            status=rng.choice(["draft", "queued"]),
        )

    def batches(self, n: int) -> Iterator[list[Observation]]:
        done = 0
        while done < n:
            size = min(BATCH, n - done)
            yield [self.observation() for _ in range(size)]
            done += size

    def query(self) -> tuple[str, ObservationQuery]:
        rng = self.rng
        sort = rng.choice(["incident_date", "place", "title", "status", "updated"])
        kind = rng.choice(["word", "prefix", "two_words", "name", "text_velayat"])
        if kind == "word":
            text = rng.choice(TK_WORDS + RU_WORDS)
        elif kind == "prefix":
            text = rng.choice(TK_WORDS + RU_WORDS)[:3]
        elif kind == "two_words":
            text = f"{rng.choice(TK_WORDS)} {rng.choice(TK_WORDS)}"
        elif kind == "name":
            text = rng.choice(FIRST_NAMES).upper()
        else:
            text = rng.choice(TK_WORDS)
        return "fts", ObservationQuery(
            text=text,
            velayat=rng.choice(self.velayats) if kind == "text_velayat" else None,
            sort=sort,
            descending=rng.random() < 0.7,
            offset=rng.choice([0, 0, 0, 100, 1000]),
        )

    def filter_query(self) -> tuple[str, ObservationQuery]:
        rng = self.rng
        velayat = rng.choice(self.velayats)
        options: list[dict[str, Any]] = [
            {"velayat": velayat},
            {"velayat": velayat, "etrap": rng.choice(sorted(self.etraps_of.get(velayat, [""])))},
            {"statuses": ("queued",)},
            {"rights": (rng.choice(self.rights),)},
            {"act_types": (rng.choice(["010000000000", "020000000000", "030000000000"]),)},
            {"date_from": "2020-01-01", "date_to": "2020-12-31"},
            {"confidentiality": ("highly_sensitive",), "velayat": velayat},
            {},
        ]
        return "filter", ObservationQuery(
            **rng.choice(options),
            sort=rng.choice(["incident_date", "place", "title", "status", "updated"]),
            descending=rng.random() < 0.7,
            offset=rng.choice([0, 0, 0, 100, 5000]),
        )


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))] * 1000


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def timed_call(fn: Callable[[ObservationQuery], Any], query: ObservationQuery) -> float:
    start = time.perf_counter()
    fn(query)
    return time.perf_counter() - start


def run_workload(
    svc: ObservationService, args: argparse.Namespace, label: str, *, build: bool = True
) -> dict[str, Any]:
    gen = Generator(args.seed)
    t0 = time.perf_counter()
    done = 0
    for batch in gen.batches(args.n if build else 0):
        svc.save_many(batch)
        done += len(batch)
        if done % 20000 == 0:
            print(
                f"  [{label}] {done} stored, {done / (time.perf_counter() - t0):.0f}/s", flush=True
            )
    import_rate = args.n / (time.perf_counter() - t0) if build else None

    save_times = []
    saved: list[Observation] = []
    for _ in range(args.saves):
        obs = gen.observation()
        save_times.append(timed(lambda o=obs: saved.append(svc.save(o))))
    for obs in saved[: args.saves // 2]:  # edits too: a revision on an existing record
        obs.description += " Goşmaça maglumat."
        save_times.append(timed(lambda o=obs: svc.save(o)))

    qgen = Generator(args.seed + 1)
    fts = [timed_call(svc.query, qgen.query()[1]) for _ in range(args.queries)]
    filt = [timed_call(svc.query, qgen.filter_query()[1]) for _ in range(args.queries)]
    counts = [
        timed_call(svc.count, (qgen.query() if i % 2 else qgen.filter_query())[1])
        for i in range(args.queries)
    ]
    count_all = [timed(lambda: svc.count()) for _ in range(20)]
    return {
        "import_per_s": None if import_rate is None else round(import_rate),
        "save_p50_ms": round(pct(save_times, 50), 2),
        "save_p99_ms": round(pct(save_times, 99), 2),
        "fts_page_p50_ms": round(pct(fts, 50), 2),
        "fts_page_p95_ms": round(pct(fts, 95), 2),
        "filter_page_p50_ms": round(pct(filt, 50), 2),
        "filter_page_p95_ms": round(pct(filt, 95), 2),
        "count_p50_ms": round(pct(counts, 50), 2),
        "count_p95_ms": round(pct(counts, 95), 2),
        "count_all_p50_ms": round(pct(count_all, 50), 2),
    }


def plain_service(path: Path, device_id: str) -> tuple[ObservationService, Database]:
    # The same SQLite build (sqlcipher3) without a key: only the encryption differs.
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in (
        "journal_mode = WAL",
        "synchronous = NORMAL",
        "secure_delete = ON",
        "temp_store = MEMORY",
        "foreign_keys = ON",
        "cache_size = -32000",
    ):
        conn.execute(f"PRAGMA {pragma}").fetchall()
    database = Database(conn)
    stand_in_header = path.parent / "no-key-header"
    stand_in_header.touch()
    migrate(database, path, path.parent, stand_in_header)
    return ObservationService(database, load_refindex(), device_id), database


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a temp)")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="reuse the profiles of an earlier run in --dir (skip the import; migrates them)",
    )
    args = parser.parse_args()
    work = Path(args.dir or tempfile.mkdtemp(prefix="fieldbook-bench-"))
    passphrase = "bench passphrase 2025"

    print(f"Fieldbook store benchmark: {args.n} observations, work folder {work}")
    paths = resolve_paths(work / "encrypted")
    build = not (args.reuse and Profile.exists(paths))
    profile = Profile.create(paths, passphrase) if build else Profile.unlock(paths, passphrase)
    enc = run_workload(profile.observations, args, "sqlcipher", build=build)
    profile.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    enc["file_mb"] = round(size_of(paths.profile_db) / 1e6, 1)
    profile.close()
    unlocks = []
    for _ in range(5):
        start = time.perf_counter()
        opened = Profile.unlock(paths, passphrase)
        opened.observations.count()  # first real read: keys derived, schema read, pages open
        unlocks.append(time.perf_counter() - start)
        opened.close()
    enc["unlock_p50_ms"] = round(pct(unlocks, 50), 1)
    enc["unlock_max_ms"] = round(max(unlocks) * 1000, 1)

    plain_path = work / "plain" / "plain.sqlite"
    plain_path.parent.mkdir(parents=True, exist_ok=True)
    svc, database = plain_service(plain_path, "0" * 32)
    plain = run_workload(svc, args, "sqlite3", build=build)
    database.close()
    plain["file_mb"] = round(size_of(plain_path) / 1e6, 1)

    print(f"{'':24}{'sqlcipher':>12}{'sqlite3':>12}{'ratio':>8}")
    ratios: dict[str, float | None] = {}
    for key in plain:
        if not enc[key] or not plain[key]:
            ratios[key] = None
            continue
        ratios[key] = round(enc[key] / plain[key], 2)
        print(f"{key:24}{enc[key]:>12}{plain[key]:>12}{ratios[key]:>8.2f}")
    print(f"{'unlock_p50_ms':24}{enc['unlock_p50_ms']:>12}  (scrypt N=2^17 + open)")
    print(json.dumps({"n": args.n, "encrypted": enc, "plain": plain, "ratio": ratios}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
