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
import itertools
import json
import math
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import sqlcipher3

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.pop("FIELDBOOK_TEST_FAST_KDF", None)  # measure the production KDF

from desktop.core.database import Database, migrate
from desktop.core.listing import ObservationQuery
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
from desktop.core.refdata import load_refindex

BATCH = 500


def _words(text: str) -> list[str]:
    return text.split()


# Vocabularies ranked roughly by how often the words occur in field notes: function words
# first, then common reporting words, then incident words, then rarer terms. Sampling follows
# Zipf's law over the rank (plus generated inflections for the long tail), so a few words
# match most records and most words match few, as in real text.
TK_FUNCTION = _words(
    "we bilen bu bir hem üçin bolsa onuň ol soň şol ýaly diýip boýunça tarapyndan has ýene "
    "hiç özüniň olar men biz öň içinde bilen-de görä barada sebäpli ýa-da ýöne-de ýöne "
    "başga köp az ähli her käbir ilkinji soňky uly kiçi täze köne"
)
TK_COMMON = _words(
    "edildi etdiler boldy aýtdy diýdi gördi geldi gitdi berdi aldy adam adamlar ýaşaýjylar "
    "maşgala öý şäher oba etrap welaýat işgärleri gije gündiz ertir agşam wagt ýyl aý gün "
    "habar berdi sorag polisiýa ýolbaşçy edara hökümet resmi işgär"
)
TK_INCIDENT = _words(
    "tussag tussaghana türme gözleg sorag urmak ýenjildi gynamak haýbat abanmak gadagan "
    "çäklendirildi mejbury zähmet pagta ýygymy kazyýet prokuror aklawçy hukuk goragçysy "
    "žurnalist bloger dindar metjit ybadathana pasport serhet syýahat çykyş saglyk hassahana "
    "lukman mekdep mugallym okuwçy talyp işden kowuldy jerime jeza höküm ýazgy resminama "
    "telefon internet blokirlenen sahypa ýykmak öýleri ýykyldy öwezini tölemek suw gaz "
    "elektrik ýer kärendesi bazar söwdagär nyrh ýetmezçilik çörek un nobat"
)
TK_RARE = _words(
    "ýüzlenme şikaýat arza kepillik diňlenişik şaýat güwä subutnama ekspertiza bellik "
    "ýazyşyk goldaw azatlyk ynsanperwer aýrybaşgalyk kemsitme ýitirim gözegçilik "
    "yzarlamak diňlemek ele salmak gizlin goragsyz ýaşulular ýetginjek ejesi kakasy "
    "garyndaşlary goňşulary agzalary ýolbaşçysy işgärleriň wekilleri"
)
TK_SUFFIXES = _words("lar ler yň iň a e da de dan den y i ly li syz siz çy çi lyk lik")
RU_FUNCTION = _words(
    "и в на не что с по его был были к из за от о для это после также как она он они "
    "их но уже ещё при без до под же только все этого того"
)
RU_COMMON = _words(
    "сообщили сотрудники полиции жители семья дом город село район велаят время год "
    "месяц день ночью утром вечером рассказал рассказала сказал человек люди власти "
    "чиновники хяким"
)
RU_INCIDENT = _words(
    "задержание задержали задержан арест обыск допрос избиение пытки угрозы давление "
    "запрет выезд граница паспорт принудительный труд хлопок сбор суд прокурор адвокат "
    "тюрьма колония срок журналист блогер верующие молельный снос домов компенсация "
    "увольнение штраф интернет блокировка сайт телефон изъяли мечеть учителя врачи "
    "студенты больница школа вода газ свет рынок очередь хлеб мука цены"
)
RU_RARE = _words(
    "жалоба заявление свидетель показания экспертиза протокол ходатайство апелляция "
    "освобождение исчезновение слежка прослушка дискриминация родственники соседи "
    "пенсионеры подросток мать отец представители"
)
RU_ENDINGS = _words("а у ом е ы ов ам ами ах ой ую ые ого ому")
FIRST_NAMES = _words(
    "Merdan Aýna Myrat Gülşat Sapar Bägül Dowlet Ýazgül Çary Ogulgerek Aman Jeren Batyr "
    "Maýsa Serdar Leýli Nurmuhammet Ogulsapar Rahym Şirin Kakajan Gözel Atamyrat Mähri "
    "Begenç Ogulnabat Döwran Bahar Ýusup Jahan Мария Сергей Ольга Рустам Наталья Дмитрий"
)
LAST_NAMES = _words(
    "Orazow Myradowa Annaýewa Berdiýew Hojamowa Çaryýewa Atajanow Nurýagdyýew Gurbanowa "
    "Saparow Öwezowa Baýramow Ataýewa Hojaýew Kurbanow Durdyýewa Rejepow Allaberdiýew "
    "Ýazmyradow Şirmedowa Geldiýew Annamyradowa Jumaýew Sähedowa Nazarow Gylyjowa "
    "Гельдыев Иванова Атаев Петров Сидорова Мамедов Ходжаева Овезов"
)
SETTLEMENTS = _words(
    "Seýdi Baýramaly Köneürgenç Änew Bäherden Gökdepe Tejen Sarahs Murgap Ýolöten Kerki "
    "Halaç Farap Sakar Çärjew Magdanly Hazar Gumdag Serdar Etrek Gyzylarbat Daşoguz "
    "Boldumsaz Gubadag Akdepe Ruhubelent Görogly Tagtabazar Sakarçäge Wekilbazar Garabekewül"
)


