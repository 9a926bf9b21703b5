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
PLACE_RU: dict[str, str] = {
    "balkan-gyzylarbat": "Гызыларбатский этрап",
    "dasoguz-sabat": "Шабатский этрап",
}

# Spelling variants seen in the sources' notes, used for name look-ups (not for display).
PLACE_ALIASES: dict[str, list[str]] = {
    "ahal": ["Akhal"],
    "dasoguz": ["Dashoguz", "Dashowuz", "Daşhowuz", "Дашховуз"],
    "asgabat": ["Ashgabat", "Ashkhabad", "Aşgabat", "Ашгабат"],
    "ahal-ak-bugday": ["Ak bugdai", "Ак бугдай", "Ак-Бугдайский этрап"],
    "ahal-babadayhan": ["Babadaykhan"],
    "ahal-baherden": ["Baharden", "Bakharden"],
    "ahal-gokdepe": ["Geoktepe", "Гёкдепе"],
    "ahal-kaka": ["Kaakhka", "Kaakhke", "Какинский этрап"],
    "ahal-sarahs": ["Serakhs"],
    "balkan-esenguly": ["Esenguli"],
    "balkan-magtymguly": ["Makhtumkuli"],
    "dasoguz-gorogly": ["Гороглы"],
    "dasoguz-gubadag": ["Губадаг"],
    "lebap-darganata": ["Дарганатинский этрап"],
    "lebap-garabekewul": ["Гарабекевюл"],
    "lebap-turkmenabat-city": ["Chardzhou", "Чарджоу"],
    "mary-bayramaly": ["Байрамалийский этрап"],
    "mary-garagum": ["Karakum"],
    "mary-wekilbazar": ["Wekilbazar"],
    "mary-yoloten": ["Iolotan", "Yolotan"],
    "arkadag-karizek": ["Karizek"],
    "arkadag-gorjaw": ["Gorjav"],
    "balkan-turkmenbasy-city": ["Turkmenbashi"],
}

# Legacy names (abolished, renamed or merged units) -> current code. Compiled by hand from
# turkmenistan_division_changes.csv and the `note` column of turkmenistan_divisions.csv.
# relation: renamed (same unit, new name) | merged_into (the whole old unit lies in the current
# one) | within (territory split or receiving unit unknown; current_code is the unit that
# certainly contains it) | re_created (a unit of the same name exists again; boundaries may
# differ). Russian names here are engineer-written (review: ru) unless noted.
LEGACY: list[Json] = [
    {
        "tk": "Baharly etraby",
        "ru": "Бахарлынский этрап",
        "en": "Baharly District",
        "aliases": ["Baharly"],
        "current": "ahal-baherden",
        "relation": "renamed",
        "date": "2018-01-05",
        "note": "Named Baharly 2003-2018; renamed back to Bäherden.",
    },
    {
        "tk": "Altyn asyr etraby",
        "ru": "этрап Алтын асыр",
        "en": "Altyn Asyr District",
        "aliases": [],
        "current": "ahal-altyn-asyr",
        "relation": "re_created",
        "date": "2018-01-05",
        "note": "The 2000-2018 etrap was abolished (territory to Kaka, Sarahs and Tejen) and a new "
        "Altyn asyr etrap was created in Sep 2025; boundaries may differ.",
    },
    {
        "tk": "Arçabil etraby",
        "ru": "Арчабильский этрап",
        "en": "Archabil District",
        "aliases": ["Archabil", "Arçabil"],
        "current": "asgabat-buzmeyin",
        "relation": "renamed",
        "date": "2018-01-05",
        "note": "Borough of Aşgabat renamed Büzmeýin (per the change log).",
    },
    {
        "tk": "Abadan etraby",
        "ru": "Абаданский этрап",
        "en": "Abadan District",
        "aliases": ["Abadan"],
        "current": "asgabat",
        "relation": "within",
        "date": "2018-01-05",
        "note": "Borough of Aşgabat abolished; the receiving borough is not stated in the sources.",
    },
    {
        "tk": "Ruhabat etraby",
        "ru": "Рухабатский этрап",
        "en": "Ruhabat District",
        "aliases": ["Ruhabat"],
        "current": "asgabat",
        "relation": "within",
        "date": "2018-01-05",
        "note": "Borough of Aşgabat abolished; the receiving borough is not stated in the sources.",
    },
    {
        "tk": "Kenar etraby",
        "ru": "этрап Кенар",
        "en": "Kenar District",
        "aliases": ["Kenar"],
        "current": "balkan-turkmenbasy-city",
        "relation": "within",
        "date": "2022-11-09",
        "note": "Borough of Türkmenbaşy city abolished.",
    },
    {
        "tk": "Serdar etraby",
        "ru": "Сердарский этрап",
        "en": "Serdar District",
        "aliases": ["Serdar"],
        "current": "balkan-gyzylarbat",
        "relation": "renamed",
        "date": "2022-11-09",
        "note": "Named Serdar 1999-2022, renamed Gyzylarbat.",
    },
    {
        "tk": "Serdar şäheri",
        "ru": "город Сердар",
        "en": "Serdar City",
        "aliases": [],
        "current": "balkan-gyzylarbat",
        "relation": "merged_into",
        "date": "2022-11-09",
        "note": "Lost etrap rights; now a city within Gyzylarbat etrap.",
    },
    {
        "tk": "Gumdag şäheri",
        "ru": "город Гумдаг",
        "en": "Gumdag City",
        "aliases": ["Gumdag"],
        "current": "balkan",
        "relation": "within",
        "date": "2022-11-09",
        "note": "Lost etrap rights; the etrap it now belongs to is not stated in the sources.",
    },
    {
        "tk": "Hazar şäheri",
        "ru": "город Хазар",
        "en": "Hazar City",
        "aliases": ["Hazar"],
        "current": "balkan",
        "relation": "within",
        "date": "2022-11-09",
        "note": "Lost etrap rights; the etrap it now belongs to is not stated in the sources.",
    },
    {
        "tk": "Gazanjyk etraby",
        "ru": "Газанджыкский этрап",
        "en": "Gazanjyk District",
        "aliases": ["Gazanjyk", "Kazandzhik"],
        "current": "balkan-bereket",
        "relation": "renamed",
        "date": "",
        "note": "Former name of Bereket etrap (date not in the sources).",
    },
    {
        "tk": "Gyzyletrek etraby",
        "ru": "Кизыл-Атрекский этрап",
        "en": "Gyzyletrek District",
        "aliases": ["Gyzyletrek", "Kizyl-Atrek"],
        "current": "balkan-etrek",
        "relation": "renamed",
        "date": "",
        "note": "Former name of Etrek etrap (date not in the sources).",
    },
    {
        "tk": "Garrygala etraby",
        "ru": "Кара-Калинский этрап",
        "en": "Garrygala District",
        "aliases": ["Garrygala", "Kara-Kala"],
        "current": "balkan-magtymguly",
        "relation": "renamed",
        "date": "",
        "note": "Former name of Magtymguly etrap (date not in the sources).",
    },
    {
        "tk": "Gurbansoltan eje adyndaky etrap",
        "ru": "этрап имени Гурбансолтан-эдже",
        "en": "Gurbansoltan Eje District",
        "aliases": ["Gurbansoltan eje", "Гурбансолтан-эдже"],
        "current": "dasoguz-akdepe",
        "relation": "merged_into",
        "date": "2022-11-09",
        "note": "Abolished and merged into Akdepe etrap (Mejlis resolution of 9 Nov 2022; the OSM "
        "wiki still lists it).",
    },
    {
        "tk": "Gubadag etraby",
        "ru": "Губадагский этрап",
        "en": "Gubadag District",
        "aliases": [],
        "current": "dasoguz-gubadag",
        "relation": "re_created",
        "date": "2022-11-09",
        "note": "Abolished 9 Nov 2022 (merged into Boldumsaz), re-created Sep 2025. Between those "
        "dates its area belonged to dasoguz-boldumsaz.",
    },
    {
        "tk": "S.A. Nyýazow adyndaky etrap",
        "ru": "этрап имени С. А. Ниязова",
        "en": "S.A. Niyazov District",
        "aliases": ["S.A. Nyýazow", "S. A. Niyazov", "Niyazov"],
        "current": "dasoguz-sabat",
        "relation": "renamed",
        "date": "2022-11-09",
        "note": "Renamed Şabat in the Nov 2022 reform (per the OSM wiki).",
    },
    {
        "tk": "Tagta etraby",
        "ru": "Тахтинский этрап",
        "en": "Tagta District",
        "aliases": ["Tagta", "Takhta"],
        "current": "dasoguz-gorogly",
        "relation": "renamed",
        "date": "",
        "note": "Former name of Görogly etrap (date not in the sources).",
    },
    {
        "tk": "Köneürgenç şäheri",
        "ru": "город Кёнеургенч",
        "en": "Koneurgench City",
        "aliases": [],
        "current": "dasoguz-koneurgenc",
        "relation": "merged_into",
        "date": "2022-11-09",
        "note": "Lost etrap rights; now a city within Köneürgenç etrap.",
    },
    {
        "tk": "Tejen şäheri",
        "ru": "город Теджен",
        "en": "Tejen City",
        "aliases": [],
        "current": "ahal-tejen",
        "relation": "merged_into",
        "date": "2022-11-09",
        "note": "Lost etrap rights; now a city within Tejen etrap.",
    },
    {
        "tk": "Farap etraby",
        "ru": "Фарапский этрап",
        "en": "Farap District",
        "aliases": [],
        "current": "lebap-farap",
        "relation": "re_created",
        "date": "2022-11-09",
        "note": "Abolished 9 Nov 2022 (merged into Çärjew), re-created Sep 2025. Between those "
        "dates its area belonged to lebap-carjew.",
    },
    {
        "tk": "Döwletli etraby",
        "ru": "Довлетлинский этрап",
        "en": "Dovletli District",
        "aliases": [],
        "current": "lebap-dowletli",
        "relation": "re_created",
        "date": "2022-11-09",
        "note": "Abolished 9 Nov 2022 (split between Hojambaz and Köýtendag), re-created Sep 2025; "
        "boundaries may differ.",
    },
    {
        "tk": "Garabekewül etraby",
        "ru": "Гарабекевюльский этрап",
        "en": "Garabekevul District",
        "aliases": [],
        "current": "lebap-garabekewul",
        "relation": "re_created",
        "date": "2017",
        "note": "Abolished 2017, re-created Sep 2025; boundaries may differ.",
    },
    {
        "tk": "Serdarabat etraby",
        "ru": "Сердарабадский этрап",
        "en": "Serdarabat District",
        "aliases": ["Serdarabat"],
        "current": "lebap-carjew",
        "relation": "renamed",
        "date": "2017",
        "note": "Named Serdarabat 2001-2017; now Çärjew etrap.",
    },
    {
        "tk": "Birata etraby",
        "ru": "Биратинский этрап",
        "en": "Birata District",
        "aliases": ["Birata"],
        "current": "lebap-darganata",
        "relation": "renamed",
        "date": "2017",
        "note": "Named Birata for a period; Darganata restored 2017.",
    },
    {
        "tk": "Galkynyş etraby",
        "ru": "этрап Галкыныш",
        "en": "Galkynysh District",
        "aliases": ["Galkynyş", "Galkynysh"],
        "current": "lebap-danew",
        "relation": "renamed",
        "date": "2017",
        "note": "Named Galkynyş for a period; Dänew restored 2017.",
    },
    {
        "tk": "Atamyrat etraby",
        "ru": "Атамуратский этрап",
        "en": "Atamyrat District",
        "aliases": ["Atamyrat", "Atamurat"],
        "current": "lebap-kerki",
        "relation": "renamed",
        "date": "2017-11",
        "note": "Named Atamyrat until Nov 2017; now Kerki etrap.",
    },
    {
        "tk": "Çarşaňňy etraby",
        "ru": "Чаршангинский этрап",
        "en": "Charshanga District",
        "aliases": ["Çarşaňňy", "Charshangy", "Charshanga", "Чаршангинский район"],
        "current": "lebap-koytendag",
        "relation": "renamed",
        "date": "",
        "note": "Former name of Köýtendag etrap (from the ru.wikipedia mirror cited in the "
        "sources).",
    },
    {
        "tk": "Oguzhan etraby",
        "ru": "Огузханский этрап",
        "en": "Oguzhan District",
        "aliases": [],
        "current": "mary-oguzhan",
        "relation": "re_created",
        "date": "2022-11-09",
        "note": "Abolished 9 Nov 2022 (split between Murgap and Sakarçäge), re-created Sep 2025 "
        "(centre Parahat); boundaries may differ.",
    },
    {
        "tk": "Serhetabat etraby",
        "ru": "Серхетабадский этрап",
        "en": "Serhetabat District",
        "aliases": ["Serhetabat", "Guşgy", "Gushgy", "Kushka", "Кушкинский этрап"],
        "current": "mary",
        "relation": "within",
        "date": "2022-11-09",
        "note": "Abolished 9 Nov 2022; the receiving etrap is not stated in the sources "
        "(possibly Tagtabazar).",
    },
]

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

