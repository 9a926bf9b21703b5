"""The report document rendered: the PDF's text (pdftotext) holds the expected totals and
none of the names of people who asked to stay anonymous (names drawn by hypothesis); the
ODT is a valid ODF package; the short UPR-shaped variant stays within five pages; the
document speaks the language asked for, whatever the window speaks."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop.core.model import Consent, FollowUpAction, IncidentDate, Observation, Person, Place
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.reports.document import (
    UPR,
    ReportCancelled,
    ReportOptions,
    build_report,
)
from desktop.core.reports.labels import Labeller
from desktop.ui.reports.render import odt_bytes, pdf_bytes, translator_for, write_pdf
from tests.core.test_report_figures import known_records

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)
PASSPHRASE = "correct horse battery staple"


def pdf_text(data: bytes, tmp: Path, *, layout: bool = False) -> str:
    path = tmp / "report.pdf"
    path.write_bytes(data)
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(args, check=True, capture_output=True, timeout=60).stdout.decode()
    return unicodedata.normalize("NFKC", text)  # ligatures (ﬁ) back to letters


def pages(data: bytes, tmp: Path) -> int:
    path = tmp / "pages.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, timeout=60)
    return int(re.search(rb"Pages:\s+(\d+)", info.stdout).group(1))


@pytest.fixture
def profile(qapp, tmp_path: Path) -> Iterator[Profile]:
    with Profile.create(resolve_paths(tmp_path / "data"), PASSPHRASE, org_name="Lebap") as p:
        yield p


def _in_2025(obs: Observation) -> bool:
    return bool(obs.date.start) and obs.date.start[:4] == "2025"


def test_the_pdf_holds_the_expected_totals(profile: Profile, tmp_path: Path) -> None:
    records = profile.observations.save_many(known_records(300))
    doc = build_report(profile, ReportOptions("2025-01-01", "2025-12-31"))
    text = pdf_text(pdf_bytes(doc), tmp_path, layout=True)
    counted = [r for r in records if _in_2025(r) and r.consent.share_institution]
    left = [r for r in records if _in_2025(r) and not r.consent.share_institution]
    assert f"The selection holds {len(counted) + len(left)} documented cases;" in " ".join(
        text.split()
    )
    assert f"{len(counted)} of them count in this document" in " ".join(text.split())
    assert f"{len(left)} cases were left out because" in " ".join(text.split())
    labels = Labeller("en", lambda t: t)
    table = text[text.index("Cases by Velayat") :]
    published = 0
    for velayat in ("ahal", "balkan", "lebap", "mary"):
        line = next(
            x for x in table.splitlines() if x.startswith(labels.category("velayat", velayat))
        )
        shown = line.split()[-3]
        expected = sum(r.place.velayat == velayat for r in counted)
        assert shown == str(expected) or (shown == "×" and expected < 5), line
        published += shown != "×"
    assert published >= 3
    total = next(x for x in table.splitlines() if x.startswith("Total"))
    assert total.split()[1] == str(len(counted))


part = st.text(alphabet="abdegjkmnoprstuwyzäçňöşüýž", min_size=5, max_size=9).filter(
    lambda p: any(c in "äçňöşüýž" for c in p)
)
years = itertools.count(1960)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.lists(part, min_size=2, max_size=3), min_size=1, max_size=3))
def test_no_anonymous_name_reaches_the_pdf(
    profile: Profile, tmp_path: Path, names: list[list[str]]
) -> None:
    year = next(years)  # each example's records have a year of their own
    full_names = [" ".join(p.capitalize() for p in parts) for parts in names]
    records = []
    for n, name in enumerate(full_names):
        first, last = names[n][0], names[n][-1]
        records.append(
            Observation.new(
                title=f"Detention of {name}",
                date=IncidentDate(f"{year}-0{n + 1}-1{n}"),
                place=Place("mary", None, f"{last.capitalize()} street"),
                rights=["iccpr:art9", "iccpr:art19"][: n % 2 + 1],
                act_types=["010000000000"],
                description=f"{name.upper()} was taken; {first} told us. {last}'s son saw it.",
                people=[
                    Person(role="victim", name=name, keep_anonymous=True, sex="female"),
                    Person(role="witness", name="Open Witness", keep_anonymous=False),
                ],
                follow_up=[FollowUpAction("referred_to_lawyer", f"call {first}")],
                consent=Consent(True, True, True, True),
                confidentiality="sensitive",
            )
        )
    profile.observations.save_many(records)
    doc = build_report(profile, ReportOptions(f"{year}-01-01", f"{year}-12-31"))
    text = pdf_text(pdf_bytes(doc), tmp_path).casefold()
    assert "[name withheld]" in text  # the narratives were told
    assert f"{year}-01" in text and f"{year}-01-10" not in text  # sensitive: month only
    for parts in names:
        for p in parts:
            assume(p.casefold() not in "open witness")
            assert p.casefold() not in text


def test_the_odt_is_a_valid_odf_package(profile: Profile, tmp_path: Path) -> None:
    profile.observations.save_many(known_records(120))
    doc = build_report(profile, ReportOptions("2025-01-01", "2025-12-31"))
    path = tmp_path / "report.odt"
    path.write_bytes(odt_bytes(doc))
    with zipfile.ZipFile(path) as odf:
        first = odf.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert odf.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = ElementTree.fromstring(odf.read("content.xml"))
        assert any(n.startswith("Pictures/") for n in odf.namelist())  # the map, a chart
        ElementTree.fromstring(odf.read("META-INF/manifest.xml"))
    words = " ".join(content.itertext())
    assert "Documented cases are not a sample of the population." in words
    assert f"{doc.figures['counted']} of them count in this document" in words


def test_the_upr_variant_fits_five_pages_with_a_thousand_cases(
    profile: Profile, tmp_path: Path
) -> None:
    profile.observations.save_many(known_records(1000, seed=7))
    doc = build_report(profile, ReportOptions("2025-01-01", "2025-12-31", variant=UPR))
    data = pdf_bytes(doc)
    assert pages(data, tmp_path) <= 5
    text = " ".join(pdf_text(data, tmp_path).split())
    assert "Universal Periodic Review" in text and "1. This submission" in text


@pytest.mark.parametrize(
    ("lang", "title", "caveat"),
    [
        ("ru", "Задокументированные случаи", "не являются выборкой населения"),
        ("tk", "Resminamalaşdyrylan adam hukuklary", "ilatyň saýlamasy däldir"),
    ],
)
def test_the_document_speaks_its_own_language(
    profile: Profile, tmp_path: Path, lang: str, title: str, caveat: str
) -> None:
    profile.observations.save_many(known_records(60))
    tr = translator_for(lang)
    doc = build_report(profile, ReportOptions("2025-01-01", "2025-12-31", lang=lang), tr)
    path = tmp_path / f"report-{lang}.pdf"
    write_pdf(path, doc)
    assert path.stat().st_mode & 0o077 == 0  # private, like every file Fieldbook writes
    text = " ".join(pdf_text(path.read_bytes(), tmp_path).split())
    assert title in text and caveat in text


def test_a_report_can_be_cancelled(profile: Profile) -> None:
    profile.observations.save_many(known_records(40))
    steps: list[int] = []
    with pytest.raises(ReportCancelled):
        build_report(
            profile,
            ReportOptions("2025-01-01", "2025-12-31"),
            progress=lambda done, of: steps.append(done),
            cancelled=lambda: len(steps) >= 2,
        )
    assert steps == [0, 10]


def test_the_cli_writes_the_report(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import EXIT_OK, main

    data = tmp_path / "cli-data"
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(data), "init", "--org-name", "Daşoguz NGO"]) == EXIT_OK
    with Profile.unlock(resolve_paths(data), PASSPHRASE) as profile:
        profile.observations.save_many(known_records(80))
    for fmt in ("pdf", "odt"):
        out = tmp_path / f"report.{fmt}"
        args = ["--data-dir", str(data), "report", "--from", "2025-01-01", "--to", "2025-12-31"]
        args += ["--lang", "ru", "--format", fmt, "--out", str(out)]
        assert main(args) == EXIT_OK
        assert out.stat().st_mode & 0o077 == 0
    assert "cases counted" in capsys.readouterr().out
    text = " ".join(pdf_text((tmp_path / "report.pdf").read_bytes(), tmp_path).split())
    assert "Подготовлено: Daşoguz NGO" in text


def test_charts_and_the_map_publish_only_protected_counts(profile: Profile) -> None:
    from desktop.core.reports.document import Figure
    from desktop.ui.reports.render import bars_image, map_image

    records = known_records(60)
    for r in records:
        r.consent.share_institution = True
    records[0].place = Place("dasoguz")  # the only case in Daşoguz: hidden
    records[0].date = IncidentDate("2025-06-01")
    profile.observations.save_many(records)
    doc = build_report(profile, ReportOptions("2025-01-01", "2025-12-31"))
    figures_ = [b for b in doc.blocks if isinstance(b, Figure)]
    assert [f.kind for f in figures_] == ["map", "bars"]
    on_map = {code: n for code, _label, n in figures_[0].items}
    assert on_map["dasoguz"] is None and on_map["asgabat"] == 0
    assert all(n is None or n >= 5 or n == 0 for f in figures_ for _c, _l, n in f.items)
    assert not map_image(figures_[0]).isNull() and not bars_image(figures_[1]).isNull()