def _inflect(stems: list[str], endings: list[str]) -> list[str]:
    return [stem + end for stem in stems for end in endings]


class Vocabulary:
    """Words of one language ranked by frequency, sampled Zipf-like (weight 1/rank)."""

    def __init__(self, *ranked: list[str], tail: list[str]) -> None:
        seen: dict[str, None] = {}
        for group in (*ranked, tail):
            for word in group:
                seen.setdefault(word, None)
        self.words = list(seen)
        self.cum: list[float] = list(
            itertools.accumulate(1.0 / (rank + 2) ** 1.05 for rank in range(len(self.words)))
        )

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum, k=k)


TK = Vocabulary(
    TK_FUNCTION,
    TK_COMMON,
    TK_INCIDENT,
    TK_RARE,
    tail=_inflect(TK_INCIDENT + TK_RARE, TK_SUFFIXES),
)
RU = Vocabulary(
    RU_FUNCTION,
    RU_COMMON,
    RU_INCIDENT,
    RU_RARE,
    tail=_inflect(RU_INCIDENT + RU_RARE, RU_ENDINGS),
)
# People are Zipf-distributed too: a few names recur in many reports.
PEOPLE = [f"{first} {last}" for last in LAST_NAMES for first in FIRST_NAMES]
PEOPLE_CUM = list(itertools.accumulate(1.0 / (rank + 5) for rank in range(len(PEOPLE))))


def sentence(rng: random.Random, vocab: Vocabulary, words: int) -> str:
    return " ".join(vocab.sample(rng, words)).capitalize() + "."


