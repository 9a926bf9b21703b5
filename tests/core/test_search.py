"""Full-text search (Turkmen and Russian), filters, sorting and paging."""

from __future__ import annotations

import pytest

from desktop.core.listing import ObservationQuery as Q
from desktop.core.model import IncidentDate, Person, Place
from desktop.core.profile import Profile

from .conftest import make_obs


@pytest.fixture
def filled(profile: Profile) -> Profile:
    svc = profile.observations
    svc.save(
        make_obs(
            title="Şäher bazarynda tussag edildi",
            description="Ýaşaýjylar çykyş etdiler, žurnalist ňäme diýdi, ädik, öý, üýtgeşik",
            people=[Person(name="Gülşat Ähmedowa")],
            date=IncidentDate("2024-01-10"),
            place=Place("lebap", "lebap-turkmenabat-city", "Seýdi"),
            rights=["iccpr:art9"],
            act_types=["010000000000"],
        )
    )
    svc.save(
        make_obs(
            title="Задержание журналиста",
            description="Сотрудники полиции задержали ЖУРНАЛИСТА у рынка",
            people=[Person(name="Сергей Иванов")],
            date=IncidentDate("2023-06-01", "2023-06-03"),
            place=Place("mary", None, "Baýramaly"),
            rights=["iccpr:art19"],
            act_types=["010100000000"],
            confidentiality="sensitive",
        )
    )
    svc.save(
        make_obs(
            title="Sarahs water shortage",
            description="Plain ASCII text about sasha and sahar",
            people=[],
            date=IncidentDate("2022-05-01", None, "month"),
            place=Place("ahal", None, "Sarahs"),
            rights=["icescr:art11"] if "icescr:art11" in _rights() else [],
            act_types=[],
            status="queued",
        )
    )
    return profile


def _rights() -> set[str]:
    from desktop.core.refdata import load_refindex

    return load_refindex().rights


def _titles(profile: Profile, **kw: object) -> list[str]:
    return [r.title for r in profile.observations.query(Q(**kw))]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("şäher", 1),
        ("ŞÄHER", 1),  # Turkmen uppercase folds
        ("Şäher", 1),
        ("saher", 1),  # typed without diacritics (issue 19): ş → s, ä → a
        ("yasayjylar", 1),
        ("zurnalist", 1),
        ("name", 1),  # ňäme
        ("oy", 1),  # öý
        ("uytgesik", 1),
        ("cykys", 1),
        ("gulsat", 1),
        ("seydi", 1),
        ("turkmenabat", 1),
        ("ýaşaýjylar", 1),
        ("ÝAŞAÝJYLAR", 1),
        ("ŽURNALIST", 1),
        ("ňäme", 1),
        ("ŇÄME", 1),
        ("ÖÝ", 1),
        ("ÜÝTGEŞIK", 1),
        ("ÇYKYŞ", 1),
        ("ädik", 1),
        ("gülşat", 1),  # a person's name
        ("GÜLŞ", 1),  # prefix of a typed word
        ("журналист", 1),  # Cyrillic, any case
        ("ЖУРНАЛИСТ", 1),
        ("задерж", 1),
        ("ЗАДЕРЖАНИЕ", 1),
        ("иванов", 1),
        ("seýdi", 1),  # settlement
        ("türkmenabat", 1),  # etrap name from resources (Turkmen)
        ("туркменабат", 1),  # … and Russian
        ("lebap", 1),
        ("sarahs", 1),
        ("sah", 2),  # prefix: "sahar", and "şäher" folded
        ("bazar tussag", 1),  # every word must match
        ("bazar журналист", 0),
        ('"; DROP TABLE observations; --', 0),  # operators and quotes mean nothing
        ("", 3),
    ],
)
def test_full_text(filled: Profile, text: str, hits: int) -> None:
    assert filled.observations.count(Q(text=text)) == hits
    assert len(filled.observations.query(Q(text=text))) == hits