INSTRUMENT_TK = {
    "iccpr": "Raýat we syýasy hukuklar hakynda Halkara pakt (1966)",
    "icescr": "Ykdysady, sosial we medeni hukuklar hakynda Halkara pakt (1966)",
    "cat": "Gynamalara we beýleki rehimsiz, adamkärçiliksiz ýa-da mertebäni kemsidýän "
    "çemeleşmelere we jezalara garşy Konwensiýa (1984)",
}

# code -> (ru, tk) for the article labels (the source has English paraphrases only).
ARTICLES: dict[str, tuple[str, str]] = {
    "iccpr:art1": (
        "Право народов на самоопределение",
        "Halklaryň öz ykbalyny özi kesgitlemek hukugy",
    ),
    "iccpr:art2": (
        "Обязанность уважать и обеспечивать права без каких-либо различий; эффективное "
        "средство правовой защиты",
        "Hukuklary hiç hili tapawutsyz hormatlamak we üpjün etmek borjy; netijeli hukuk goragy",
    ),
    "iccpr:art3": (
        "Равное право мужчин и женщин на пользование правами по Пакту",
        "Erkekleriň we aýallaryň Paktdaky hukuklardan deň peýdalanmak hukugy",
    ),
    "iccpr:art4": (
        "Отступление от обязательств при чрезвычайном положении (пределы; права, не "
        "допускающие отступлений)",
        "Adatdan daşary ýagdaýda borçnamalardan çekilmek (çäkleri; çäklendirilip bilinmeýän "
        "hukuklar)",
    ),
    "iccpr:art5": (
        "Недопустимость толкования, направленного на уничтожение прав по Пакту",
        "Paktdaky hukuklary ýok etmäge gönükdirilen düşündirişiň gadagan edilmegi",
    ),
    "iccpr:art6": (
        "Право на жизнь; ограничения смертной казни",
        "Ýaşamak hukugy; ölüm jezasynyň çäklendirilmegi",
    ),
    "iccpr:art7": (
        "Запрет пыток и жестокого, бесчеловечного или унижающего достоинство обращения или "
        "наказания; запрет медицинских и научных опытов без согласия",
        "Gynamalardan we rehimsiz, adamkärçiliksiz ýa-da mertebäni kemsidýän çemeleşmeden ýa-da "
        "jezadan azat bolmak; razylyksyz lukmançylyk we ylmy synaglaryň gadagan edilmegi",
    ),
    "iccpr:art8": (
        "Запрет рабства, подневольного состояния и принудительного или обязательного труда",
        "Gulçulykdan, kölelikden we mejbury ýa-da hökmany zähmetden azat bolmak",
    ),
    "iccpr:art9": (
        "Право на свободу и личную неприкосновенность; запрет произвольного ареста или задержания",
        "Azatlyk we şahsy howpsuzlyk hukugy; esassyz tussag etmekden ýa-da saklamakdan azat bolmak",
    ),
    "iccpr:art10": (
        "Гуманное обращение с лицами, лишёнными свободы",
        "Azatlykdan mahrum edilen adamlara ynsanperwer çemeleşmek",
    ),
    "iccpr:art11": (
        "Запрет лишения свободы за неспособность выполнить договорное обязательство",
        "Şertnama borjuny ýerine ýetirip bilmänligi üçin azatlykdan mahrum etmegiň gadagan "
        "edilmegi",
    ),
    "iccpr:art12": (
        "Свобода передвижения и выбора места жительства; право покидать любую страну и "
        "возвращаться в свою страну",
        "Erkin hereket etmek we ýaşaýan ýerini saýlamak azatlygy; islendik ýurtdan çykmak we öz "
        "ýurduna gaýdyp gelmek hukugy",
    ),
    "iccpr:art13": (
        "Процессуальные гарантии при высылке законно находящихся иностранцев",
        "Kanuny ýagdaýda ýaşaýan daşary ýurtlulary ýurtdan çykarmakda iş ýörediş kepillikleri",
    ),
    "iccpr:art14": (
        "Равенство перед судами; справедливое и публичное разбирательство; гарантии "
        "справедливого суда по уголовным делам",
        "Kazyýetleriň öňünde deňlik; adalatly we aýan kazyýet diňlenişigi; jenaýat işlerinde "
        "adalatly kazyýet kepillikleri",
    ),
    "iccpr:art15": (
        "Недопустимость обратной силы уголовного закона и более тяжкого наказания",
        "Jenaýat jogapkärçiliginiň we has agyr jezanyň yzyna güýjüniň ýoklugy",
    ),
    "iccpr:art16": (
        "Право на признание правосубъектности",
        "Kanunyň öňünde hukuk subýekti hökmünde ykrar edilmek hukugy",
    ),
    "iccpr:art17": (
        "Неприкосновенность частной и семейной жизни, жилища и тайны корреспонденции; защита "
        "чести и репутации",
        "Şahsy we maşgala durmuşyna, ýaşaýyş jaýyna we hat alyşmanyň gizlinligine "
        "eldegrilmesizlik; at-abraýy goramak",
    ),
    "iccpr:art18": (
        "Свобода мысли, совести и религии",
        "Pikir, wyždan we din azatlygy",
    ),
    "iccpr:art19": (
        "Свобода убеждений и их свободного выражения",
        "Garaýyş we söz azatlygy",
    ),
    "iccpr:art20": (
        "Запрет пропаганды войны и выступлений в пользу национальной, расовой или религиозной "
        "ненависти",
        "Urşy wagyz etmegiň we milli, rasa ýa-da dini ýigrenji öjükdirmegiň gadagan edilmegi",
    ),
    "iccpr:art21": (
        "Право на мирные собрания",
        "Parahatçylykly ýygnanyşyklar hukugy",
    ),
    "iccpr:art22": (
        "Свобода ассоциации, включая право создавать профсоюзы",
        "Birleşmek azatlygy, şol sanda kärdeşler arkalaşyklaryny döretmek hukugy",
    ),
    "iccpr:art23": (
        "Защита семьи; право на вступление в брак и создание семьи",
        "Maşgalany goramak; nika baglaşmak we maşgala gurmak hukugy",
    ),
    "iccpr:art24": (
        "Права ребёнка (защита, регистрация рождения, имя, гражданство)",
        "Çaganyň hukuklary (gorag, doglanda hasaba alynmak, at, raýatlyk)",
    ),
    "iccpr:art25": (
        "Участие в ведении государственных дел; право избирать и быть избранным; доступ к "
        "государственной службе",
        "Döwlet işlerini dolandyrmaga gatnaşmak; saýlamak we saýlanmak hukugy; döwlet gullugyna "
        "deň elýeterlilik",
    ),
    "iccpr:art26": (
        "Равенство перед законом и равная защита; запрет дискриминации",
        "Kanunyň öňünde deňlik we deň gorag; kemsitmegiň gadagan edilmegi",
    ),
    "iccpr:art27": (
        "Права этнических, религиозных и языковых меньшинств",
        "Etniki, dini we dil azlyklarynyň hukuklary",
    ),
    "icescr:art1": (
        "Право народов на самоопределение",
        "Halklaryň öz ykbalyny özi kesgitlemek hukugy",
    ),
    "icescr:art2": (
        "Постепенное осуществление в максимальных пределах имеющихся ресурсов; недискриминация",
        "Bar bolan serişdeleriň iň ýokary çäginde tapgyrlaýyn durmuşa geçirmek; kemsitmezlik",
    ),
    "icescr:art3": (
        "Равное право мужчин и женщин на пользование правами по Пакту",
        "Erkekleriň we aýallaryň Paktdaky hukuklardan deň peýdalanmak hukugy",
    ),
    "icescr:art4": ("Допустимые ограничения", "Rugsat berilýän çäklendirmeler"),
    "icescr:art5": (
        "Недопустимость толкования, умаляющего права по Пакту (оговорка о сохранении прав)",
        "Paktdaky hukuklary kemeldýän düşündirişiň gadagan edilmegi",
    ),
    "icescr:art6": ("Право на труд", "Zähmet çekmek hukugy"),
    "icescr:art7": (
        "Справедливые и благоприятные условия труда",
        "Adalatly we amatly zähmet şertleri",
    ),
    "icescr:art8": (
        "Профсоюзные права, включая право на забастовку",
        "Kärdeşler arkalaşyklarynyň hukuklary, şol sanda iş taşlaýyş hukugy",
    ),
    "icescr:art9": (
        "Социальное обеспечение, включая социальное страхование",
        "Sosial üpjünçilik, şol sanda sosial ätiýaçlandyryş",
    ),
    "icescr:art10": (
        "Защита семьи, матерей и детей",
        "Maşgalany, eneleri we çagalary goramak",
    ),
    "icescr:art11": (
        "Достаточный жизненный уровень (питание, одежда, жилище); свобода от голода",
        "Ýeterlik durmuş derejesi (iýmit, egin-eşik, ýaşaýyş jaýy); açlykdan azat bolmak",
    ),
    "icescr:art12": (
        "Наивысший достижимый уровень физического и психического здоровья",
        "Beden we ruhy saglygyň ýetip bolýan iň ýokary derejesi",
    ),
    "icescr:art13": ("Право на образование", "Bilim almak hukugy"),
    "icescr:art14": (
        "План мероприятий по введению обязательного бесплатного начального образования",
        "Hökmany we mugt başlangyç bilimi girizmek boýunça hereketler meýilnamasy",
    ),
    "icescr:art15": (
        "Участие в культурной жизни; пользование результатами научного прогресса; защита "
        "интересов авторов",
        "Medeni durmuşa gatnaşmak; ylmy ösüşiň netijelerinden peýdalanmak; awtorlaryň ahlak we "
        "maddy bähbitlerini goramak",
    ),
    "cat:art1": ("Определение пытки", "Gynamanyň kesgitlemesi"),
    "cat:art2": (
        "Эффективные меры по предупреждению пыток; никакие исключительные обстоятельства не "
        "служат оправданием",
        "Gynamalaryň öňüni almak boýunça netijeli çäreler; hiç hili adatdan daşary ýagdaý "
        "aklanmaga esas bolup bilmez",
    ),
    "cat:art3": (
        "Недопустимость высылки или выдачи при угрозе пыток",
        "Gynalmak howpy bar bolan ýurda gaýtarmagyň gadagan edilmegi",
    ),
    "cat:art4": (
        "Уголовная ответственность за все акты пыток",
        "Gynamanyň ähli hereketleri üçin jenaýat jogapkärçiligi",
    ),
    "cat:art5": ("Установление юрисдикции", "Ýurisdiksiýany bellemek"),
    "cat:art6": (
        "Задержание и предварительное расследование в отношении предполагаемых преступников",
        "Güman edilýän jenaýatçylary tussag etmek we deslapky derňew",
    ),
    "cat:art7": (
        "Уголовное преследование или выдача; справедливое обращение с обвиняемым",
        "Jenaýat jogapkärçiligine çekmek ýa-da beýleki döwlete bermek; aýyplanýana adalatly "
        "çemeleşmek",
    ),
    "cat:art8": (
        "Пытка как преступление, влекущее выдачу",
        "Gynama beýleki döwlete berilmegine esas bolýan jenaýat hökmünde",
    ),
    "cat:art9": ("Взаимная правовая помощь", "Özara hukuk kömegi"),
    "cat:art10": (
        "Просвещение и подготовка сотрудников правоохранительных органов, медицинского и иного "
        "персонала",
        "Hukuk goraýjy edaralaryň, lukmançylyk we beýleki işgärleriň bilimi we taýýarlygy",
    ),
    "cat:art11": (
        "Систематический пересмотр правил и практики допроса и содержания под стражей",
        "Sorag etmegiň we tussaglykda saklamagyň düzgünlerine we tejribesine yzygiderli gözegçilik",
    ),
    "cat:art12": ("Быстрое и беспристрастное расследование", "Çalt we bitarap derňew"),
    "cat:art13": (
        "Право на подачу жалобы; защита заявителей и свидетелей",
        "Şikaýat etmek hukugy; şikaýatçylary we şaýatlary goramak",
    ),
    "cat:art14": (
        "Возмещение ущерба, компенсация и реабилитация",
        "Zyýanyň öweziniň dolunmagy, kompensasiýa we reabilitasiýa",
    ),
    "cat:art15": (
        "Недопустимость использования заявлений, полученных под пыткой",
        "Gynamanyň netijesinde alnan görkezmeleriň subutnama hökmünde ulanylmazlygy",
    ),
    "cat:art16": (
        "Предупреждение других видов жестокого, бесчеловечного или унижающего достоинство "
        "обращения и наказания",
        "Beýleki rehimsiz, adamkärçiliksiz ýa-da mertebäni kemsidýän çemeleşmäniň we jezanyň "
        "öňüni almak",
    ),
}

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
ACT_RU: dict[str, str] = {
    # blanked block 010109000000-010190080000
    "010109000000": "Покушения на убийство",
    "010190000000": "Другие непосредственные действия, нарушающие право на жизнь",
    "010190010000": "Смерть в результате пыток или жестокого обращения",
    "010190020000": "Смерть от естественных причин, усугублённая физическим, психологическим "
    "и/или сексуальным насилием",
    "010190030000": "Смерть в результате халатности",
    "010190030100": "Смерть в результате лишения пищи",
    "010190030200": "Смерть в результате отказа в надлежащей медицинской помощи",
    "010190030300": "Смерть в результате сокрытия важной информации",
    "010190040000": "Смерть в результате умысла на причинение увечья",
    "010190050000": "Смерть в мнимых / «инсценированных» несчастных случаях",
    "010190060000": "Доведение до самоубийства",
    "010190070000": "Эвтаназия",
    "010190080000": "Убийство по ошибке (не та цель)",
    # flagged by the compilers' keyword check (label belonged to another term)
    "352100000000": "Нарушения прав обвиняемых и подозреваемых на уровне законодательства или "
    "политики",
    "550100000000": "Непосредственные действия, нарушающие право на образование",
    # found by check_sibling_labels: the label of 552103000000 repeated
    "552101000000": "Опубликование закона или политики, нарушающих право на образование",
    # wrong meaning or English left in the label
    "010101050100": "Убийство из-за приданого",
    "010101050200": "Сожжение невесты",
    "010101050500": "Убийство при съёмке «снафф»-фильмов",
    "010102020000": "Умерщвление плода (фетицид)",
    "010103010000": "Убийства между участниками боевых действий",
    "010104000000": "Смерть во время резни или массовых убийств",
    "020103020000": "Угрозы убийством",
    "020103020100": "Угрозы убийством жертве",
    "020103020200": "Угрозы убийством семье жертвы",
    "020103020300": "Угрозы убийством друзьям и коллегам жертвы",
    "020103050000": "Сексуальные домогательства",
    "040101000000": "Незаконный обыск / облава",
    "050102000000": "Изгнание из страны",
    "112103000000": "Опубликование закона или политики, снижающих гарантии свободы веры/мнения",
    "140101000000": "Диффамация",
    "140101020000": "Клевета в печати",
    "162104000000": "Научные исследования (финансируемые государством), не направленные на "
    "улучшение здоровья",
    "300102080000": "Отказ в оплате праздничных дней",
    "350102000000": "Отказ в праве на достаточное время и возможности для подготовки защиты",
    "350103000000": "Отказ в праве на беспристрастный суд",
    "350104000000": "Отказ в праве на независимый суд",
    "350106000000": "Отказ в праве на равенство процессуальных возможностей сторон",
    "350107000000": "Отказ в праве на безотлагательное и подробное уведомление об обвинении",
    "350111000000": "Отказ в праве на определение обоснованности уголовного обвинения",
    # these two labels are swapped in the source
    "360102000000": "Отказ в надлежащих условиях содержания задержанных и заключённых",
    "360102010000": "Отказ в праве на гуманное и уважительное обращение",
    "360105010000": "Отказ в праве ходатайствовать о смягчении наказания",
    "540101000000": "Истощение природных ресурсов",
    # typos
    "010106040000": "Смерть в лагере беженцев или в эвакуационном центре",
    "022103000000": "Обнародование закона или политики, уменьшающих гарантии неприкосновенности "
    "личности",
    "032111000000": "Отсутствие закона или политики, гарантирующих/реализующих право на свободу",
    "104100000000": "Частный случай нереализации права на самовыражение",
    "140100000000": "Непосредственные действия, нарушающие право на защиту репутации",
    "160103000000": "Патенты, выдаваемые на изобретения или продукцию, несовместимые с "
    "общественным порядком или моралью",
    "160104000000": "Патенты, выдаваемые на изобретения или продукцию, посягающие на чьи-либо "
    "права",
    "162101000000": "Опубликование закона или политики, нарушающих право пользования "
    "достижениями научного прогресса",
    "162102000000": "Отмена закона или политики, гарантировавших право пользования достижениями "
    "научного прогресса",
    "170000000000": "Нарушения права на участие в политической жизни",
    "170100000000": "Непосредственные действия, нарушающие право на участие в политической жизни",
    "300104050000": "Отказ в проведении профсоюзного собрания",
    "300106020000": "Принятие закона о минимальной заработной плате без надлежащих консультаций",
    "330104000000": "Отказ в праве на воссоединение семьи",
    "350119000000": "Отказ в праве на возбуждение судебного разбирательства",
    "360101010000": "Отказ в праве на возбуждение судебного разбирательства",
    "360101030000": "Отказ в праве на апелляцию",
    "360103000000": "Отказ в законных правах арестованных",
    "503100000000": "Нереализация закона или политики, осуществляющих право на социальное "
    "обеспечение",
    "522102000000": "Отмена закона или политики, гарантировавших право на достаточное питание",
    "530102000000": "Отказ выделять дотации на медицинское обслуживание тем, кто не может "
    "позволить себе элементарный уход за здоровьем",
    "540101010000": "Загрязнение",
    "550000000000": "Нарушения права на образование",
    "550101000000": "Чрезмерно высокая плата за обучение",
}

