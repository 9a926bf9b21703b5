"""Exports: the XLSX read back equals what was exported, the CSV ZIP holds the same tables
in UTF-8 with a BOM, GeoJSON holds the points, and anonymisation takes out what it says."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.model import Consent, IncidentDate, Observation, Person, Place
from desktop.core.reports.anonymise import Anonymisation, anonymised
from desktop.core.reports.exports import (
    SHEETS,
    geojson,
    read_xlsx,
    sensitive_count,
    tables,
    write_csv_zip,
    write_geojson,
    write_xlsx,
)

from .test_report_figures import known_records


def _records() -> list[Observation]:
    records = known_records(25)
    records[0].description = '=HYPERLINK("http://x") Türkmenabat — Дашогуз'
    records[1].place = Place("ahal", None, "Änew", 37.89, 58.51)
    records[2].people = [Person(name="Aýna Myradowa", keep_anonymous=True, sex="female")]
    records[2].description = "Aýna Myradowa said AÝNA was held; myradowa's brother too."
    records[3].people = [Person(name="Open Name", keep_anonymous=False)]
    for r in records:
        r.author_device_id = "d" * 32
    return records


def _plain(value: object) -> object:
    return "" if value is None else value


def test_xlsx_read_back_equals_the_source(tmp_path: Path) -> None:
    data = tables(_records(), Anonymisation(drop_names=False))
    path = tmp_path / "cases.xlsx"
    write_xlsx(path, data)
    back = read_xlsx(path)
    assert list(back) == list(SHEETS)
    for name, (header, rows) in data.items():
        assert back[name][0] == header
        assert back[name][1] == [[_plain(v) for v in row] for row in rows], name
    assert back["observations"][1][0][10].startswith("=HYPERLINK")  # a text, not a formula
    assert len(back["people"][1]) == sum(len(r.people) for r in _records())


def test_csv_zip_holds_the_same_tables_with_a_bom(tmp_path: Path) -> None:
    data = tables(_records(), Anonymisation(drop_names=False))
    path = tmp_path / "cases.zip"
    write_csv_zip(path, data)
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == sorted(f"{n}.csv" for n in SHEETS)
        for name, (header, rows) in data.items():
            raw = archive.read(f"{name}.csv")
            assert raw.startswith(b"\xef\xbb\xbf")
            read = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
            assert read[0] == header
            assert len(read) == len(rows) + 1
    first = read_first_description(path)
    assert first.startswith("'=HYPERLINK") and "Дашогуз" in first


def read_first_description(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        text = archive.read("observations.csv").decode("utf-8-sig")
    return next(csv.DictReader(io.StringIO(text, newline="")))["description"]


def test_geojson_holds_points_and_none_when_places_are_cut(tmp_path: Path) -> None:
    records = _records()
    found = geojson(records, Anonymisation())
    assert [f["properties"]["id"] for f in found["features"]] == [records[1].id]
    assert found["features"][0]["geometry"]["coordinates"] == [58.51, 37.89]
    assert geojson(records, Anonymisation(places_to_velayat=True))["features"] == []
    write_geojson(tmp_path / "p.geojson", records, Anonymisation())
    assert json.loads((tmp_path / "p.geojson").read_text("utf-8"))["type"] == "FeatureCollection"


def test_anonymisation_takes_out_names_dates_and_places() -> None:
    records = _records()
    how = Anonymisation(drop_names=True, dates_to_month=True, places_to_velayat=True)
    data = tables(records, how)
    cells = [str(v) for _h, rows in data.values() for row in rows for v in row]
    assert not any("ýna" in c.lower() or "myradowa" in c.lower() for c in cells)
    assert any("Open Name" in c for c in cells)  # who did not ask keeps the name
    for row in data["observations"][1]:
        assert row[2] == "" or row[2].endswith("-01")
        assert row[6] == "" and row[7] == "" and row[8] is None
    assert sensitive_count(records) == sum(r.confidentiality != "normal" for r in records)


part = st.text(
    alphabet="abcdefghijklmnoprstuwyzäçňöşüýžабвгдежзиклмнопрстуфхэюя", min_size=3, max_size=10
)


@settings(max_examples=80, deadline=None)
@given(st.lists(part, min_size=1, max_size=3), st.text(max_size=40), st.booleans())
def test_a_name_that_asked_never_survives(parts: list[str], around: str, upper: bool) -> None:
    name = " ".join(p.capitalize() for p in parts)
    typed = name.upper() if upper else name
    obs = Observation.new(
        title=f"{around} {parts[-1]}",
        date=IncidentDate("2025-04-09"),
        description=f"{around}{typed}{around} ({parts[0]})",
        people=[Person(name=name, keep_anonymous=True)],
        consent=Consent(True, True, True, True),
    )
    out = anonymised(obs, Anonymisation(), withheld="[…]")
    text = " ".join([out.title, out.description, *(p.name for p in out.people)]).casefold()
    for p in parts:
        assert p.casefold() not in text
