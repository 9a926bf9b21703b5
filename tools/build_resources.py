#!/usr/bin/env python3
"""Build the reference data in ``resources/`` from the sourced CSV files in ``shared/refdata``.

Usage::

    python tools/build_resources.py [REFDATA_DIR] [--out DIR] [--mapdata DIR] [--check]

``REFDATA_DIR`` defaults to ``../shared/refdata`` relative to the repository root, ``--out`` to
``resources/`` and ``--mapdata`` to ``REFDATA_DIR/../mapdata``. ``--check`` writes nothing and
exits with status 1 when a generated file differs from the one on disk.

The output is deterministic: the same inputs give byte-identical files (UTF-8, sorted keys,
one-space indent, LF line ends, lists in a fixed order, no timestamps).

Labels that the sources do not provide are written here by the engineering team (Turkmen labels
for every taxonomy, Russian labels where the source is blank or wrong). Every such label is
marked in the term's ``review`` list with its language, so that native speakers can find and
check them; ``resources/ATTRIBUTION.md`` gives the counts.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REFDATA = REPO_ROOT / ".." / "shared" / "refdata"
DEFAULT_OUT = REPO_ROOT / "resources"
LANGS = ("en", "ru", "tk")
MAP_FILE = "turkmenistan_velayats.geojson"

#: The translation and mapping tables, as data files beside this script (one JSON file each:
#: translators and reviewers edit them without reading Python).
TABLES = Path(__file__).resolve().parent / "resource_tables"


def _table(name: str, shape: str | None = None) -> Any:
    """The table ``name`` from its JSON file; ``shape`` turns JSON lists back into the
    tuples the builders unpack."""
    data = json.loads((TABLES / f"{name}.json").read_text(encoding="utf-8"))
    if shape == "dict_tuple":
        return {k: tuple(v) for k, v in data.items()}
    if shape == "list_tuple":
        return [tuple(v) for v in data]
    if shape == "vocab":
        return {k: (v[0], [tuple(row) for row in v[1]]) for k, v in data.items()}
    return data


Json = dict[str, Any]


# --------------------------------------------------------------------------------------------
# helpers


def clean(text: str) -> str:
    """Collapse runs of whitespace (the sources have a few double and triple spaces)."""
    return " ".join(text.split())


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def split_sources(text: str) -> list[str]:
    return [s.strip() for s in text.split(" ; ") if s.strip()]


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


TK_ALPHABET = "abçdeäfghijžklmnňoöprsştuüwyýz"
_TK_ORDER = {ch: i for i, ch in enumerate(TK_ALPHABET)}


def tk_sort_key(text: str) -> tuple[int, ...]:
    """Sort key following the Turkmen Latin alphabet (a b ç d e ä f … ý z)."""
    key = []
    for ch in text.casefold():
        if ch in _TK_ORDER:
            key.append(100 + _TK_ORDER[ch])
        elif ch.isdigit():
            key.append(50 + int(ch))
        else:
            key.append(0)
    return tuple(key)


def term(
    code: str,
    parent: str | None,
    level: int,
    en: str,
    ru: str,
    tk: str,
    review: Iterable[str],
    **extra: Any,
) -> Json:
    labels = {"en": clean(en), "ru": clean(ru), "tk": clean(tk)}
    for lang, value in labels.items():
        if not value:
            raise ValueError(f"{code}: empty {lang} label")
    out: Json = {
        "code": code,
        "parent": parent,
        "level": level,
        "labels": labels,
        "review": sorted(set(review)),
    }
    out.update({k: v for k, v in extra.items() if v not in (None, "", [], ())})
    return out


# --------------------------------------------------------------------------------------------
# places

# name_ru is blank in the source for these two etraps: written here (review: ru).
PLACE_RU: dict[str, str] = _table("place_ru")

# Spelling variants seen in the sources' notes, used for name look-ups (not for display).
PLACE_ALIASES: dict[str, list[str]] = _table("place_aliases")

# Legacy names (abolished, renamed or merged units) -> current code. Compiled by hand from
# turkmenistan_division_changes.csv and the `note` column of turkmenistan_divisions.csv.
# relation: renamed (same unit, new name) | merged_into (the whole old unit lies in the current
# one) | within (territory split or receiving unit unknown; current_code is the unit that
# certainly contains it) | re_created (a unit of the same name exists again; boundaries may
# differ). Russian names here are engineer-written (review: ru) unless noted.
LEGACY: list[Json] = _table("legacy")

# Ordering of first-level units (as in the source and in everyday use).
FIRST_LEVEL = ("velayat", "city_with_velayat_status")


def build_places(refdata: Path) -> Json:
    rows = read_csv(refdata / "turkmenistan_divisions.csv")
    changes = read_csv(refdata / "turkmenistan_division_changes.csv")
    by_code = {r["code"]: r for r in rows}
    if len(by_code) != len(rows):
        raise ValueError("duplicate place codes")

    def entry(r: dict[str, str]) -> Json:
        review = []
        ru = r["name_ru"].strip()
        if not ru:
            ru = PLACE_RU[r["code"]]
            review.append("ru")
        elif r["code"] in PLACE_RU:
            raise ValueError(f"{r['code']}: PLACE_RU given but the source has a name")
        iso = None
        m = re.search(r"ISO 3166-2 (TM-[A-Z])", r["note"])
        if m:
            iso = m.group(1)
        names = {"en": clean(r["name_en"]), "ru": clean(ru), "tk": clean(r["name_tk"])}
        out: Json = {
            "code": r["code"],
            "parent": r["parent_code"] or None,
            "level": r["level"],
            "names": names,
            "review": sorted(review),
            "note": clean(r["note"]),
            "sources": split_sources(r["source"]),
            "aliases": PLACE_ALIASES.get(r["code"], []),
        }
        if iso:
            out["iso"] = iso
        if r["code"] == "arkadag":
            out["provisional"] = True
        return out

    top = [r for r in rows if r["level"] in FIRST_LEVEL]
    ordered: list[Json] = []

    def add_children(parent: str) -> None:
        kids = [r for r in rows if r["parent_code"] == parent]
        # etraps first, then cities with etrap rights, each in Turkmen alphabetical order
        kids.sort(key=lambda r: (r["level"] != "etrap", tk_sort_key(r["name_tk"])))
        for k in kids:
            ordered.append(entry(k))
            add_children(k["code"])

    for r in top:
        ordered.append(entry(r))
    for r in top:
        add_children(r["code"])
    if len(ordered) != len(rows):
        raise ValueError("some places are not reachable from a first-level unit")

    legacy = []
    for item in LEGACY:
        if item["current"] not in by_code:
            raise ValueError(f"legacy name maps to unknown code {item['current']}")
        legacy.append(
            {
                "names": {"en": item["en"], "ru": item["ru"], "tk": item["tk"]},
                "aliases": item["aliases"],
                "current_code": item["current"],
                "relation": item["relation"],
                "date": item["date"],
                "note": item["note"],
                "review": ["ru"],
            }
        )

    change_log = [
        {
            "date": c["date"],
            "affected_code": c["affected_code"],
            "change": clean(c["change"]),
            "sources": split_sources(c["source"]),
        }
        for c in changes
    ]
    return {
        "meta": {
            "description": "Administrative divisions of Turkmenistan (velayats, Aşgabat, Arkadag, "
            "etraps, cities with etrap rights, city boroughs) in their latest sourced state "
            "(after the Mejlis decisions published about 20 Sep 2025).",
            "levels": {
                "velayat": "province (welaýat)",
                "city_with_velayat_status": "city with velayat status (Aşgabat; Arkadag "
                "provisional)",
                "etrap": "district; an etrap whose parent is a city is a city borough",
                "city": "city with etrap rights (etrap hukukly şäher)",
            },
            "provisional": "Arkadag's level (city_with_velayat_status) is provisional: the sources "
            "say 'city of state significance'; none literally says 'city with velayat rights'.",
            "review": "A language listed in 'review' marks a name written by the Fieldbook team "
            "(not sourced); have a native speaker check it.",
        },
        "places": ordered,
        "legacy_names": legacy,
        "changes": change_log,
    }


# --------------------------------------------------------------------------------------------
# rights (treaty articles)

INSTRUMENT_TK = _table("instrument_tk")

# code -> (ru, tk) for the article labels (the source has English paraphrases only).
ARTICLES: dict[str, tuple[str, str]] = _table("articles", "dict_tuple")

RIGHTS_INSTRUMENTS = ("iccpr", "icescr", "cat")


def build_rights(refdata: Path) -> Json:
    rows = read_csv(refdata / "rights_taxonomy.csv")
    terms: list[Json] = []
    seen: set[str] = set()
    for r in rows:
        code = r["code"]
        instrument = code.split(":")[0]
        if instrument not in RIGHTS_INSTRUMENTS:
            continue
        review: list[str] = []
        if ":" not in code:
            if r["parent_code"]:
                raise ValueError(f"{code}: instrument row with a parent")
            ru = r["label_ru"]
            if not ru:
                raise ValueError(f"{code}: instrument without a Russian name")
            tk = INSTRUMENT_TK[code]
            review.append("tk")
            terms.append(
                term(code, None, 0, r["label_en"], ru, tk, review, notation=r["instrument"])
            )
        else:
            if r["parent_code"] not in seen:
                raise ValueError(f"{code}: parent {r['parent_code']} not seen before")
            ru, tk = ARTICLES[code]
            if r["label_ru"]:
                ru = r["label_ru"]
            else:
                review.append("ru")
            review.append("tk")
            notation = f"{r['instrument']} art. {r['article']}"
            terms.append(
                term(
                    code,
                    r["parent_code"],
                    1,
                    r["label_en"],
                    ru,
                    tk,
                    review,
                    notation=notation,
                )
            )
        seen.add(code)
    missing = set(ARTICLES) - seen
    if missing:
        raise ValueError(f"translations for unknown articles: {sorted(missing)}")
    return {
        "meta": {
            "description": "Rights affected: ICCPR, ICESCR and CAT and their articles "
            "(instrument -> article).",
            "labels": "Article labels are short paraphrases (the treaties have no official "
            "article headings): English by the refdata compilers, Russian and Turkmen by the "
            "Fieldbook team (review). Instrument names in English and Russian from HURIDOCS MT6.",
            "sources": [
                "https://www.ohchr.org/en/instruments-mechanisms/instruments/"
                "international-covenant-civil-and-political-rights",
                "https://www.ohchr.org/en/instruments-mechanisms/instruments/"
                "international-covenant-economic-social-and-cultural-rights",
                "https://www.ohchr.org/en/instruments-mechanisms/instruments/"
                "convention-against-torture-and-other-cruel-inhuman-or-degrading",
            ],
            "review": "A language listed in 'review' marks a label written by the Fieldbook team "
            "(not sourced); have a native speaker check it.",
        },
        "terms": terms,
    }


# --------------------------------------------------------------------------------------------
# act types (HURIDOCS MT4)

# Russian labels for the 13 terms blanked in the source (rotated block) and for the 2 rows the
# compilers flagged, plus obvious errors and typos we found on reading the list (review: ru).
ACT_RU: dict[str, str] = _table("act_ru")

# Systematic mistranslations in whole branches: (code prefix, wrong, right) (review: ru).
ACT_RU_REPLACE: list[tuple[str, str, str]] = _table("act_ru_replace", "list_tuple")

# The right each branch is about, as (genitive, accusative) Turkmen noun phrases, used to
# write the many regular labels ("Repeal of law or policy which used to guarantee <right>").
ACT_RIGHT_TK: dict[str, tuple[str, str]] = _table("act_right_tk", "dict_tuple")
# Terms under the labour branch that are about the right to work, not labour rights in general.
ACT_RIGHT_OVERRIDE = _table("act_right_override")

# (English pattern, Turkmen template); {gen} / {acc} are the branch's right (see above) and
# {law} is "kanunyň ýa-da syýasatyň" or "kanunyň" following the English text.
ACT_TK_PATTERNS: list[tuple[str, str]] = _table("act_tk_patterns", "list_tuple")

# Turkmen labels written term by term: all top-level terms and every term that does not follow
# one of the regular patterns above.
ACT_TK: dict[str, str] = _table("act_tk")


def act_level(code: str) -> int:
    return sum(1 for i in range(0, 12, 2) if code[i : i + 2] != "00") - 1


def act_tk(code: str, en: str) -> str:
    if code in ACT_TK:
        return ACT_TK[code]
    key = ACT_RIGHT_OVERRIDE.get(code, code[:2])
    if key not in ACT_RIGHT_TK:
        raise ValueError(f"{code}: no Turkmen label and no right phrase for the pattern")
    gen, acc = ACT_RIGHT_TK[key]
    law = "kanunyň ýa-da syýasatyň" if "law or policy" in en else "kanunyň"
    for pattern, template in ACT_TK_PATTERNS:
        if re.search(pattern, en):
            return capitalise(template.format(gen=gen, acc=acc, law=law))
    raise ValueError(f"{code}: no Turkmen label for {en!r}")


def check_sibling_labels(terms: list[Json]) -> None:
    """Two siblings with different English labels must not share a Russian or Turkmen label."""
    seen: dict[tuple[str | None, str, str], str] = {}
    for t in terms:
        for lang in ("ru", "tk"):
            key = (t["parent"], lang, t["labels"][lang].casefold())
            other = seen.setdefault(key, t["code"])
            if other != t["code"]:
                raise ValueError(f"{t['code']} and {other}: same {lang} label {key[2]!r}")


def build_act_types(refdata: Path) -> Json:
    rows = read_csv(refdata / "act_types.csv")
    mt = {
        r["code"]: r
        for r in read_csv(refdata / "huridocs_microthesauri.csv")
        if r["list_code"] == "4"
    }
    rows.sort(key=lambda r: r["code"])  # HURIDOCS codes sort in hierarchy (pre-)order
    codes = {r["code"] for r in rows}
    unused = (set(ACT_TK) | set(ACT_RU) | set(ACT_RIGHT_OVERRIDE)) - codes
    if unused:
        raise ValueError(f"translations for unknown act types: {sorted(unused)}")
    terms = []
    for r in rows:
        code = r["code"]
        parent = r["parent_code"] or None
        if parent is not None and parent not in codes:
            raise ValueError(f"{code}: unknown parent {parent}")
        level = act_level(code)
        src = mt[code]
        if clean(src["label_en"]) != clean(r["label_en"]) or src["level"] != str(level):
            raise ValueError(f"{code}: act_types.csv and huridocs_microthesauri.csv disagree")
        review = ["tk"]
        if code in ACT_RU:
            ru = ACT_RU[code]
            review.append("ru")
        elif not src["label_ru"].strip():
            raise ValueError(f"{code}: Russian label blank in the source and not written here")
        else:
            ru = src["label_ru"]
            for prefix, wrong, right in ACT_RU_REPLACE:
                if code.startswith(prefix) and wrong in ru:
                    ru = ru.replace(wrong, right)
                    review.append("ru")
        tk = act_tk(code, clean(r["label_en"]))
        terms.append(term(code, parent, level, r["label_en"], ru, tk, review))
    check_sibling_labels(terms)
    return {
        "meta": {
            "description": "HURIDOCS Micro-thesaurus 4: Types of Acts (full hierarchy, levels "
            "0-4). Codes are the 12-digit HURIDOCS term codes.",
            "credit": "Types of acts from the HURIDOCS Micro-thesauri (Dueck, Guzman, Verstappen, "
            "HURIDOCS 2001), used with acknowledgement. Copyright 2001 HURIDOCS.",
            "sources": [
                "github:huridocs/OpenEvSys@2f734af969b5:schema/mysql-dbpopulate-mt.sql "
                "(list_code=4, English)",
                "github:huridocs/OpenEvSys@2f734af969b5:res/locale/ru/mt_vocab_l10n.sql "
                "(Russian, 2018 community translation)",
            ],
            "review": "A language listed in 'review' marks a label written or corrected by the "
            "Fieldbook team; every Turkmen label is ours. The remaining Russian labels are the "
            "2018 community translation and also need a human review.",
        },
        "terms": terms,
    }


# --------------------------------------------------------------------------------------------
# vocabularies: (code, en, ru, tk, HURIDOCS codes) -- all ru/tk written by the Fieldbook team.

VocabRow = tuple[str, str, str, str, list[str]]

VOCABULARIES: dict[str, tuple[str, list[VocabRow]]] = _table("vocabularies", "vocab")

# HURIDOCS list each vocabulary maps to (for the `huridocs` codes).
VOCAB_MT = _table("vocab_mt")


def build_vocabularies(refdata: Path) -> Json:
    mt = read_csv(refdata / "huridocs_microthesauri.csv")
    known = {(r["list_code"], r["code"]) for r in mt}
    vocabs: Json = {}
    descriptions: Json = {}
    for name, (description, rows) in VOCABULARIES.items():
        seen: set[str] = set()
        entries = []
        for code, en, ru, tk, hcodes in rows:
            if code in seen:
                raise ValueError(f"{name}: duplicate code {code}")
            seen.add(code)
            for h in hcodes:
                if (VOCAB_MT[name], h) not in known:
                    raise ValueError(f"{name}.{code}: unknown HURIDOCS code {h}")
            review = ["ru", "tk"]
            entries.append(term(code, None, 0, en, ru, tk, review, huridocs=list(hcodes)))
        vocabs[name] = entries
        descriptions[name] = description
    return {
        "meta": {
            "description": "Small controlled lists used by the observation model.",
            "lists": descriptions,
            "credit": "source_types, perpetrator_types, reliability and sex are cut down from the "
            "HURIDOCS Micro-thesauri (MT16, MT24, MT42, MT39); 'huridocs' gives the matching "
            "HURIDOCS term codes.",
            "review": "All Russian and Turkmen labels here are written by the Fieldbook team.",
        },
        "vocabularies": vocabs,
    }


# --------------------------------------------------------------------------------------------
# attribution


def review_counts(terms: Iterable[Json]) -> dict[str, int]:
    counts = {"ru": 0, "tk": 0}
    for t in terms:
        for lang in t["review"]:
            counts[lang] += 1
    return counts


def build_attribution(
    places: Json, rights: Json, acts: Json, vocabs: Json, inputs: dict[str, str]
) -> str:
    p = review_counts(places["places"])
    lg = review_counts(places["legacy_names"])
    r = review_counts(rights["terms"])
    a = review_counts(acts["terms"])
    v_terms = [t for lst in vocabs["vocabularies"].values() for t in lst]
    v = review_counts(v_terms)
    total_ru = p["ru"] + lg["ru"] + r["ru"] + a["ru"] + v["ru"]
    total_tk = p["tk"] + lg["tk"] + r["tk"] + a["tk"] + v["tk"]
    act_pattern = [t for t in acts["terms"] if t["code"] not in ACT_TK]
    pattern_levels = ", ".join(
        f"{sum(1 for t in act_pattern if t['level'] == lvl)} at level {lvl}"
        for lvl in sorted({t["level"] for t in act_pattern})
    )
    input_lines = "\n".join(f"| `{name}` | `{digest}` |" for name, digest in sorted(inputs.items()))
    return f"""# Reference data: sources, licences and review status