# Systematic mistranslations in whole branches: (code prefix, wrong, right) (review: ru).
ACT_RU_REPLACE: list[tuple[str, str, str]] = [
    ("34", "нетрудоспособных людей", "лиц с инвалидностью"),
    ("04", "конфиденциальность", "неприкосновенность частной жизни"),
    ("04", "конфиденциальности", "неприкосновенности частной жизни"),
    ("50", "социальную безопасность", "социальное обеспечение"),
    ("50", "социальной безопасности", "социального обеспечения"),
]

# The right each branch is about, as (genitive, accusative) Turkmen noun phrases, used to
# write the many regular labels ("Repeal of law or policy which used to guarantee <right>").
ACT_RIGHT_TK: dict[str, tuple[str, str]] = {
    "01": ("ýaşamak hukugynyň", "ýaşamak hukugyny"),
    "02": ("şahsy eldegrilmesizligiň", "şahsy eldegrilmesizligi"),
    "03": ("azatlyk hukugynyň", "azatlyk hukugyny"),
    "04": ("şahsy durmuşa eldegrilmesizlik hukugynyň", "şahsy durmuşa eldegrilmesizlik hukugyny"),
    "05": (
        "erkin hereket etmek we ýaşaýan ýerini saýlamak hukugynyň",
        "erkin hereket etmek we ýaşaýan ýerini saýlamak hukugyny",
    ),
    "06": ("aýallaryň we erkekleriň deňhukuklylygynyň", "aýallaryň we erkekleriň deňhukuklylygyny"),
    "07": (
        "nika baglaşmak we maşgala gurmak hukugynyň",
        "nika baglaşmak we maşgala gurmak hukugyny",
    ),
    "08": ("reproduktiw hukuklaryň", "reproduktiw hukuklary"),
    "09": ("maglumat almak hukugynyň", "maglumat almak hukugyny"),
    "10": ("pikirini beýan etmek azatlygynyň", "pikirini beýan etmek azatlygyny"),
    "11": ("ynanç we garaýyş azatlygynyň", "ynanç we garaýyş azatlygyny"),
    "12": (
        "birleşikler döretmek we ýygnanyşyk azatlygynyň",
        "birleşikler döretmek we ýygnanyşyk azatlygyny",
    ),
    "13": ("emläge eýeçilik etmek hukugynyň", "emläge eýeçilik etmek hukugyny"),
    "14": ("at-abraýyny goramak hukugynyň", "at-abraýyny goramak hukugyny"),
    "15": (
        "döredijilik işi üçin zerur bolan azatlygyň",
        "döredijilik işi üçin zerur bolan azatlygy",
    ),
    "16": (
        "ylmy ösüşiň netijelerinden peýdalanmak hukugynyň",
        "ylmy ösüşiň netijelerinden peýdalanmak hukugyny",
    ),
    "17": ("syýasy durmuşa gatnaşmak hukugynyň", "syýasy durmuşa gatnaşmak hukugyny"),
    "30": ("zähmet hukuklarynyň", "zähmet hukuklaryny"),
    "31": ("çagalaryň we ýetginjekleriň hukuklarynyň", "çagalaryň we ýetginjekleriň hukuklaryny"),
    "32": ("ýaşy ulularyň hukuklarynyň", "ýaşy ulularyň hukuklaryny"),
    "33": ("daşary ýurt raýatlarynyň hukuklarynyň", "daşary ýurt raýatlarynyň hukuklaryny"),
    "34": ("maýyplygy bolan adamlaryň hukuklarynyň", "maýyplygy bolan adamlaryň hukuklaryny"),
    "35": (
        "aýyplanýan ýa-da güman edilýän adamlaryň hukuklarynyň",
        "aýyplanýan ýa-da güman edilýän adamlaryň hukuklaryny",
    ),
    "36": (
        "tussag edilen ýa-da azatlykdan mahrum edilen adamlaryň hukuklarynyň",
        "tussag edilen ýa-da azatlykdan mahrum edilen adamlaryň hukuklaryny",
    ),
    "37": ("azlyklaryň hukuklarynyň", "azlyklaryň hukuklaryny"),
    "38": ("bosgunlaryň hukuklarynyň", "bosgunlaryň hukuklaryny"),
    "50": ("sosial üpjünçilik hukugynyň", "sosial üpjünçilik hukugyny"),
    "51": ("ýeterlik ýaşaýyş jaýyna bolan hukugyň", "ýeterlik ýaşaýyş jaýyna bolan hukugy"),
    "52": ("ýeterlik iýmite bolan hukugyň", "ýeterlik iýmite bolan hukugy"),
    "53": ("saglyga bolan hukugyň", "saglyga bolan hukugy"),
    "54": ("sagdyn daşky gurşawa bolan hukugyň", "sagdyn daşky gurşawa bolan hukugy"),
    "55": ("bilim almak hukugynyň", "bilim almak hukugyny"),
    "56": ("medeni durmuşa gatnaşmak hukugynyň", "medeni durmuşa gatnaşmak hukugyny"),
    "work": ("zähmet çekmek hukugynyň", "zähmet çekmek hukugyny"),
}
# Terms under the labour branch that are about the right to work, not labour rights in general.
ACT_RIGHT_OVERRIDE = {
    "302111010000": "work",
    "303101000000": "work",
    "304101000000": "work",
}