def test_filters(filled: Profile) -> None:
    assert _titles(filled, velayat="mary") == ["Задержание журналиста"]
    assert _titles(filled, etrap="lebap-turkmenabat-city") == ["Şäher bazarynda tussag edildi"]
    assert _titles(filled, rights=("iccpr:art19",)) == ["Задержание журналиста"]
    assert len(_titles(filled, rights=("iccpr:art19", "iccpr:art9"))) == 2
    # A treaty finds every article under it; a broader act type finds narrower ones.
    assert len(_titles(filled, rights=("iccpr",))) == 2
    assert _titles(filled, rights=("icescr",)) == (
        ["Sarahs water shortage"] if "icescr:art11" in _rights() else []
    )
    assert len(_titles(filled, rights=("iccpr", "icescr"))) == (
        3 if "icescr:art11" in _rights() else 2
    )
    assert filled.observations.count(Q(rights=("iccpr",), velayat="mary")) == 1
    assert len(_titles(filled, act_types=("010000000000",))) == 2
    assert _titles(filled, act_types=("010100000000",)) == ["Задержание журналиста"]
    assert _titles(filled, statuses=("queued",)) == ["Sarahs water shortage"]
    assert _titles(filled, confidentiality=("sensitive",)) == ["Задержание журналиста"]
    assert _titles(filled, date_from="2023-06-02", date_to="2023-12-31") == [
        "Задержание журналиста"  # its range 06-01…06-03 overlaps
    ]
    assert _titles(filled, date_from="2024-01-01") == ["Şäher bazarynda tussag edildi"]
    assert filled.observations.count(Q(text="журналист", velayat="lebap")) == 0


def test_sorting_and_paging(filled: Profile) -> None:
    assert _titles(filled, sort="incident_date") == [
        "Şäher bazarynda tussag edildi",
        "Задержание журналиста",
        "Sarahs water shortage",
    ]
    assert _titles(filled, sort="title", descending=False)[0] == "Sarahs water shortage"
    assert _titles(filled, sort="place", descending=False)[0] == "Sarahs water shortage"  # Ahal
    assert _titles(filled, sort="status", descending=False)[-1] == "Sarahs water shortage"
    newest = _titles(filled, sort="updated")
    assert newest[0] == "Sarahs water shortage"
    page1 = _titles(filled, limit=2)
    page2 = _titles(filled, limit=2, offset=2)
    assert len(page1) == 2 and len(page2) == 1 and not set(page1) & set(page2)
    with pytest.raises(ValueError):
        filled.observations.query(Q(sort="colour"))


def test_row_holds_list_columns(filled: Profile) -> None:
    row = filled.observations.query(Q(velayat="lebap"))[0]
    assert row.place_label.startswith("Seýdi, ")
    assert row.categories == ("iccpr:art9", "010000000000")
    assert row.status == "draft" and row.sync_state == "local"


def test_search_follows_edits(filled: Profile) -> None:
    rid = filled.observations.query(Q(text="bazarynda"))[0].id
    obs = filled.observations.get(rid)
    obs.title = "Renamed"
    filled.observations.save(obs)
    assert filled.observations.count(Q(text="bazarynda")) == 0
    assert filled.observations.count(Q(text="renamed")) == 1


def test_russian_yo_folds(profile: Profile) -> None:
    """ё and е are one letter to a searcher, whichever was typed or stored."""
    svc = profile.observations
    svc.save(make_obs(title="Всё о пенсиях", description="Пенсиýa", people=[]))
    svc.save(make_obs(title="Все жалобы", description="pensiýa", people=[]))
    assert svc.count(Q(text="всё")) == 2
    assert svc.count(Q(text="все")) == 2
    assert svc.count(Q(text="pensiya")) == 1
    assert svc.count(Q(text="PENSIÝA")) == 1


def test_branch_filters_every_path(profile: Profile) -> None:
    """A treaty or a broad act type matches everything under it, the same through the SQL
    plans (inside a transaction), the list's index in memory, and a bulk import."""
    from desktop.core.refdata import load_refindex

    ref = load_refindex()
    articles = sorted(c for c in ref.rights if ref.right_parent.get(c) == "icescr")[:3]
    narrow = sorted(c for c in ref.act_types if ref.act_parent.get(c) == "020000000000")[:2]
    svc = profile.observations
    svc.save_many(
        [make_obs(rights=[articles[i % 3]], act_types=[narrow[i % len(narrow)]]) for i in range(90)]
    )
    svc.save(make_obs(rights=["iccpr:art9"], act_types=["010000000000"]))
    wanted = {"rights": ("icescr",)}, {"act_types": ("020000000000",)}
    for filters in wanted:
        q = Q(**filters, limit=1000)  # type: ignore[arg-type]
        assert svc.count(q) == 90
        assert len(svc.query(q)) == 90
        with profile.database.transaction():  # the SQL plans
            assert svc.count(q) == 90
            assert len(svc.query(q)) == 90
    assert svc.prepare_list()
    for filters in wanted:
        q = Q(**filters, limit=1000)  # type: ignore[arg-type]
        assert svc.count(q) == 90
        assert len(svc.query(q)) == 90
    assert svc.count(Q(rights=("iccpr",))) == 1