def text_of(rng: random.Random, vocab: Vocabulary, words: int) -> str:
    parts = []
    while words > 0:
        n = min(words, rng.randint(6, 22))
        parts.append(sentence(rng, vocab, n))
        words -= n
    return " ".join(parts)


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        ref = load_refindex()
        self.ref = ref
        self.velayats = sorted(ref.velayats)
        self.etraps_of: dict[str, list[str]] = {}
        for etrap, velayat in ref.etrap_velayat.items():
            self.etraps_of.setdefault(velayat, []).append(etrap)
        self.rights = sorted(ref.rights)
        self.acts = sorted(ref.act_types)
        # Most reports fall under a few rights and act types.
        self.rights_cum = list(itertools.accumulate(1.0 / (r + 3) for r in range(len(self.rights))))
        self.acts_cum = list(itertools.accumulate(1.0 / (r + 3) for r in range(len(self.acts))))

    def observation(self) -> Observation:
        rng = self.rng
        velayat = rng.choice(self.velayats)
        etraps = sorted(self.etraps_of.get(velayat, []))
        etrap = rng.choice(etraps) if etraps and rng.random() < 0.8 else None
        start = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        vocab = TK if rng.random() < 0.65 else RU
        # Field notes: median ~110 words, a long tail of full testimonies.
        words = int(min(2500, max(8, rng.lognormvariate(math.log(110), 0.9))))
        people = [
            Person(
                role=rng.choice(["victim", "witness", "source", "alleged_perpetrator"]),
                name=rng.choices(PEOPLE, cum_weights=PEOPLE_CUM)[0],
                sex=rng.choice(["female", "male", "unknown"]),
            )
            for _ in range(rng.choice([0, 1, 1, 1, 2, 2, 3, 4]))
        ]
        for person in people:
            if person.role == "alleged_perpetrator":
                person.perpetrator_type = "police"
        rights = set(rng.choices(self.rights, cum_weights=self.rights_cum, k=rng.randint(1, 3)))
        acts = set(rng.choices(self.acts, cum_weights=self.acts_cum, k=rng.randint(1, 2)))
        return Observation.new(
            title=sentence(rng, vocab, rng.randint(3, 10))[:120],
            date=IncidentDate(start),
            place=Place(velayat, etrap, rng.choice(SETTLEMENTS) if rng.random() < 0.7 else ""),
            rights=sorted(rights),
            act_types=sorted(acts),
            description=text_of(rng, vocab, words),
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

    # -- what a field worker asks for ------------------------------------------------------

    def _name_word(self) -> str:
        return self.rng.choice(self.rng.choices(PEOPLE, cum_weights=PEOPLE_CUM)[0].split())

    def _place_word(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return rng.choice(SETTLEMENTS)
        table = self.ref.etraps if rng.random() < 0.6 else self.ref.velayats
        names = table[rng.choice(sorted(table))]
        return names.get(rng.choice(["tk", "ru"])) or names.get("en", "")

    def _incident_word(self) -> str:
        return self.rng.choice(TK_INCIDENT + RU_INCIDENT + TK_RARE + RU_RARE)

    def text_query(self, kind: str) -> str:
        rng = self.rng
        if kind == "name":
            return (
                rng.choices(PEOPLE, cum_weights=PEOPLE_CUM)[0]
                if rng.random() < 0.3
                else (self._name_word())
            )
        if kind == "typing":  # every pause while typing a word sends its prefix
            word = rng.choice([self._name_word(), self._place_word(), self._incident_word()])
            return word[: rng.randint(1, min(6, len(word)))]
        if kind == "place":
            return self._place_word()
        if kind == "incident":
            return self._incident_word()
        if kind == "common":
            return rng.choice(TK_FUNCTION[:12] + TK_COMMON[:10] + RU_FUNCTION[:12])
        if kind == "two_words":
            return f"{self._incident_word()} {rng.choice([self._name_word(), self._place_word()])}"
        raise ValueError(kind)

    def filters(self, kind: str) -> dict[str, Any]:
        rng = self.rng
        velayat = rng.choice(self.velayats)
        year = rng.randint(2015, 2025)
        if kind == "browse":
            return {}
        if kind == "velayat":
            return {"velayat": velayat}
        if kind == "etrap":
            return {"velayat": velayat, "etrap": rng.choice(sorted(self.etraps_of[velayat]))}
        if kind == "rights":
            return {"rights": tuple(rng.sample(self.rights[:20], rng.randint(1, 2)))}
        if kind == "acts":
            broad = ["010000000000", "020000000000", "030000000000", "040000000000"]
            return {"act_types": (rng.choice([*broad, *rng.sample(self.acts, 2)]),)}
        if kind == "status":
            return {"statuses": (rng.choice(["draft", "queued"]),)}
        if kind == "date":
            return {"date_from": f"{year}-01-01", "date_to": f"{year}-{rng.randint(1, 12):02d}-28"}
        if kind == "combo":
            options: list[dict[str, Any]] = [
                {"velayat": velayat, "date_from": f"{year}-01-01", "date_to": f"{year}-12-31"},
                {"velayat": velayat, "rights": (rng.choice(self.rights[:20]),)},
                {"statuses": ("queued",), "confidentiality": ("highly_sensitive",)},
                {
                    "velayat": velayat,
                    "act_types": ("010000000000",),
                    "statuses": ("draft",),
                    "date_from": f"{year}-01-01",
                },
            ]
            return rng.choice(options)
        raise ValueError(kind)

    def query(self, kind: str) -> ObservationQuery:
        rng = self.rng
        if kind.startswith("text_"):
            text = self.text_query(kind.removeprefix("text_"))
            filters = {}
            if rng.random() < 0.2:  # text narrowed by a filter
                filters = self.filters(rng.choice(["velayat", "status", "date", "rights"]))
        else:
            text, filters = "", self.filters(kind.removeprefix("filter_"))
        return ObservationQuery(
            text=text,
            **filters,
            sort=rng.choice(["incident_date", "place", "title", "status", "updated"]),
            descending=rng.random() < 0.7,
        )

    def scroll_offsets(self, count: int, limit: int) -> list[int]:
        """Pages read after the first: a few next pages, or a jump of the scroll bar."""
        rng = self.rng
        pages = max(1, -(-count // limit))
        if pages == 1:
            return []
        if rng.random() < 0.5:
            return [limit * p for p in range(1, min(pages, 4))]
        return [limit * rng.randrange(1, pages)]


TEXT_CLASSES = [f"text_{k}" for k in ("name", "typing", "place", "incident", "common", "two_words")]
FILTER_CLASSES = [
    f"filter_{k}"
    for k in ("browse", "velayat", "etrap", "rights", "acts", "status", "date", "combo")
]


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))] * 1000


class Timer:
    """Wall and CPU (this thread) time of calls, by class."""

    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}

    def __call__(self, keys: tuple[str, ...], fn: Callable[[], Any]) -> Any:
        c0, w0 = time.thread_time(), time.perf_counter()
        result = fn()
        wall, cpu = time.perf_counter() - w0, time.thread_time() - c0
        for key in keys:
            self.wall.setdefault(key, []).append(wall)
            self.cpu.setdefault(key, []).append(cpu)
        return result


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

    timer = Timer()
    saved: list[Observation] = []
    for _ in range(args.saves):
        obs = gen.observation()
        timer(("save",), lambda o=obs: saved.append(svc.save(o)))
    for obs in saved[: args.saves // 2]:  # edits too: a revision on an existing record
        obs.description += " Goşmaça maglumat."
        timer(("save",), lambda o=obs: svc.save(o))

    # The list's index in memory: read on a thread of its own after unlock (the list runs
    # in SQL meanwhile); timed here on its own so the queries below all use it.
    t_index = time.perf_counter()
    prepare = getattr(svc, "prepare_list", None)
    if prepare is not None:
        prepare()
    index_ms = (time.perf_counter() - t_index) * 1000

    # A search as the list runs it: first page, then the count, of a new query, then a few
    # pages scrolled or a jump of the scroll bar. Caches of earlier searches are dropped first,
    # so every search starts cold; only the pages of one search share its work.
    qgen = Generator(args.seed + 1)
    classes = TEXT_CLASSES + FILTER_CLASSES
    for i in range(args.queries):
        kind = classes[i % len(classes)]
        group = "fts" if kind.startswith("text_") else "filter"
        q = qgen.query(kind)
        drop = getattr(svc, "drop_query_cache", None)
        if drop is not None:
            drop()
        timer((f"{kind}.page", f"{group}_page"), lambda q=q: svc.query(q))
        count = timer((f"{kind}.count", "count"), lambda q=q: svc.count(q))
        for offset in qgen.scroll_offsets(count, q.limit):
            keys = (f"{kind}.page", f"{group}_page")
            if offset >= 10_000:
                keys += ("deep_page",)
            paged = replace(q, offset=offset)
            timer(keys, lambda p=paged: svc.query(p))
    drop = getattr(svc, "drop_query_cache", None)
    if drop is not None:
        drop()
    timer(("count_all",), lambda: svc.count())

    figures: dict[str, Any] = {"import_per_s": None if import_rate is None else round(import_rate)}
    figures["save_p50_ms"] = round(pct(timer.wall["save"], 50), 2)
    figures["save_p99_ms"] = round(pct(timer.wall["save"], 99), 2)
    figures["save_cpu_p99_ms"] = round(pct(timer.cpu["save"], 99), 2)
    for key in ("fts_page", "filter_page", "deep_page", "count", *classes):
        for sub in (".page", ".count") if key in classes else ("",):
            values = timer.wall.get(key + sub, [])
            figures[f"{key}{sub}_p50_ms"] = round(pct(values, 50), 2)
            figures[f"{key}{sub}_p95_ms"] = round(pct(values, 95), 2)
            if not sub:
                figures[f"{key}_cpu_p95_ms"] = round(pct(timer.cpu.get(key, []), 95), 2)
    figures["count_all_ms"] = round(pct(timer.wall["count_all"], 50), 2)
    figures["list_index_ms"] = round(index_ms, 1)
    return figures


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