# (English pattern, Turkmen template); {gen} / {acc} are the branch's right (see above) and
# {law} is "kanunyň ýa-da syýasatyň" or "kanunyň" following the English text.
ACT_TK_PATTERNS: list[tuple[str, str]] = [
    (r"^Direct actions which violate ", "{acc} bozýan gönüden-göni hereketler"),
    (r" in terms of legislation or policy-making$", "Kanunçylykda ýa-da syýasatda {gen} bozulmagy"),
    (r"^Promulgation of law or policy which violates? ", "{acc} bozýan {law} kabul edilmegi"),
    (
        r"^Promulgation of law or policy which reduces ",
        "{gen} kepilliklerini azaldýan {law} kabul edilmegi",
    ),
    (
        r"^Repeal of law (or policy )?which (used to guarantee|guarantees) ",
        "{acc} kepillendiren {law} ýatyrylmagy",
    ),
    (
        r"^Lack of law (or policy )?(to guarantee|which guarantees|fulfilling)",
        "{acc} kepillendirýän ýa-da durmuşa geçirýän {law} ýoklugy",
    ),
    (
        r"^Non-implementation of law or policy to fulfil ",
        "{acc} durmuşa geçirmäge gönükdirilen {law} ýerine ýetirilmezligi",
    ),
    (r"^Instance of non-fulfilment of ", "{gen} durmuşa geçirilmezliginiň aýratyn ýagdaýy"),
]