Generated by `tools/build_resources.py` from `shared/refdata` (compiled 2026 from stored
snapshots of public sources; see that folder's README). Do not edit the JSON files by hand:
change the script or the CSV files and run it again.

## Sources

### Administrative divisions (`places.json`)
- Mejlis of Turkmenistan resolution "Türkmenistanyň dolandyryş-çäk bölünişiginiň meseleleri
  hakynda", 9 Nov 2022 (https://mejlis.gov.tm/single-decree/6?lang=tm); Mejlis resolutions on
  Arkadag (Dec 2022, Mar 2023); Law "On the City of Arkadag" (in force 23 Mar 2023).
- Press: newscentralasia.net (24 Oct 2022), asmannews.ru (20 Sep 2025, citing TDH), jeyhun.news,
  turkmenportal, tmcars, orient.tm, urdupoint, azernews, yerzemin.com, turkmenistanlive,
  ussatnews; OpenStreetMap wiki pages (Balkan, Daşoguz, Turkmenbashy); ru/kk Wikipedia copies.
- ISO 3166-2:TM codes from `stumpylog/simpleiso3166`; cross-check against
  `AIArmada/commerce` (gate_tm.py). Every place keeps its sources in `sources`.
- Names are facts; we copied no prose.

### Treaty articles (`rights.json`)
- ICCPR, ICESCR and CAT as published by OHCHR (article texts checked against stored copies).
- Article labels are short paraphrases written by the refdata compilers (English) and by the
  Fieldbook team (Russian, Turkmen); the treaties have no official article headings.
- Instrument names in English and Russian from HURIDOCS MT6.

### HURIDOCS (`act_types.json`, parts of `vocabularies.json`)
- **Credit (show it in the app's About box):** "Types of acts and controlled vocabularies
  adapted from the HURIDOCS Micro-thesauri (Judith Dueck, Manuel Guzman, Bert Verstappen:
  *Micro-thesauri: a tool for documenting human rights violations*, HURIDOCS 2001)."
- Data taken from `huridocs/OpenEvSys` at commit 2f734af (English terms last changed 2013;
  Russian translation added 2018).
- **Licence:** the printed Micro-thesauri are "Copyright 2001 HURIDOCS, all rights reserved",
  with permission for human rights organisations to copy if the source is acknowledged.
  OpenEvSys is AGPL-3.0. We use term codes and short labels only. **Ask HURIDOCS for permission
  (or get a legal review) before shipping**, and keep the credit above in the app.

### Map (`map/turkmenistan_velayats.geojson`)
- geoBoundaries gbOpen 4.0.0 (boundaryID TKM-ADM1-57652975, OpenStreetMap / Wambacher data),
  simplified (Douglas-Peucker 0.004°, 4 decimals) for a choropleth; 6 features (5 velayats and
  Aşgabat). Arkadag is not a separate polygon.
- **Licence: Open Data Commons Open Database License (ODbL) 1.0.** The GeoJSON is a derivative
  database and is offered under ODbL 1.0; its `attribution` and `license` members must stay.
- **Show wherever the map is shown:** "Boundaries © OpenStreetMap contributors, ODbL 1.0 — via
  geoBoundaries".
- Cite: Runfola, D. et al. (2020) *geoBoundaries: A global database of political administrative
  boundaries.* PLoS ONE 15(4): e0231866. https://doi.org/10.1371/journal.pone.0231866

## Labels written by the Fieldbook team (need native review)

A term's `review` list names each language whose label we wrote or corrected. Totals:

| file | ru | tk |
|---|---|---|
| `places.json` (places) | {p["ru"]} | {p["tk"]} |
| `places.json` (legacy names) | {lg["ru"]} | {lg["tk"]} |
| `rights.json` | {r["ru"]} | {r["tk"]} |
| `act_types.json` | {a["ru"]} | {a["tk"]} |
| `vocabularies.json` | {v["ru"]} | {v["tk"]} |
| **total** | **{total_ru}** | **{total_tk}** |

- **Turkmen:** no Turkmen labels were sourced. Every Turkmen label in `rights.json`,
  `act_types.json` and `vocabularies.json` is ours. In `act_types.json` all 38 top-level terms
  and every irregular term were written one by one ({len(ACT_TK)} labels).
  The other {len(act_pattern)} terms ({pattern_levels})
  follow the thesaurus's regular patterns ("Direct
  actions which violate …", "Repeal of law or policy which used to guarantee …", "Instance of
  non-fulfilment of …"): their labels are composed in the script from one Turkmen phrase per
  right (genitive and accusative) and one template per pattern, so a reviewer can fix a whole
  family in one place.
- **Russian:** blank in the sources for most treaty articles, the 13 blanked HURIDOCS MT4 terms
  (010109000000–010190080000, rotated block), two etraps (Gyzylarbat, Şabat) and all legacy
  names; written by us. We also corrected HURIDOCS MT4 Russian labels that were wrong (the two
  rows flagged by the compilers, two swapped rows 360102000000/360102010000, "privacy" translated
  as "конфиденциальность", "social security" as "социальная безопасность", "persons with
  disabilities" as "нетрудоспособные", English left inside some labels) or misspelt.
- Every vocabulary label in Russian and Turkmen is ours.
- **The other HURIDOCS Russian labels are the 2018 community translation** (not marked): the
  compilers found rotated blocks and errors in it; have a human review all of them.

## Known doubts
1. The Sep 2025 etraps (Altyn asyr, Garaşsyzlyk, Gubadag, Döwletli, Farap, Garabekewül,
   Oguzhan) come from one secondary source (asmannews citing TDH); boundaries of re-created
   etraps may differ from the old ones; later changes may be missing.
2. Arkadag's level `city_with_velayat_status` is **provisional** (`"provisional": true`).
3. Cities with etrap rights: Daşoguz, Türkmenabat, Mary and Baýramaly are inferred from the
   2022 total of 6; Baýramaly is the least certain.
4. Serhetabat (Mary) was abolished in 2022; the receiving etrap is unknown, so the legacy name
   maps to the velayat. Likewise Abadan and Ruhabat (Aşgabat), Kenar (Türkmenbaşy city), and
   the cities Gumdag and Hazar map to the unit that certainly contains them.
5. About 30 Russian place names come from app seed data and some spellings look non-standard
   ("Эсенкулийский", "Дарганатынский", "Гёроглынский"); the Russian forms mix adjectives
   ("Ахалский велаят") and nouns ("этрап Алтын асыр", "Аваза этрап").
6. English place names keep the spelling variants of the source (e.g. "Ahal Province (Akhal)").
7. HURIDOCS MT4 Russian: besides the rows the compilers blanked or flagged, we found a third
   misplaced label (552101000000 carried the label of 552103000000) and two swapped rows
   (360102000000/360102010000); more may exist in rows we did not catch.
8. `rights_taxonomy.csv` gives the ICERD Russian name as "… (1965)1965)" (not shipped here: only
   ICCPR, ICESCR and CAT are). ICESCR covers articles 1-15 and CAT articles 1-16 (the
   substantive parts); CRC, CEDAW, ICERD articles were not compiled.

## Inputs (SHA-256)

| file | sha256 |
|---|---|
{input_lines}
"""


# --------------------------------------------------------------------------------------------
# main


# --------------------------------------------------------------------------------------------
# UPR themes (recommendation links, issue 16 item 5)

UPR_CYCLES = {"upr-c3": 3, "upr-c3g": 3, "upr-c4": 4, "upr-c4g": 4}
UPR_KINDS = ("theme", "group_of_persons")


def build_upr_themes(refdata: Path) -> Json:
    """UHRI/UPR theme and group names: the UN's English labels, with Russian and Turkmen
    names from ``resource_tables/upr_themes_i18n.json`` (written by the engineering team,
    marked ``review`` for native speakers; a theme without them stops the build)."""
    names = _table("upr_themes_i18n")
    themes: list[Json] = []
    for r in read_csv(refdata / "upr_themes.csv"):
        namespace = r["code"].split(":")[0]
        if namespace not in UPR_CYCLES or r["kind"] not in UPR_KINDS:
            raise ValueError(f"{r['code']}: unknown UPR namespace or kind")
        label = clean(r["label_en"])
        if not label:
            raise ValueError(f"{r['code']}: empty label")
        entry: Json = {
            "code": r["code"],
            "cycle": UPR_CYCLES[namespace],
            "kind": r["kind"],
            "label": label,
            "sources": split_sources(r["source"]),
        }
        translated = names.get(label)
        if not translated or any(not translated.get(lang) for lang in ("ru", "tk")):
            raise ValueError(f"{r['code']}: no ru/tk name in upr_themes_i18n.json")
        entry["labels"] = {"en": label, "ru": translated["ru"], "tk": translated["tk"]}
        entry["review"] = ["ru", "tk"]
        if r["tkm_evidence"].strip():
            entry["tkm_evidence"] = clean(r["tkm_evidence"])
        themes.append(entry)
    themes.sort(key=lambda t: (-t["cycle"], t["kind"], t["label"].casefold(), t["code"]))
    return {"meta": {"source": "shared/refdata/upr_themes.csv"}, "themes": themes}


UPR_ATTRIBUTION = """
### UPR themes (`upr_themes.json`)
- Theme and group-of-persons names of the OHCHR Universal Human Rights Index (UHRI), cycles 3
  and 4, as printed in OHCHR UPR thematic-list matrices (copies in the public repository
  `Tony33344/slovenia-human-rights-tracker`, `docs/cycle3/…`, `docs/cycle4/…`, Jan 2025), and
  fifteen cycle-4 strings from a UHRI analysis script. Names are the UN's; we copied no prose.
- English names are the UN's. The Russian and Turkmen names (`labels.ru`, `labels.tk`) were
  written by the engineering team from the English (`tools/resource_tables/
  upr_themes_i18n.json`; each theme's `review` lists them for native speakers to check);
  they are not the UN's official Russian texts.
- `tkm_evidence` marks the entries with sourced evidence that they apply to Turkmenistan
  (OHCHR Regional Office statement, Jul 2024; Human Rights Watch, 2023: **our reading** of
  their prose). The list is the generic UHRI taxonomy: themes used for Turkmenistan may be
  missing.
"""


def dump_json(obj: Json) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def build(refdata: Path, mapdata: Path) -> dict[str, bytes]:
    """Return {relative output path: file bytes}."""
    input_names = [
        "turkmenistan_divisions.csv",
        "turkmenistan_division_changes.csv",
        "rights_taxonomy.csv",
        "act_types.csv",
        "huridocs_microthesauri.csv",
        "upr_themes.csv",
    ]
    inputs = {f"refdata/{n}": sha256(refdata / n) for n in input_names}
    inputs[f"mapdata/{MAP_FILE}"] = sha256(mapdata / MAP_FILE)

    places = build_places(refdata)
    rights = build_rights(refdata)
    acts = build_act_types(refdata)
    vocabs = build_vocabularies(refdata)
    upr = build_upr_themes(refdata)
    for doc in (places, rights, acts, vocabs, upr):
        doc["meta"]["generated_by"] = "tools/build_resources.py"
        doc["meta"]["schema"] = 1
    attribution = build_attribution(places, rights, acts, vocabs, inputs).replace(
        "\n### Map (", UPR_ATTRIBUTION + "\n### Map (", 1
    )
    return {
        "places.json": dump_json(places),
        "rights.json": dump_json(rights),
        "act_types.json": dump_json(acts),
        "vocabularies.json": dump_json(vocabs),
        "upr_themes.json": dump_json(upr),
        "ATTRIBUTION.md": attribution.encode("utf-8"),
        f"map/{MAP_FILE}": (mapdata / MAP_FILE).read_bytes(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("refdata", nargs="?", type=Path, default=DEFAULT_REFDATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--mapdata", type=Path, default=None)
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 on change")
    args = parser.parse_args(argv)
    refdata: Path = args.refdata.resolve()
    mapdata: Path = (args.mapdata or refdata.parent / "mapdata").resolve()
    out: Path = args.out

    files = build(refdata, mapdata)
    changed = []
    for rel, data in files.items():
        target = out / rel
        if target.exists() and target.read_bytes() == data:
            continue
        changed.append(rel)
        if not args.check:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    verb = "differ" if args.check else "written"
    print(f"{len(changed)} file(s) {verb}: {', '.join(changed) or '-'} (in {out})")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
