"""Figures from the list's columns, checked cell by cell against a plain-Python count of a
known data set; disclosure control checked by an attacker who solves the published tables."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.listing import ObservationQuery as Q
from desktop.core.model import (
    Consent,
    FollowUpAction,
    IncidentDate,
    Observation,
    Person,
    Place,
    Source,
)
from desktop.core.profile import Profile
from desktop.core.refdata import get_reference_data
from desktop.core.reports import facets, figures
from desktop.core.reports.disclosure import Policy, PolicyError, protect, protect_together
from desktop.core.reports.figures import CrossTable

from .report_attacker import bounds, recovered

PLACES = [
    ("ahal", "ahal-ak-bugday"),
    ("lebap", "lebap-turkmenabat-city"),
    ("mary", None),
    ("balkan", None),
    (None, None),
]
ACTS = ["010000000000", "010100000000", "020000000000", "030000000000"]
RIGHTS = ["iccpr:art9", "iccpr:art7", "iccpr:art19", "icescr:art12"]
SEXES = ["female", "male", None]
AGES = ["age_0_17", "age_18_25", "age_41_60", None]
PERPS = ["police", "local_officials", "employer"]
SOURCES = ["victim_testimony", "document", None]
ACTIONS = ["referred_to_lawyer", "complaint_to_ombudsperson", "medical_help"]
RECOMMENDATIONS = ["A/HRC/39/3 para 114.12", "A/HRC/39/3 para 114.2", "A/HRC/55/5 para 6.45"]
UPR_THEMES = [
    "upr-c4:right-to-life",
    "upr-c4:freedom-of-opinion-and-expression-access-to-information",
]
SDG_TARGETS = ["16.10", "16.3", "5.2"]


def known_records(n: int = 80, seed: int = 16) -> list[Observation]:
    rng = random.Random(seed)
    links = random.Random(seed + 1)  # its own draws: the other fields stay as they were
    records = []
    for i in range(n):
        velayat, etrap = rng.choice(PLACES)
        day = None if i % 17 == 0 else f"{rng.choice([2024, 2025])}-{rng.randint(1, 12):02d}-05"
        people = [
            Person(
                role="victim", name=f"V{i}.{k}", sex=rng.choice(SEXES), age_group=rng.choice(AGES)
            )
            for k in range(rng.randint(0, 2))
        ]
        people += [
            Person(role="alleged_perpetrator", perpetrator_type=rng.choice(PERPS))
            for _ in range(rng.randint(0, 2))
        ]
        records.append(
            Observation.new(
                title=f"case {i}",
                date=IncidentDate(day) if day else IncidentDate(None, None, "unknown"),
                place=Place(velayat, etrap, "Somewhere"),
                rights=rng.sample(RIGHTS, rng.randint(0, 2)),
                act_types=rng.sample(ACTS, rng.randint(0, 2)),
                people=people,
                source=Source(type=rng.choice(SOURCES)),
                follow_up=[
                    FollowUpAction(action=a, done=rng.random() < 0.5)
                    for a in rng.sample(ACTIONS, rng.randint(0, 2))
                ],
                consent=Consent(True, True, rng.random() < 0.7, rng.random() < 0.5),
                confidentiality=rng.choice(["normal", "sensitive"]),
                recommendations=links.sample(RECOMMENDATIONS, links.randint(0, 2)),
                upr_themes=links.sample(UPR_THEMES, links.randint(0, 1)),
                sdg_targets=links.sample(SDG_TARGETS, links.randint(0, 2)),
            )
        )
    return records


def expected_categories(obs: Observation, name: str) -> set[str]:
    """What the figures should count ``obs`` under, from the record itself."""
    acts = get_reference_data().taxonomy("act_types")
    victims = [p for p in obs.people if p.role == "victim"]
    start = obs.date.start or ""
    found: list[str | None]
    if name == "velayat":
        found = [obs.place.velayat]
    elif name == "etrap":
        found = [obs.place.etrap]
    elif name == "year":
        found = [start[:4]]
    elif name == "month":
        found = [start[:7]]
    elif name == "quarter":
        found = [start and f"{start[:4]}-Q{(int(start[5:7]) - 1) // 3 + 1}"]
    elif name == "status":
        found = [obs.status]
    elif name == "confidentiality":
        found = [obs.confidentiality]
    elif name == "right":
        found = list(obs.rights)
    elif name == "act":
        found = list(obs.act_types)
    elif name.startswith("act:"):
        level = int(name[4:])
        found = [t.code for a in obs.act_types for t in acts.path(a) if t.level == level]
    elif name == "sex":
        found = [p.sex or "unknown" for p in victims]
    elif name == "age_group":
        found = [p.age_group or "unknown" for p in victims]
    elif name == "perpetrator":
        found = [p.perpetrator_type for p in obs.people if p.perpetrator_type]
    elif name == "source":
        found = [obs.source.type]
    elif name == "organisation":
        found = [obs.author_device_id]
    elif name == "follow_up":
        found = [f.action for f in obs.follow_up]
    elif name == "outcome":
        done = [f.done for f in obs.follow_up]
        found = [("done" if all(done) else "open") if done else None]
    elif name == "recommendation":
        found = list(obs.recommendations)
    elif name == "upr_theme":
        found = list(obs.upr_themes)
    elif name == "sdg_target":
        found = list(obs.sdg_targets)
    else:
        raise AssertionError(name)
    values = {v for v in found if v}
    return values or {""}


def expected_table(records: list[Observation], rows: str, columns: str | None) -> dict:
    counts: dict[tuple[str, str], int] = {}
    for obs in records:
        for a in expected_categories(obs, rows):
            for b in expected_categories(obs, columns) if columns else {""}:
                counts[(a, b)] = counts.get((a, b), 0) + 1
    return counts


@pytest.fixture
def known(profile: Profile) -> Iterator[tuple[Profile, list[Observation]]]:
    stored = profile.observations.save_many(known_records())
    yield profile, stored


DIMS = [*figures.DIMENSIONS, "act:0", "act:1"]


def _table(profile: Profile, q: Q, rows: str, columns: str | None) -> CrossTable:
    dims = (rows,) if columns is None else (rows, columns)
    selection = profile.listing.selection(q, figures.kinds_for(dims))
    assert selection is not None
    return figures.cross_table(selection, rows, columns)


def _same(table: CrossTable, expected: dict) -> None:
    got = {
        (r, c): int(table.cells[i, j])
        for i, r in enumerate(table.row_codes)
        for j, c in enumerate(table.column_codes)
        if table.cells[i, j]
    }
    assert got == expected, (table.rows, table.columns)


def test_every_cross_table_count_is_exact(known: tuple[Profile, list[Observation]]) -> None:
    profile, records = known
    q = Q()
    for rows in DIMS:
        _same(_table(profile, q, rows, None), expected_table(records, rows, None))
    for rows, columns in itertools.permutations(DIMS, 2):
        _same(_table(profile, q, rows, columns), expected_table(records, rows, columns))


def test_a_filtered_selection_counts_only_its_records(
    known: tuple[Profile, list[Observation]],
) -> None:
    profile, records = known
    q = Q(velayat="lebap", date_from="2025-01-01", date_to="2025-12-31")
    chosen = [
        r
        for r in records
        if r.place.velayat == "lebap" and r.date.start and r.date.start[:4] == "2025"
    ]
    assert chosen
    for rows, columns in [("month", None), ("right", "sex"), ("act:0", "quarter")]:
        _same(_table(profile, q, rows, columns), expected_table(chosen, rows, columns))


def test_figures_follow_an_edit(known: tuple[Profile, list[Observation]]) -> None:
    profile, records = known
    before = _table(profile, Q(), "perpetrator", None)
    obs = profile.observations.get(records[3].id)
    obs.people.append(Person(role="alleged_perpetrator", perpetrator_type="prison_staff"))
    profile.observations.save(obs)
    after = _table(profile, Q(), "perpetrator", None)
    assert after.count("prison_staff") == before.count("prison_staff") + 1


def test_previous_period_and_change(known: tuple[Profile, list[Observation]]) -> None:
    profile, records = known
    q = Q(date_from="2025-01-01", date_to="2025-12-31")
    previous = figures.previous_query(q)
    assert previous is not None
    assert (previous.date_from, previous.date_to) == ("2024-01-01", "2024-12-31")
    change = figures.compare(
        _table(profile, q, "velayat", None), _table(profile, previous, "velayat", None)
    )
    for code, now, before, pct in change.rows():
        in_year = [r for r in records if r.place.velayat == (code or None) and r.date.start]
        assert now == sum(r.date.start[:4] == "2025" for r in in_year)
        assert before == sum(r.date.start[:4] == "2024" for r in in_year)
        assert pct == (None if not before else (now - before) * 100.0 / before)
    assert figures.previous_period("2025-04-01", "2025-06-30") == ("2025-01-01", "2025-03-31")
    assert figures.previous_period("2025-03-10", "2025-03-19") == ("2025-02-28", "2025-03-09")


def test_consent_decides_what_counts_outward(known: tuple[Profile, list[Observation]]) -> None:
    profile, records = known
    selection = profile.listing.selection(Q(), figures.kinds_for(("velayat", "sex")))
    assert selection is not None
    public = figures.consenting(selection, facets.CONSENT_PUBLIC)
    institution = figures.consenting(selection, facets.CONSENT_INSTITUTION)
    assert int(public.sum()) == sum(r.consent.share_public_anonymised for r in records)
    assert int(institution.sum()) == sum(r.consent.share_institution for r in records)
    outward = figures.subset(selection, public)
    table = figures.cross_table(outward, "velayat", "sex")
    _same(
        table,
        expected_table([r for r in records if r.consent.share_public_anonymised], "velayat", "sex"),
    )


def test_recommendation_tables_are_protected_like_any_other(
    known: tuple[Profile, list[Observation]],
) -> None:
    """Cases by UN recommendation (a record may bear on several), by velayat, published
    beside the velayat table: small cells hidden, and none of them can be solved for."""
    profile, _records = known
    selection = profile.listing.selection(Q(), figures.kinds_for(("recommendation", "velayat")))
    assert selection is not None
    outward = figures.subset(selection, figures.consenting(selection, facets.CONSENT_INSTITUTION))
    by_both = figures.cross_table(outward, "recommendation", "velayat")
    by_velayat = figures.cross_table(outward, "velayat")
    assert not by_both.additive  # a case counts under each recommendation it bears on
    together = protect_together([by_velayat, by_both])
    assert together[1].hidden.any() and recovered(together) == []
    for key, (lo, hi, value) in bounds(together).items():
        assert hi - lo >= 1, (key, lo, hi, value)


def test_unknown_dimension_is_refused() -> None:
    with pytest.raises(figures.UnknownDimension):
        figures.kinds_for(("velayat", "colour"))
    with pytest.raises(figures.UnknownDimension):
        figures.check_dimension("act:9")


# -- disclosure control -------------------------------------------------------------------


def _cross(
    cells: list[list[int]], rows: str = "velayat", columns: str | None = "month"
) -> CrossTable:
    array = np.array(cells, dtype=np.int64)
    return CrossTable(
        rows,
        columns,
        [f"r{i}" for i in range(array.shape[0])],
        [f"c{j}" for j in range(array.shape[1])] if columns else [""],
        array,
        int(array.sum()),
    )


def test_small_cells_are_hidden_and_the_attacker_recovers_none() -> None:
    table = _cross([[12, 3, 20], [9, 15, 11], [30, 7, 2]])
    protected = protect(table)
    assert protected.hidden[0, 1] and protected.hidden[2, 2]  # 3 and 2
    assert not protected.hidden[-1, -1]
    assert recovered([protected]) == []
    # Without secondary suppression the attacker reads the 3 from its row total.
    naive = protect(table)
    naive.hidden[:] = naive.primary
    assert (0, 0, 1) in recovered([naive])


def test_a_small_total_is_hidden_too() -> None:
    protected = protect(_cross([[1, 2, 0], [10, 12, 9], [8, 6, 20]]))
    assert protected.hidden[0, -1]  # the row's total, 3
    assert recovered([protected]) == []


def test_etraps_are_held_to_the_stricter_threshold() -> None:
    cells = [[6, 12, 9], [10, 14, 7]]
    assert not protect(_cross(cells)).hidden.any()
    by_etrap = protect(_cross(cells, rows="etrap"))
    assert by_etrap.threshold == 8 and by_etrap.hidden[0, 0] and by_etrap.hidden[1, 2]
    assert recovered([by_etrap]) == []


def test_policy_bounds() -> None:
    for bad in [(2, 5), (5, 11), (6, 5)]:
        with pytest.raises(PolicyError):
            Policy(*bad)
    assert Policy(3, 3).threshold(_cross([[1]])) == 3


def test_a_one_way_table_never_shows_a_lone_hidden_cell() -> None:
    protected = protect(_cross([[40], [3], [25], [12]], columns=None))
    assert protected.hidden[1, 0] and protected.hidden[:, 0].sum() >= 2
    assert recovered([protected]) == []


def test_linked_tables_hide_the_same_totals() -> None:
    # Mary has 3 cases: hidden in the one-way table, so hidden in the two-way one too.
    one_way = _cross([[20], [3], [25]], columns=None)
    two_way = _cross([[8, 12], [1, 2], [10, 15]])
    by_status = _cross([[10, 10], [2, 1], [5, 20]], columns="status")
    together = protect_together([one_way, two_way, by_status])
    assert recovered(together) == []
    assert together[1].hidden[1, -1]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2), st.integers(0, 1)), max_size=60))
def test_tables_published_together_leak_nothing_together(
    records: list[tuple[int, int, int]],
) -> None:
    """Records (velayat, month, status): the tables a report prints side by side, attacked
    as one system of equations (a total printed in one table is known in all)."""
    array = np.zeros((4, 3, 2), dtype=np.int64)
    for v, m, s in records:
        array[v, m, s] += 1
    tables = [
        _cross(array.sum(axis=(1, 2))[:, None].tolist(), columns=None),
        _cross(array.sum(axis=2).tolist(), columns="month"),
        _cross(array.sum(axis=1).tolist(), columns="status"),
    ]
    assert recovered(protect_together(tables)) == []


cell = st.integers(0, 30) | st.integers(0, 4)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 5).flatmap(
        lambda cols: st.lists(st.lists(cell, min_size=cols, max_size=cols), min_size=1, max_size=6)
    ),
    st.integers(3, 10),
)
def test_no_hidden_count_can_be_worked_out(cells: list[list[int]], threshold: int) -> None:
    for columns in ("month", None) if len(cells[0]) == 1 else ("month",):
        protected = protect(_cross(cells, columns=columns), Policy(threshold, threshold))
        values = protected.extended
        shown = ~protected.hidden
        assert not ((values > 0) & (values < threshold) & shown).any()
        for key, (lo, hi, value) in bounds([protected]).items():
            assert hi - lo >= 2 or (value == 0 and hi - lo >= 1), (key, lo, hi, value)


def test_records_saved_before_the_facets_get_them_at_unlock(
    paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .conftest import PASSPHRASE, profile_at_version

    records = known_records(30)
    with profile_at_version(paths, monkeypatch, 13) as old:
        stored = old.observations.save_many(records)
        with old.database.transaction() as conn:  # as a Fieldbook of schema 13 left them
            conn.execute("DELETE FROM observation_categories WHERE kind LIKE 'f\\_%' ESCAPE '\\'")
    with Profile.unlock(paths, PASSPHRASE) as profile:
        for rows, columns in [("sex", "perpetrator"), ("outcome", "source")]:
            _same(_table(profile, Q(), rows, columns), expected_table(stored, rows, columns))


def test_links_saved_before_their_facets_get_them_at_unlock(
    paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.migrations import LATEST_VERSION

    from .conftest import PASSPHRASE, make_obs, profile_at_version

    records = known_records(30)
    assert LATEST_VERSION >= 22
    with profile_at_version(paths, monkeypatch, 20) as old:
        stored = old.observations.save_many(records)
        with old.database.transaction() as conn:  # as the version before the links' facets
            conn.execute(
                "DELETE FROM observation_categories WHERE kind IN (?, ?, ?)", facets.LINK_KINDS
            )
        assert _table(old, Q(), "recommendation", None).row_codes == [""]
        old.observations.save(
            make_obs(title="with a place", place=Place("ahal", None, "", 37.95, 58.38))
        )
        with old.database.transaction() as conn:
            conn.execute("DELETE FROM observation_categories WHERE kind = ?", (facets.POINT,))
    with Profile.unlock(paths, PASSPHRASE) as profile:
        selection = profile.listing.selection(
            Q(text="place"), (*figures.kinds_for(()), facets.POINT)
        )
        assert selection is not None
        assert selection.categories[facets.POINT][2] == ["37.9500,58.3800"]
        for rows, columns in [("recommendation", "velayat"), ("upr_theme", "sdg_target")]:
            _same(
                _table(profile, Q(text="case"), rows, columns),
                expected_table(stored, rows, columns),
            )