# Turkmen labels written term by term: all top-level terms and every term that does not follow
# one of the regular patterns above.
ACT_TK: dict[str, str] = {
    # level 0
    "010000000000": "Ýaşamak hukugynyň bozulmagy",
    "020000000000": "Şahsy eldegrilmesizligiň bozulmagy",
    "030000000000": "Azatlyk hukugynyň bozulmagy",
    "040000000000": "Şahsy durmuşa eldegrilmesizlik hukugynyň bozulmagy",
    "050000000000": "Erkin hereket etmek we ýaşaýan ýerini saýlamak hukugynyň bozulmagy",
    "060000000000": "Aýallaryň we erkekleriň deňhukuklylygynyň bozulmagy",
    "070000000000": "Nika baglaşmak we maşgala gurmak hukugynyň bozulmagy",
    "080000000000": "Reproduktiw hukuklaryň bozulmagy",
    "090000000000": "Maglumat almak hukugynyň bozulmagy",
    "100000000000": "Pikirini beýan etmek azatlygynyň bozulmagy",
    "110000000000": "Ynanç we garaýyş azatlygynyň bozulmagy",
    "120000000000": "Birleşikler döretmek we ýygnanyşyk azatlygynyň bozulmagy",
    "130000000000": "Emläge eýeçilik etmek hukugynyň bozulmagy",
    "140000000000": "At-abraýyny goramak hukugynyň bozulmagy",
    "150000000000": "Döredijilik işi üçin zerur bolan azatlygyň bozulmagy",
    "160000000000": "Ylmy ösüşiň netijelerinden peýdalanmak hukugynyň bozulmagy",
    "170000000000": "Syýasy durmuşa gatnaşmak hukugynyň bozulmagy",
    "300000000000": "Zähmet hukuklarynyň bozulmagy",
    "310000000000": "Çagalaryň we ýetginjekleriň hukuklarynyň bozulmagy",
    "320000000000": "Ýaşy ulularyň hukuklarynyň bozulmagy",
    "330000000000": "Daşary ýurt raýatlarynyň hukuklarynyň bozulmagy",
    "340000000000": "Maýyplygy bolan adamlaryň hukuklarynyň bozulmagy",
    "350000000000": "Aýyplanýan adamlaryň hukuklarynyň bozulmagy",
    "360000000000": "Tussag edilen ýa-da azatlykdan mahrum edilen adamlaryň hukuklarynyň bozulmagy",
    "370000000000": "Azlyklaryň hukuklarynyň bozulmagy",
    "380000000000": "Bosgunlaryň hukuklarynyň bozulmagy",
    "500000000000": "Sosial üpjünçilik, şol sanda sosial ätiýaçlandyryş hukugynyň bozulmagy",
    "510000000000": "Ýeterlik ýaşaýyş jaýyna bolan hukugyň bozulmagy",
    "520000000000": "Ýeterlik iýmite bolan hukugyň bozulmagy",
    "530000000000": "Beden we ruhy saglygyň ýetip bolýan iň ýokary derejesine bolan hukugyň "
    "bozulmagy",
    "540000000000": "Sagdyn daşky gurşawa bolan hukugyň bozulmagy",
    "550000000000": "Bilim almak hukugynyň bozulmagy",
    "560000000000": "Medeni durmuşa gatnaşmak hukugynyň bozulmagy",
    "700000000000": "Halklaryň ösüşe bolan hukugynyň bozulmagy",
    "710000000000": "Halklaryň parahatçylyga bolan hukugynyň bozulmagy",
    "720000000000": "Halklaryň öz ykbalyny özi kesgitlemek hukugynyň bozulmagy",
    "730000000000": "Halklaryň tebigy baýlyklaryna we serişdelerine erk etmek hukugynyň bozulmagy",
    "900000000000": "Beýlekiler",
    # level 1 (the rest follow the patterns)
    "020100000000": "Şahsy eldegrilmesizligiň gönüden-göni bozulmagy",
    # right to life
    "010101000000": "Belli bir adamlary bilkastlaýyn öldürmek",
    "010101010000": "Gysga tertipde jezalandyryp öldürmek",
    "010101020000": "Kazyýetden daşary jezalandyryp öldürmek",
    "010101030000": "Ölüm jezasy (kanuny esasda jezalandyryp öldürmek)",
    "010101040000": "Döwlete degişli bolmadyk şahslaryň syýasy sebäpli adam öldürmegi",
    "010101050000": "Adam öldürmek (adaty jenaýat hökmünde garalmaly bilkastlaýyn öldürmek)",
    "010101050100": "Sep sebäpli öldürmek",
    "010101050200": "Gelni ýakyp öldürmek",
    "010101050300": "Dessuryň bir bölegi hökmünde öldürmek",
    "010101050400": "Zorlap öldürmek",
    "010101050500": "Snaff filmlerinde öldürmek",
    "010102000000": "Belli bir aýratynlyklary bolan adamlary öldürmek",
    "010102010000": "Bäbek öldürmek",
    "010102020000": "Düwünçegi öldürmek",
    "010102030000": "Ata-enesini ýa-da ýakyn garyndaşyny öldürmek",
    "010103000000": "Gapma-garşylyk şertlerinde adam öldürmek",
    "010103010000": "Söweşijileriň arasynda öldürmek",
    "010103020000": "Söweşe gatnaşmaýan adamy bilkastlaýyn öldürmek",
    "010103030000": "Söweşe gatnaşmaýan adamyň atyşykda ölmegi",
    "010104000000": "Gyrgynçylykda ýa-da köpçülikleýin öldürmekde ölüm",
    "010105000000": "Saýlamazdan / tötänleýin öldürmek",
    "010105010000": "Demonstrasiýalarda, märekäni dargatmakda we şuňa meňzeş wakalarda öldürmek",
    "010105020000": "Bombalamak ýaly saýlamazdan edilýän hüjümlerde öldürmek",
    "010105030000": "Atyşyga düşüp ölmek, meselem, polisiýa operasiýalarynda",
    "010106000000": "Belli bir ýerlerde ölüm",
    "010106010000": "Tussaglykda ýa-da polisiýanyň gözegçiliginde ölüm",
    "010106020000": "Gyryş, konsentrasion ýa-da zähmet lagerlerinde ölüm",
    "010106030000": "Ýolda ölüm, meselem, deportasiýada ýa-da mejbury pyýada göçde",
    "010106040000": "Bosgunlar ýa-da ewakuasiýa merkezinde ölüm",
    "010107000000": "Näbelli sebäplerden ölüm",
    "010108000000": "Düşündirilmedik öldürmeler",
    "010109000000": "Adam öldürmäge synanyşyk",
    "010190000000": "Ýaşamak hukugyny bozýan beýleki gönüden-göni hereketler",
    "010190010000": "Gynamanyň ýa-da zalymlygyň netijesinde ölüm",
    "010190020000": "Fiziki, psihologik we/ýa-da jynsy zorluk bilen agyrlaşdyrylan tebigy "
    "sebäplerden ölüm",
    "010190030000": "Biperwaýlygyň netijesinde ölüm",
    "010190030100": "Iýmit berilmezliginiň netijesinde ölüm",
    "010190030200": "Degişli lukmançylyk kömeginiň berilmezliginiň netijesinde ölüm",
    "010190030300": "Zerur maglumatyň gizlenmeginiň netijesinde ölüm",
    "010190040000": "Maýyp etmek niýetiniň netijesinde ölüm",
    "010190050000": "Galp ýa-da sahnalaşdyrylan betbagtçylykly hadysalarda ölüm",
    "010190060000": "Öz-özüni öldürmäge mejbur etmek",
    "010190070000": "Ýewtanaziýa",
    "010190080000": "Ýalňyşlykda öldürmek (nädogry nyşana)",
    "012101000000": "Ölüm jezasyny girizýän kanunyň ýa-da syýasatyň kabul edilmegi",
    "012102000000": "Ölüm jezasyny gadagan edýän kanunyň ýatyrylmagy",
    "012103000000": "Ölüm jezasy berilýän jenaýatlaryň sanyny artdyrýan kanunyň ýa-da "
    "syýasatyň kabul edilmegi",
    "012111000000": "Ölüm jezasyny gadagan edýän kanunyň ýoklugy",
    # personal integrity
    "020101000000": "Fiziki zorluk, şol sanda maşgaladaky zorluk",
    "020102000000": "Jynsy zorluk",
    "020102010000": "Aýallaryň jyns agzalaryny kesip maýyp etmek",
    "020103000000": "Psihologik zorluk, azar bermek",
    "020103010000": "Haýbat (ölüm haýbatyndan başga)",
    "020103010100": "Pidanyň özüne haýbat",
    "020103010200": "Pidanyň maşgalasyna haýbat",
    "020103010300": "Pidanyň dostlaryna we işdeşlerine haýbat",
    "020103020000": "Ölüm haýbaty",
    "020103020100": "Pidanyň özüne ölüm haýbaty",
    "020103020200": "Pidanyň maşgalasyna ölüm haýbaty",
    "020103020300": "Pidanyň dostlaryna we işdeşlerine ölüm haýbaty",
    "020103030000": "Gizlin gözegçilik",
    "020103040000": "Yzarlamak",
    "020103050000": "Jynsy azar bermek",
    "020111000000": "Fiziki, jynsy we psihologik taraplary bolan zorluklar",
    "020111010000": "Zorlamak",
    "020111020000": "Zorlamaga synanyşyk",
    "020111030000": "Jynsy hüjüm / jynsy azar",
    "020111110000": "Gynamak",
    "020121000000": "Köpçülikleýin tussag etmekden ýa-da komendant sagadyndan başga "
    "köpçülikleýin jezalar",
    "022101000000": "Ýerine ýetirilmegi şahsy eldegrilmesizligi bozýan kanunyň ýa-da syýasatyň "
    "kabul edilmegi",
    # liberty
    "030101000000": "Tussag etmek",
    "030102000000": "Tussaglykda saklamak, türmä basmak",
    "030102010000": "Bikanun tussag edilende boşatmakdan ýüz öwürmek",
    "030102020000": "Kazyýete çenli boşatmakdan ýüz öwürmek",
    "030102030000": "Girew bilen boşatmakdan ýüz öwürmek",
    "030103000000": "Dereksiz ýitirim etmek",
    "030104000000": "Adam ogurlamak",
    "030105000000": "Öý tussaglygy",
    "030106000000": "Gulçulyk",
    "030107000000": "Köpçülikleýin tussag etmek",
    "030108000000": "Komendant sagady",
    # privacy
    "040101000000": "Bikanun gözleg / duýdansyz basyp girmek",
    # movement and residence
    "050101000000": "Ýurduň içinde sürgün etmek",
    "050102000000": "Sürgün etmek",
    "050103000000": "Ýaşaýyş jaýyndan çykarmak",
    "050104000000": "Mejbury göçürmek",
    "050105000000": "Gabaw (blokada)",
    "050106000000": "Sapara çykmagy çäklendirmek",
    "050107000000": "Yzyna gaýdyp gelmek hukugyndan mahrum etmek",
    # equality of the sexes
    "060101000000": "Jynslaryň birine egin-eşik boýunça çäklendirmeler",
    "060102000000": "Aýallaryň hereket etmegine girizilen hakyky çäklendirmeler",
    "060103000000": "Garşy jyns bilen işlemegi ýa-da aragatnaşyk saklamagy çäklendirmek",
    "060104000000": "Aýallara ulag sürmäge rugsat berilmezligi",
    # marriage and family
    "070101000000": "Nikany gadagan etmek",
    "070102000000": "Mejbury nika",
    # reproductive rights
    "080101000000": "Mejbury sterilizasiýa",
    "080102000000": "Mejbury kontrasepsiýa",
    "080103000000": "Mejbury göwrelilik bozmak (abort)",
    "080104000000": "Kontrasepsiýa serişdelerine elýeterliligiň öňüni almak",
    "080105000000": "Mejbury göwrelilik",
    "080106000000": "Zorlamagyň, jynsy azaryň, maýyp etmegiň we ş.m. netijesinde ýokançlyk",
    # information
    "090101000000": "Maglumaty gizlemek",
    "090102000000": "Maglumatyň barlygyny inkär etmek",
    # expression
    "100101000000": "Senzura",
    "100102000000": "Neşir etmegi çäklendirmek",
    "100103000000": "Bar bolan materiallary gadagan etmek",
    "100104000000": "Çykyş etmegi gadagan etmek",
    "100105000000": "Sahna çykyşlaryny gadagan etmek",
    "100106000000": "Iki jynsyň hem egin-eşigini çäklendirmek",
    # belief / opinion
    "110101000000": "Dini däp-dessurlary berjaý etmegi çäklendirmek",
    "110102000000": "Belli bir ideologiýany wagyz etmegi çäklendirmek",
    # association and assembly
    "120101000000": "Edarany (ofisi) ýapmak",
    "120102000000": "Duýdansyz basyp girmek, bikanun gözleg",
    "120103000000": "Topary gadagan etmek",
    "120104000000": "Gizlin gözegçilik",
    "120105000000": "Ýygnanyşyklary / üýşmeleňleri çäklendirmek",
    "120106000000": "Ýygnagy / köpçülikleýin çäräni gadagan etmek",
    # property
    "130101000000": "Talaňçylyk; ogurlyk",
    "130102000000": "Wandalizm (bilkastlaýyn zaýalamak)",
    "130103000000": "Weýran etmek",
    "130104000000": "Gorkuzyp talap etmek (reket)",
    "130105000000": "Gurluşyk rugsadyny bermekden ýüz öwürmek",
    "130106000000": "Ýer resminamalaryny we emläge degişli beýleki resminamalary elinden almak",
    "130107000000": "Emlägi elinden almak (konfiskasiýa)",
    "130108000000": "Ýeri elinden almak (ekspropriasiýa)",
    # reputation
    "140101000000": "Abraýdan düşürmek (diffamasiýa)",
    "140101010000": "Töhmet (dilden)",
    "140101020000": "Töhmet (ýazmaça)",
    # science
    "160101000000": "Adam mertebesine garşy gelýän ylmy tejribeler",
    "160102000000": "Ylmyň peýdalarynyň ilatyň köpçüligi üçin elýeter bolmazlygy",
    "160103000000": "Jemgyýetçilik tertibine ýa-da ahlaga garşy gelýän oýlap tapyşa ýa-da önüme "
    "berlen patentler",
    "160104000000": "Hukuklary bozýan oýlap tapyşa ýa-da önüme berlen patentler",
    "162104000000": "Saglygy gowulandyrmaga gönükdirilmedik (döwlet tarapyndan "
    "maliýeleşdirilýän) ylmy barlaglar",
    # political participation
    "170101000000": "Ses bermek hukugyndan mahrum etmek",
    "170102000000": "Dalaşgär bolmak hukugyndan mahrum etmek",
    "170103000000": "Wekilçilik edilmek hukugyndan mahrum etmek",
    "170104000000": "Saýlawlarda galplyk",
    "170105000000": "Saýlawlarda gorkuzmak",
    "170105010000": "Saýlaw kampaniýasyna gatnaşyjylary yzarlamak",
    # labour
    "300101000000": "Zähmet çekmek hukugynyň bozulmagy",
    "300101010000": "Işe almakda kemsitmek",
    "300102000000": "Aýry işgäriň hukuklarynyň bozulmagy",
    "300102010000": "Meýletin däl ýa-da mejbury zähmet",
    "300102020000": "Zähmet hakyny bermezlik",
    "300102030000": "Iş ygtyýarnamasyny çäklendirmek ýa-da ýatyrmak",
    "300102040000": "Işgäriň başga işe ýa-da başga ýere geçmek azatlygyny çäklendirmek",
    "300102050000": "Zähmet hakynda deňsizlik",
    "300102060000": "Dynç almakdan, boş wagtdan we iş wagtynyň paýhasly çäklendirilmeginden "
    "mahrum etmek",
    "300102070000": "Tölegli yzygiderli rugsatdan mahrum etmek",
    "300102080000": "Baýramçylyk günleri üçin tölegden mahrum etmek",
    "300102090000": "Işleýän aýallara tölegli göwrelilik we çaga dogurmak boýunça rugsadyň "
    "berilmezligi",
    "300102100000": "Öňünden duýdurmazdan işden çykarmak",
    "300103000000": "Işgärleriň köpçülikleýin hukuklarynyň bozulmagy",
    "300103010000": "Laýyk gelmeýän, howply we/ýa-da ýaramazlaşýan iş şertleri",
    "300103020000": "Köpçülikleýin şertnama gepleşiklerinden ýüz öwürmek",
    "300103030000": "Degişli gepleşik mehanizmlerinden mahrum etmek",
    "300104000000": "Kärdeşler arkalaşyklaryny döretmek we olara girmek hukugynyň bozulmagy",
    "300104010000": "Kärdeşler arkalaşygyny ykrar etmezlik",
    "300104020000": "Kärdeşler arkalaşyklaryny çäklendirmek",
    "300104030000": "Kärdeşler arkalaşygynyň agzalaryny çäklendirmek",
    "300104030100": "Işden boşatmak ýa-da çykarmak",
    "300104030200": "Işden çykarylan işgäri işe dikeltmekden ýüz öwürmek",
    "300104030300": "Iş ýerine goýbermezlik",
    "300104030400": "Wezipesini peseltmek",
    "300104030500": "Wezipe ýokarlandyrylmazlygy",
    "300104030600": "Mejbury ýa-da esassyz başga işe geçirmek",
    "300104030700": "Gizlin gözegçilik",
    "300104030800": "Işe girmek ýa-da işi dowam etmek üçin iş rugsadyny ýa-da beýleki "
    "resminamalary bermezlik",
    "300104040000": "Kärdeşler arkalaşygynyň ýygnaklarynda fiziki hüjümler",
    "300104050000": "Kärdeşler arkalaşygynyň ýygnaklaryny geçirmäge ýol bermezlik",
    "300105000000": "Iş taşlaýyş hukugynyň bozulmagy",
    "300105010000": "Iş taşlaýyşy basyp ýatyrmak",
    "300106000000": "Umuman işgärleriň hukuklarynyň bozulmagy",
    "300106010000": "Iň pes zähmet hakynyň gaty pesligi",
    "300106020000": "Iň pes zähmet hakynyň degişli maslahatlaşmazdan bellenilmegi",
    # children and juveniles
    "310101000000": "Işe kabul etmegiň iň pes ýaşynyň gaty pesligi",
    "310102000000": "Nikasyz doglan çagalary kemsitmek",
    # aliens
    "330101000000": "Ýurtdan çykarmak; deportasiýa",
    "330102000000": "Ýurtdan çykarmak baradaky işe täzeden garamak hukugyndan mahrum etmek",
    "330103000000": "Gaçybatalga bermekden ýüz öwürmek",
    "330104000000": "Maşgalanyň birleşmegi hukugyndan mahrum etmek",
    # persons with disabilities
    "340101000000": "Kömek almak hukugyndan mahrum etmek",
    "340102000000": "Ýörite iş ýerleri bilen üpjün edilmek hukugyndan mahrum etmek",
    "340103000000": "Jemgyýete gaýtadan goşulmak hukugyndan mahrum etmek",
    "340104000000": "Maýyplyk boýunça kömek pullaryny almak hukugyndan mahrum etmek",
    # accused persons
    "350101000000": "Bigünälik prezumpsiýasy hukugyndan mahrum etmek",
    "350102000000": "Goraga taýýarlanmak üçin ýeterlik wagt we mümkinçilik hukugyndan mahrum etmek",
    "350103000000": "Bitarap kazyýet hukugyndan mahrum etmek",
    "350104000000": "Garaşsyz kazyýet hukugyndan mahrum etmek",
    "350105000000": "Terjimeçiniň mugt kömeginden peýdalanmak hukugyndan mahrum etmek",
    "350106000000": "Taraplaryň deň mümkinçilikleri hukugyndan mahrum etmek",
    "350107000000": "Aýyplama barada gyssagly we jikme-jik habar berilmek hukugyndan mahrum etmek",
    "350108000000": "Işe gijikdirilmän kazyýetde seredilmek hukugyndan mahrum etmek",
    "350109000000": "Hukuk kömeginden peýdalanmak hukugyndan mahrum etmek",
    "350110000000": "Bir jenaýat üçin iki gezek jogapkärçilige çekilmezlik hukugyndan mahrum "
    "etmek (non bis in idem)",
    "350111000000": "Jenaýat aýyplamasynyň kazyýetde kesgitlenmegi hukugyndan mahrum etmek",
    "350112000000": "Kazyýete ýüz tutmak hukugyndan mahrum etmek",
    "350113000000": "Goragçy bilen aragatnaşyk saklamak hukugyndan mahrum etmek",
    "350114000000": "Adalatly kazyýet hukugyndan mahrum etmek",
    "350115000000": "Aýan kazyýet diňlenişigi hukugyndan mahrum etmek",
    "350116000000": "Şaýatlary sorag etmek hukugyndan mahrum etmek",
    "350117000000": "Kanunda göz öňünde tutulmadyk hereket üçin jezalandyrylmazlyk hukugyndan "
    "mahrum etmek (nullum crimen sine lege)",
    "350118000000": "Özüne garşy görkezme bermäge mejbur edilmezlik hukugyndan mahrum etmek",
    "350119000000": "Kazyýet işini gozgamak hukugyndan mahrum etmek",
    "350120000000": "Raýat hukuklarynyň we borçlarynyň kesgitlenmegi hukugyndan mahrum etmek",
    # detained or imprisoned persons
    "360101000000": "Tussag edilenleriň ýa-da azatlykdan mahrum edilenleriň kanuny "
    "hukuklaryndan mahrum etmek",
    "360101010000": "Kazyýet işini gozgamak hukugyndan mahrum etmek",
    "360101020000": "Raýat hukuklarynyň we borçlarynyň kesgitlenmegi hukugyndan mahrum etmek",
    "360101030000": "Şikaýat bermek (appelýasiýa) hukugyndan mahrum etmek",
    "360102000000": "Tussag edilenler ýa-da azatlykdan mahrum edilenler üçin degişli şertleriň "
    "döredilmezligi",
    "360102010000": "Mertebe bilen we ynsanperwer çemeleşilmek hukugyndan mahrum etmek",
    "360102020000": "Degişli ýerleşdiriliş şertleri hukugyndan mahrum etmek",
    "360102030000": "Ýeterlik iýmit hukugyndan mahrum etmek",
    "360102040000": "Degişli lukmançylyk hyzmatlary hukugyndan mahrum etmek",
    "360102050000": "Düzgünler barada maglumat almak hukugyndan mahrum etmek",
    "360102060000": "Şikaýat etmek hukugyndan mahrum etmek",
    "360103000000": "Tussag edilen adamlaryň kanuny hukuklaryndan mahrum etmek",
    "360103010000": "Kanuny esasda tussag edilmek hukugyndan mahrum etmek",
    "360103020000": "Bikanun tussag edilende boşadylmak hukugyndan mahrum etmek",
    "360103030000": "Kazyýete çenli boşadylmak hukugyndan mahrum etmek",
    "360104000000": "Tussag edilen adamlar üçin degişli şertleriň döredilmezligi",
    "360104010000": "Höküm edilenlerden aýry saklanmak hukugyndan mahrum etmek",
    "360105000000": "Höküm edilen adamlaryň aýratyn kanuny hukuklaryndan mahrum etmek",
    "360105010000": "Jezany ýeňilletmegi soramak hukugyndan mahrum etmek",
    "360105020000": "Günä geçilmegini soramak hukugyndan mahrum etmek",
    "360106000000": "Höküm edilenleriň saklanyş şertlerine garşy hereketler",
    "360106010000": "Degişli iş bilen üpjün edilmek hukugyndan mahrum etmek",
    "360106020000": "Düzedilmäge we jemgyýete gaýtadan uýgunlaşmaga gönükdirilen "
    "çemeleşmeden mahrum etmek",
    # refugees
    "380101000000": "Howply ýurda mejbury gaýtarmak (refulman)",
    # economic and social rights
    "502111010000": "Milli sosial üpjünçilik maksatnamalarynyň döredilmezligi",
    "512101010000": "Iň pes girdejiniň ýeterlik ýaşaýyş jaýy üçin ýetmezligi",
    "512111010000": "Kireý tölegi üçin kömek pullarynyň (subsidiýalaryň) ýoklugy",
    "520101000000": "Önümçilik serişdelerine elýeterlilikden mahrum etmek",
    "520102000000": "Önümçilik serişdeleriniň zaýalanmagy",
    "520103000000": "Azyk howpsuzlygyna howp salýan önümçilik usullary",
    "520103010000": "Himiki pestisidler ýaly zyýanly serişdeleri ulanmak",
    "520104000000": "Esasy azyk önümleriniň gabawa alynmagy",
    "520105000000": "Azyk bahalarynyň emeli ýokarlandyrylmagy",
    "520106000000": "Esasy azyk önümlerine aşa ýokary ýa-da zerur bolmadyk salgytlar",
    "520107000000": "Ýerli bazarlara harytlary demping bahasyna çykarmak",
    "522101010000": "Ýeterlik bolmadyk ýa-da laýyk gelmeýän agrar özgertmeler maksatnamalary",
    "522101020000": "Zyýanly agrar özgertmeler maksatnamalary",
    "523101000000": "Azyk ýetmezçiliginiň öňüniň alynmazlygy",
    "530101000000": "Lukmançylyk hyzmatlarynyň aşa gymmatlygy",
    "530102000000": "Esasy saglyk hyzmatyny tölemäge güýji ýetmeýänlere kömek pulunyň berilmezligi",
    "530103000000": "Ilkinji saglyk kömegine elýeterlilikde kemsitmek",
    "530104000000": "Käbir ilatly ýerlerde ilkinji saglyk kömeginiň berilmezligi",
    "530105000000": "Saglyk hyzmatlarynyň berilmezligi",
    "530106000000": "Ýokanç keselleriň ýaýramagy",
    "530107000000": "Degişli bejergiden mahrum etmek",
    "540101000000": "Tebigy serişdeleriň zaýalanmagy",
    "540101010000": "Hapalanma",
    "540102000000": "Howply daşky gurşawyň täsirine sezewar etmek",
    "550101000000": "Aşa ýokary okuw tölegleri",
    "550102000000": "Mekdep binalarynyň we synp otaglarynyň ýaramaz ýagdaýy",
    "550103000000": "Mekdebiň okuwçynyň öýünden gaty uzakda ýerleşmegi",
    "550104000000": "Mugt mekdep okuw kitaplarynyň ýeterlik mukdarda berilmezligi",
    "550105000000": "Bir mugallyma düşýän okuwçylaryň sanynyň aşa köplügi",
    "550106000000": "Hünärli mugallymlaryň ýetmezçiligi",
    "550107000000": "Okuw ýylynyň okuw meýilnamasyny ýerine ýetirmek üçin gysgalygy",
    "550108000000": "Maýyplygy bolan çagalar üçin ýörite şertleriň ýoklugy",
    "552103010000": "Döwlete degişli bolmadyk mekdepleri açmagy gadagan etmek / çäklendirmek",
    "554101000000": "Belli toparlaryň başlangyç bilim almak mümkinçiliginden mahrum edilmegi",
    "560101000000": "Belli bir dili ulanmagy gadagan etmek / çäklendirmek",
    "560102000000": "Käbir medeni däp-dessurlary gadagan etmek / çäklendirmek",
}


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

