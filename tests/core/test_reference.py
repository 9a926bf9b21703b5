"""Tests of the reference data in resources/ and of desktop.core.refdata."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from desktop.core import refdata as reference
from desktop.core.refdata import (
    LANGUAGES,
    Place,
    ReferenceData,
    ReferenceDataError,
    Taxonomy,
    Term,
    get_reference_data,
    resources_dir,
)

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"
REFDATA = REPO.parent / "shared" / "refdata"
SCRIPT = REPO / "tools" / "build_resources.py"
GENERATED = [
    "places.json",
    "rights.json",
    "act_types.json",
    "vocabularies.json",
    "ATTRIBUTION.md",
    "map/turkmenistan_velayats.geojson",
]

# The 13 MT4 terms whose Russian label the refdata compilers blanked (rotated block).
BLANKED_RU = [
    "010109000000",
    "010190000000",
    "010190010000",
    "010190020000",
    "010190030000",
    "010190030100",
    "010190030200",
    "010190030300",
    "010190040000",
    "010190050000",
    "010190060000",
    "010190070000",
    "010190080000",
]
TORTURE = "020111110000"
ATTEMPTED_RAPE = "020111020000"


@pytest.fixture(scope="module")
def ref() -> ReferenceData:
    return ReferenceData.load(RESOURCES)


def taxonomy_terms(ref: ReferenceData) -> list[tuple[str, Term]]:
    out = [("rights", t) for t in ref.rights] + [("act_types", t) for t in ref.act_types]
    for name in ref.vocabulary_names():
        out += [(name, t) for t in ref.vocabulary(name)]
    return out


# ------------------------------------------------------------------------------------------
# places: counts from shared/refdata/README.md


def test_first_level_units(ref: ReferenceData) -> None:
    top = ref.places.velayats()
    assert [p.code for p in top] == [
        "ahal",
        "balkan",
        "dasoguz",
        "lebap",
        "mary",
        "asgabat",
        "arkadag",
    ]
    assert [p.level for p in top].count("velayat") == 5
    assert ref.places.place("asgabat").level == "city_with_velayat_status"
    assert ref.places.place("asgabat").iso == "TM-S"
    assert {p.iso for p in top[:5]} == {"TM-A", "TM-B", "TM-D", "TM-L", "TM-M"}
    arkadag = ref.places.place("arkadag")
    assert arkadag.provisional is True
    assert not any(p.provisional for p in ref.places if p.code != "arkadag")
    assert ref.places.place("dasoguz").name("tk") == "Daşoguz welaýaty"


def test_velayat_etrap_counts(ref: ReferenceData) -> None:
    counts = Counter(
        p.parent
        for p in ref.places
        if p.level == "etrap" and p.parent and ref.places.place(p.parent).level == "velayat"
    )
    assert counts == {"ahal": 8, "balkan": 6, "dasoguz": 9, "lebap": 11, "mary": 10}
    assert sum(counts.values()) == 44


def test_cities_and_boroughs(ref: ReferenceData) -> None:
    cities = [p for p in ref.places if p.level == "city"]
    assert len(cities) == 6
    assert Counter(p.parent for p in cities) == {"balkan": 2, "dasoguz": 1, "lebap": 1, "mary": 2}
    boroughs = Counter(
        p.parent for p in ref.places if p.parent and ref.places.place(p.parent).level != "velayat"
    )
    assert boroughs == {"asgabat": 4, "arkadag": 2, "balkan-turkmenbasy-city": 1}
    assert len(ref.places) == 64


def test_etraps_of(ref: ReferenceData) -> None:
    expected = {"ahal": 8, "balkan": 8, "dasoguz": 10, "lebap": 12, "mary": 12}
    expected |= {"asgabat": 4, "arkadag": 2}
    for code, n in expected.items():
        units = ref.places.etraps_of(code)
        assert len(units) == n, code
        assert all(u.parent == code for u in units)
    balkan = [p.code for p in ref.places.etraps_of("balkan")]
    # etraps first, then cities with etrap rights
    assert balkan[-2:] == ["balkan-balkanabat-city", "balkan-turkmenbasy-city"]
    assert "balkan-turkmenbasy-city-awaza" not in balkan
    assert [p.code for p in ref.places.children("balkan-turkmenbasy-city")] == [
        "balkan-turkmenbasy-city-awaza"
    ]
    assert {p.code for p in ref.places.etraps_of("asgabat")} == {
        "asgabat-bagtyyarlyk",
        "asgabat-berkararlyk",
        "asgabat-buzmeyin",
        "asgabat-kopetdag",
    }
    with pytest.raises(KeyError):
        ref.places.etraps_of("nowhere")


def test_is_etrap_of(ref: ReferenceData) -> None:
    places = ref.places
    assert places.is_etrap_of("dasoguz-akdepe", "dasoguz")
    assert not places.is_etrap_of("dasoguz-akdepe", "lebap")
    assert places.is_etrap_of("mary-bayramaly-city", "mary")
    assert places.is_etrap_of("arkadag-karizek", "arkadag")
    assert not places.is_etrap_of("arkadag-karizek", "ahal")
    assert places.is_etrap_of("balkan-turkmenbasy-city-awaza", "balkan")
    assert not places.is_etrap_of("ahal", "ahal")
    assert not places.is_etrap_of("nowhere", "ahal")
    assert places.velayat_of("balkan-turkmenbasy-city-awaza").code == "balkan"


def test_places_tree_and_names(ref: ReferenceData) -> None:
    for p in ref.places:
        assert p.parent is None or p.parent in ref.places, p.code
        assert p.level in {"velayat", "city_with_velayat_status", "etrap", "city"}
        for lang in LANGUAGES:
            assert p.names.get(lang, "").strip(), (p.code, lang)
        assert set(p.review) <= set(LANGUAGES)
    # name_ru is blank in the source for these two: written by us and marked for review
    for code in ("balkan-gyzylarbat", "dasoguz-sabat"):
        place = ref.places.place(code)
        assert place.review == ("ru",)
        assert re.search("[а-я]", place.name("ru"))
    assert ref.places.place("ahal-kaka").review == ()


def test_legacy_names(ref: ReferenceData) -> None:
    resolve = ref.places.resolve_legacy_name
    # abolished and merged (Mejlis resolution of 9 Nov 2022)
    assert resolve("Gurbansoltan eje adyndaky etrap") == "dasoguz-akdepe"
    assert resolve("gurbansoltan eje") == "dasoguz-akdepe"
    # renamed
    assert resolve("Serdar etraby") == "balkan-gyzylarbat"
    assert resolve("Сердарский этрап") == "balkan-gyzylarbat"
    assert resolve("S.A. Nyýazow adyndaky etrap") == "dasoguz-sabat"
    assert resolve("Baharly") == "ahal-baherden"
    assert resolve("Arçabil etraby") == "asgabat-buzmeyin"
    # receiving unit unknown: the containing unit
    assert resolve("Serhetabat etraby") == "mary"
    assert resolve("KUSHKA") == "mary"
    assert resolve("Kenar etraby") == "balkan-turkmenbasy-city"
    # abolished in 2022, re-created in 2025
    assert resolve("Farap etraby") == "lebap-farap"
    # current names, codes and spelling variants resolve too; diacritics optional
    assert resolve("Bäherden etraby") == "ahal-baherden"
    assert resolve("Baherden District") == "ahal-baherden"
    assert resolve("Dashoguz") == "dasoguz"
    assert resolve("Ашхабад") == "asgabat"
    assert resolve("mary-oguzhan") == "mary-oguzhan"
    assert resolve("Mary") == "mary"
    assert resolve("Türkmenbaşy şäheri") == "balkan-turkmenbasy-city"
    assert resolve("Türkmenbaşy etraby") == "balkan-turkmenbasy"
    assert resolve("Atlantis") is None
    assert resolve("") is None
    for item in ref.places.legacy_names():
        assert item.current_code in ref.places
        assert item.relation in {"renamed", "merged_into", "within", "re_created"}
        assert resolve(item.names["tk"]) is not None


def test_change_log(ref: ReferenceData) -> None:
    changes = ref.places.changes()
    assert len(changes) == 13
    for c in changes:
        assert c.affected_code == "*" or c.affected_code in ref.places
        assert c.sources


# ------------------------------------------------------------------------------------------
# taxonomies and vocabularies


def test_every_term_has_three_labels(ref: ReferenceData) -> None:
    for name, t in taxonomy_terms(ref):
        for lang in LANGUAGES:
            label = t.labels.get(lang, "")
            assert label.strip(), (name, t.code, lang)
            assert label == " ".join(label.split()), (name, t.code, lang)
        assert set(t.review) <= {"ru", "tk"}, (name, t.code)


def test_labels_are_in_the_right_script(ref: ReferenceData) -> None:
    latin_phrases = re.compile(r"\((non bis in idem|nullum crimen sine lege)\)")
    for name, t in taxonomy_terms(ref):
        assert re.search("[А-Яа-яЁё]", t.labels["ru"]), (name, t.code)
        assert not re.search("[A-Za-z]", t.labels["ru"]), (name, t.code, t.labels["ru"])
        assert not re.search("[А-Яа-яЁё]", t.labels["tk"]), (name, t.code)
        # Turkmen Latin has no c, q, v, x
        tk = latin_phrases.sub("", t.labels["tk"])
        assert not re.search("[cqvxCQVX]", tk), (name, t.code, tk)
    tk_letters = "".join(t.labels["tk"] for t in ref.act_types)
    assert all(ch in tk_letters for ch in "äçňöşüý")


def test_taxonomy_parents_exist_and_levels(ref: ReferenceData) -> None:
    for tax in (ref.rights, ref.act_types):
        for t in tax:
            if t.parent is None:
                assert t.level == 0
            else:
                assert t.parent in tax, (tax.name, t.code)
                assert tax[t.parent].level == t.level - 1, (tax.name, t.code)


def test_act_types_hierarchy(ref: ReferenceData) -> None:
    acts = ref.act_types
    assert len(acts) == 532
    assert Counter(t.level for t in acts).keys() == {0, 1, 2, 3, 4}
    codes = [t.code for t in acts]
    assert codes == sorted(codes)  # HURIDOCS codes: hierarchy order
    for t in acts:
        assert re.fullmatch(r"\d{12}", t.code)
        assert "tk" in t.review  # no Turkmen label was sourced
    assert acts[TORTURE].label("en") == "Torture"
    assert acts[TORTURE].label("ru") == "Пытки"
    assert [a.code for a in acts.ancestors(TORTURE)] == [
        "020000000000",
        "020100000000",
        "020111000000",
    ]
    assert [a.code for a in acts.path(TORTURE)][-1] == TORTURE
    assert acts.ancestors("010000000000") == []
    assert TORTURE in [c.code for c in acts.children("020111000000")]
    assert len(acts.roots()) == len(acts.children(None)) == 38
    assert TORTURE in [d.code for d in acts.descendants("020000000000")]
    with pytest.raises(KeyError):
        acts.children("999999999999")
    assert acts.get("999999999999") is None


def test_act_types_russian_fixes(ref: ReferenceData) -> None:
    acts = ref.act_types
    for code in BLANKED_RU:
        assert acts[code].review == ("ru", "tk"), code
    # sourced Russian labels are kept and not marked
    assert acts[TORTURE].review == ("tk",)
    # the two swapped rows are put right
    assert "условиях содержания" in acts["360102000000"].label("ru")
    assert "гуманное" in acts["360102010000"].label("ru")
    # siblings never share a Russian or Turkmen label
    for lang in ("ru", "tk"):
        seen = Counter((t.parent, t.labels[lang].casefold()) for t in acts)
        assert max(seen.values()) == 1, lang


def test_rights(ref: ReferenceData) -> None:
    rights = ref.rights
    assert [t.code for t in rights.roots()] == ["iccpr", "icescr", "cat"]
    assert [len(rights.children(c)) for c in ("iccpr", "icescr", "cat")] == [27, 15, 16]
    assert len(rights) == 61
    art7 = rights["iccpr:art7"]
    assert art7.notation == "ICCPR art. 7"
    assert art7.parent == "iccpr"
    assert art7.review == ("ru", "tk")
    assert rights["iccpr"].review == ("tk",)  # instrument names: en and ru from HURIDOCS MT6
    assert [t.code for t in rights.children("iccpr")][:3] == [
        "iccpr:art1",
        "iccpr:art2",
        "iccpr:art3",
    ]


def test_search_russian(ref: ReferenceData) -> None:
    hits = [t.code for t in ref.act_types.search("пытк")]
    assert TORTURE in hits
    assert ATTEMPTED_RAPE not in hits  # "Попытка": a word must start with the query
    assert [t.code for t in ref.act_types.search("ПЫТКИ", lang="ru")] == [TORTURE]
    assert "cat:art1" in [t.code for t in ref.rights.search("пытк", lang="ru")]


def test_search_turkmen_and_english(ref: ReferenceData) -> None:
    tk_hits = [t.code for t in ref.act_types.search("gynamak", lang="tk")]
    assert TORTURE in tk_hits
    assert [t.code for t in ref.act_types.search("GYNAMAK", lang="tk")] == tk_hits
    assert "iccpr:art6" in [t.code for t in ref.rights.search("ýaşamak hukugy", lang="tk")]
    assert "iccpr:art6" in [t.code for t in ref.rights.search("ÝAŞAMAK", lang="tk")]
    assert TORTURE in [t.code for t in ref.act_types.search("torture", lang="en")]
    assert ref.act_types.search("torture", lang="ru") == []
    assert [t.code for t in ref.rights.search("ICCPR art. 7")] == ["iccpr:art7"]


def test_search_casefold_and_diacritics(ref: ReferenceData) -> None:
    places = ref.places
    hits = [p.code for p in places.search("ŞÄHER", lang="tk")]
    assert "asgabat" in hits and "mary-mary-city" in hits
    # decomposed input (ş = s + combining cedilla) finds the composed label
    nfd = unicodedata.normalize("NFD", "şäheri")
    assert nfd != "şäheri"
    assert [p.code for p in places.search(nfd, lang="tk")] == hits
    # Turkmen letters stay distinct: "u" is not "ü"
    assert [p.code for p in places.search("büzmeýin", lang="tk")] == ["asgabat-buzmeyin"]
    assert places.search("buzmeyin", lang="tk") == []
    assert [p.code for p in places.search("buzmeyin")] == ["asgabat-buzmeyin"]  # English name
    # Russian ё/е
    assert "mary-yoloten" in [p.code for p in places.search("Елетенский")]


def test_search_order_and_edge_cases(ref: ReferenceData) -> None:
    acts = ref.act_types
    order = {t.code: i for i, t in enumerate(acts)}
    hits = acts.search("death")
    assert len(hits) > 10
    assert [order[t.code] for t in hits] == sorted(order[t.code] for t in hits)
    assert len(acts.search("   ")) == len(acts)
    assert acts.search("zzzzqqq") == []
    with pytest.raises(ValueError):
        acts.search("x", lang="fr")


VOCABULARIES = {
    "reliability": ["high", "medium", "low", "unknown"],
    "how_obtained": [
        "interview_in_person",
        "phone_or_messenger",
        "document",
        "observation",
        "media_report",
        "other",
    ],
    "person_roles": ["victim", "witness", "alleged_perpetrator", "source"],
    "sex": ["female", "male", "other", "unknown"],
    "age_groups": ["age_0_17", "age_18_25", "age_26_40", "age_41_60", "age_61_plus", "unknown"],
    "confidentiality": ["normal", "sensitive", "highly_sensitive"],
    "consent_sharing": ["coordinators", "institution", "anonymised_public_report"],
    "date_precision": ["day", "month", "year", "unknown"],
    "statuses": [
        "draft",
        "queued",
        "sent",
        "received",
        "verified",
        "needs_information",
        "closed",
    ],
}


def test_vocabularies(ref: ReferenceData) -> None:
    names = set(ref.vocabulary_names())
    assert set(VOCABULARIES) | {"source_types", "perpetrator_types", "follow_up_actions"} == names
    for name, codes in VOCABULARIES.items():
        assert [t.code for t in ref.vocabulary(name)] == codes, name
    assert 7 <= len(ref.vocabulary("source_types")) <= 12
    assert 8 <= len(ref.vocabulary("perpetrator_types")) <= 14
    follow = [t.code for t in ref.vocabulary("follow_up_actions")]
    assert {"referred_to_lawyer", "complaint_to_ombudsperson", "medical_help"} <= set(follow)
    assert {"follow_up_visit", "none_yet"} <= set(follow)
    for name in names:
        codes = [t.code for t in ref.vocabulary(name)]
        assert len(codes) == len(set(codes)), name
        for t in ref.vocabulary(name):
            assert t.review == ("ru", "tk")
    # a returned list is a copy
    ref.vocabulary("sex").clear()
    assert len(ref.vocabulary("sex")) == 4


def test_is_valid(ref: ReferenceData) -> None:
    assert ref.is_valid("statuses", "needs_information")
    assert not ref.is_valid("statuses", "deleted")
    assert ref.is_valid("act_types", TORTURE)
    assert not ref.is_valid("act_types", "020111110001")
    assert ref.is_valid("rights", "cat:art1")
    assert not ref.is_valid("rights", "iccpr:art28")
    assert ref.is_valid("places", "balkan-turkmenbasy-city-awaza")
    assert ref.is_valid("velayats", "arkadag")
    assert not ref.is_valid("velayats", "ahal-kaka")
    with pytest.raises(KeyError):
        ref.is_valid("colours", "red")
    assert isinstance(ref.taxonomy("rights"), Taxonomy)


def test_term_label_fallback() -> None:
    t = Term("x", None, 0, {"en": "Torture", "ru": "Пытки", "tk": ""}, ("tk",))
    assert t.label("ru") == "Пытки"
    assert t.label("tk") == "Torture"
    assert t.label("fr") == "Torture"
    assert t.label() == "Torture"
    assert t.needs_review("tk") and not t.needs_review("ru")
    p = Place("p", None, "velayat", {"en": "Ahal", "tk": "Ahal welaýaty"})
    assert p.label("ru") == "Ahal"


# ------------------------------------------------------------------------------------------
# loading


def test_resources_dir_and_cache() -> None:
    assert resources_dir() == RESOURCES
    assert get_reference_data() is get_reference_data()
    assert get_reference_data().directory == RESOURCES


def test_resources_dir_in_pyinstaller_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bundled = tmp_path / "resources"
    bundled.mkdir()
    (bundled / "places.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert reference.resources_dir() == bundled


def test_malformed_resources(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError):
        ReferenceData.load(tmp_path)
    for name in ("places.json", "rights.json", "act_types.json", "vocabularies.json"):
        (tmp_path / name).write_bytes((RESOURCES / name).read_bytes())
    (tmp_path / "act_types.json").write_text('{"terms": [{"code": "1"}]}', encoding="utf-8")
    with pytest.raises(ReferenceDataError):
        ReferenceData.load(tmp_path)


def test_load_is_fast() -> None:
    best = min(_timed_load() for _ in range(3))
    assert best < 0.1, f"loading took {best * 1000:.0f} ms"


def _timed_load() -> float:
    start = time.perf_counter()
    ReferenceData.load(RESOURCES)
    return time.perf_counter() - start


# ------------------------------------------------------------------------------------------
# the generator


def test_attribution_and_map_are_shipped() -> None:
    text = (RESOURCES / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "HURIDOCS" in text and "ODbL" in text and "OpenStreetMap contributors" in text
    geo = (RESOURCES / "map" / "turkmenistan_velayats.geojson").read_text(encoding="utf-8")
    assert '"license":"ODbL-1.0"' in geo


@pytest.mark.skipif(not REFDATA.is_dir(), reason="shared/refdata is not available")
def test_build_resources_is_deterministic(tmp_path: Path) -> None:
    outs = [tmp_path / "a", tmp_path / "b"]
    for out in outs:
        subprocess.run(
            [sys.executable, str(SCRIPT), str(REFDATA), "--out", str(out)],
            check=True,
            capture_output=True,
        )
    for rel in GENERATED:
        committed = (RESOURCES / rel).read_bytes()
        assert (outs[0] / rel).read_bytes() == committed, f"{rel} is stale: run the script"
        assert (outs[1] / rel).read_bytes() == committed, rel