VOCABULARIES: dict[str, tuple[str, list[VocabRow]]] = {
    "source_types": (
        "HURIDOCS MT16 Types of source material, cut down for field use",
        [
            (
                "victim_testimony",
                "Victim's testimony",
                "Показания пострадавшего",
                "Ejir çekeniň görkezmesi",
                ["220903200901"],
            ),
            (
                "witness_testimony",
                "Witness testimony",
                "Показания свидетеля",
                "Şaýadyň görkezmesi",
                ["230920140501"],
            ),
            (
                "document",
                "Official or court document, letter",
                "Официальный или судебный документ, письмо",
                "Resmi ýa-da kazyýet resminamasy, hat",
                ["031521182001", "120520200501"],
            ),
            (
                "medical_record",
                "Medical examination or record",
                "Медицинское освидетельствование или заключение",
                "Lukmançylyk barlagy ýa-da netijenamasy",
                ["160825190901", "012120151601"],
            ),
            (
                "photo_video_audio",
                "Photo, video or audio recording",
                "Фото-, видео- или аудиозапись",
                "Surat, wideo ýa-da ses ýazgysy",
                ["160815201501", "220904051501", "012104091501"],
            ),
            (
                "media_report",
                "Media report (press, radio, TV, online)",
                "Сообщение СМИ (пресса, радио, ТВ, интернет)",
                "Metbugat habary (gazet, radio, telewideniýe, internet)",
                ["140523191601", "180104091501", "200512052201"],
            ),
            (
                "ngo_report",
                "Report or appeal of a human rights organisation",
                "Доклад или обращение правозащитной организации",
                "Adam hukuklary guramasynyň hasabaty ýa-da ýüzlenmesi",
                ["011616050101", "161805191902"],
            ),
            ("other", "Other", "Другое", "Başga", ["900000000000"]),
            ("unknown", "Unknown", "Неизвестно", "Näbelli", ["990000000000"]),
        ],
    ),
    "perpetrator_types": (
        "HURIDOCS MT24 Types of perpetrators, cut down for field use",
        [
            ("police", "Police", "Полиция", "Polisiýa", ["010104000000"]),
            (
                "security_service",
                "Security or intelligence service",
                "Спецслужбы (служба безопасности)",
                "Howpsuzlyk gullugy (ýörite gulluklar)",
                ["010106000000"],
            ),
            (
                "prison_staff",
                "Prison or detention staff",
                "Сотрудники мест лишения свободы",
                "Türme ýa-da tussaghana işgärleri",
                ["010105000000"],
            ),
            (
                "armed_forces",
                "Armed forces",
                "Вооружённые силы",
                "Ýaragly güýçler",
                ["010103000000"],
            ),
            (
                "national_officials",
                "National government officials",
                "Должностные лица центральной власти",
                "Döwlet derejesindäki wezipeli adamlar",
                ["010101000000"],
            ),
            (
                "local_officials",
                "Local authorities (häkimlik, geňeşlik)",
                "Местные органы власти (хякимлик, генгешлик)",
                "Ýerli häkimiýetler (häkimlik, geňeşlik)",
                ["010102000000"],
            ),
            (
                "courts_prosecution",
                "Courts or prosecutor's office",
                "Суд или прокуратура",
                "Kazyýet ýa-da prokuratura",
                ["010300000000"],
            ),
            (
                "employer",
                "Employer or supervisor",
                "Работодатель или руководитель",
                "Iş beriji ýa-da ýolbaşçy",
                ["110301000000", "110302000000"],
            ),
            (
                "family_member",
                "Family member or spouse",
                "Член семьи или супруг(а)",
                "Maşgala agzasy ýa-da ýanýoldaşy",
                ["110100000000", "110101000000"],
            ),
            (
                "community_member",
                "Private person or group in the community",
                "Частное лицо или группа в местном сообществе",
                "Ýaşaýan ýerindäki hususy adam ýa-da topar",
                ["110200000000"],
            ),
            (
                "company",
                "Company or business",
                "Компания или коммерческая организация",
                "Kompaniýa ýa-da täjirçilik guramasy",
                ["210000000000"],
            ),
            ("other", "Other", "Другие", "Başgalar", ["900000000000"]),
            ("unknown", "Unknown", "Неизвестно", "Näbelli", ["990000000000"]),
        ],
    ),
    "reliability": (
        "Reliability of the source (after HURIDOCS MT42)",
        [
            ("high", "High", "Высокая", "Ýokary", ["010000000000"]),
            ("medium", "Medium", "Средняя", "Orta", ["020000000000"]),
            ("low", "Low", "Низкая", "Pes", ["040000000000"]),
            ("unknown", "Unknown", "Неизвестно", "Näbelli", ["990000000000"]),
        ],
    ),
    "how_obtained": (
        "How the information was obtained",
        [
            (
                "interview_in_person",
                "Interview in person",
                "Личная беседа",
                "Ýüzbe-ýüz söhbetdeşlik",
                [],
            ),
            (
                "phone_or_messenger",
                "Phone or messenger",
                "Телефон или мессенджер",
                "Telefon ýa-da messenjer",
                [],
            ),
            ("document", "Document", "Документ", "Resminama", []),
            ("observation", "Own observation", "Личное наблюдение", "Öz gözi bilen görmek", []),
            ("media_report", "Media report", "Сообщение СМИ", "Metbugat habary", []),
            ("other", "Other", "Другое", "Başga", []),
        ],
    ),
    "person_roles": (
        "Role of a person in the observation",
        [
            ("victim", "Victim", "Пострадавший", "Ejir çeken", []),
            ("witness", "Witness", "Свидетель", "Şaýat", []),
            (
                "alleged_perpetrator",
                "Alleged perpetrator",
                "Предполагаемый нарушитель",
                "Güman edilýän hukuk bozujy",
                [],
            ),
            ("source", "Source", "Источник информации", "Maglumat çeşmesi", []),
        ],
    ),
    "sex": (
        "Sex (after HURIDOCS MT39)",
        [
            ("female", "Female", "Женский", "Aýal", ["020000000000"]),
            ("male", "Male", "Мужской", "Erkek", ["010000000000"]),
            ("other", "Other", "Другой", "Başga", []),
            ("unknown", "Unknown", "Неизвестно", "Näbelli", ["990000000000"]),
        ],
    ),
    "age_groups": (
        "Age group",
        [
            ("age_0_17", "Child (0–17)", "Ребёнок (0–17)", "Çaga (0–17)", []),
            ("age_18_25", "18–25 years", "18–25 лет", "18–25 ýaş", []),
            ("age_26_40", "26–40 years", "26–40 лет", "26–40 ýaş", []),
            ("age_41_60", "41–60 years", "41–60 лет", "41–60 ýaş", []),
            ("age_61_plus", "61 and older", "61 год и старше", "61 ýaş we ondan uly", []),
            ("unknown", "Unknown", "Неизвестно", "Näbelli", []),
        ],
    ),
    "confidentiality": (
        "Confidentiality of the record",
        [
            ("normal", "Normal", "Обычная", "Adaty", []),
            ("sensitive", "Sensitive", "Конфиденциальная", "Gizlin", []),
            ("highly_sensitive", "Highly sensitive", "Строго конфиденциальная", "Berk gizlin", []),
        ],
    ),
    "consent_sharing": (
        "Who the information may be shared with (consent)",
        [
            (
                "coordinators",
                "Network coordinators",
                "Координаторы сети",
                "Toruň koordinatorlary",
                [],
            ),
            (
                "institution",
                "National human rights institution",
                "Национальное правозащитное учреждение",
                "Adam hukuklary boýunça milli edara",
                [],
            ),
            (
                "anonymised_public_report",
                "Anonymised public report",
                "Анонимизированный публичный отчёт",
                "Atsyzlandyrylan açyk hasabat",
                [],
            ),
        ],
    ),
    "date_precision": (
        "Precision of the incident date",
        [
            ("day", "Exact day", "Точная дата", "Takyk gün", []),
            ("month", "Month only", "Только месяц", "Diňe aý", []),
            ("year", "Year only", "Только год", "Diňe ýyl", []),
            ("unknown", "Unknown", "Неизвестно", "Näbelli", []),
        ],
    ),
    "statuses": (
        "Status of an observation",
        [
            ("draft", "Draft", "Черновик", "Garalama", []),
            ("queued", "Queued for sending", "В очереди на отправку", "Ugratmak üçin nobatda", []),
            ("sent", "Sent", "Отправлено", "Ugradyldy", []),
            ("received", "Received", "Получено", "Kabul edildi", []),
            ("verified", "Verified", "Проверено", "Tassyklandy", []),
            (
                "needs_information",
                "Needs information",
                "Требуется информация",
                "Goşmaça maglumat gerek",
                [],
            ),
            ("closed", "Closed", "Закрыто", "Ýapyldy", []),
        ],
    ),
    "follow_up_actions": (
        "Follow-up actions taken",
        [
            (
                "referred_to_lawyer",
                "Referred to a lawyer",
                "Направлен к адвокату",
                "Aklawja ugradyldy",
                [],
            ),
            (
                "complaint_to_ombudsperson",
                "Complaint to the Ombudsperson",
                "Жалоба Уполномоченному по правам человека (омбудсмену)",
                "Ombudsmene (Adam hukuklary boýunça ygtyýarly wekile) şikaýat",
                [],
            ),
            (
                "complaint_to_authorities",
                "Complaint to prosecutor, police or court",
                "Жалоба в прокуратуру, полицию или суд",
                "Prokuratura, polisiýa ýa-da kazyýete şikaýat",
                [],
            ),
            (
                "medical_help",
                "Medical help arranged",
                "Организована медицинская помощь",
                "Lukmançylyk kömegi guraldy",
                [],
            ),
            (
                "psychosocial_support",
                "Psychological support",
                "Психологическая поддержка",
                "Psihologik goldaw",
                [],
            ),
            ("follow_up_visit", "Follow-up visit", "Повторный визит", "Gaýtadan baryp görmek", []),
            (
                "un_submission",
                "Submission to a UN mechanism",
                "Обращение в механизм ООН",
                "BMG-niň mehanizmine ýüzlenme",
                [],
            ),
            ("none_yet", "None yet", "Пока нет", "Heniz ýok", []),
            ("other", "Other", "Другое", "Başga", []),
        ],
    ),
}

# HURIDOCS list each vocabulary maps to (for the `huridocs` codes).
VOCAB_MT = {
    "source_types": "16",
    "perpetrator_types": "24",
    "reliability": "42",
    "sex": "39",
}


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
    """UHRI/UPR theme and group names, English only: they are the UN's own labels and no
    Russian or Turkmen ones were sourced, so none are made up (the app shows English)."""
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
- English only: no Russian or Turkmen names were sourced, and none are made up.
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
