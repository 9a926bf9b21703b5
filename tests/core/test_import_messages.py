"""Import messages (issue 19, item 10): a file that cannot be read says what was expected
and on which line; an unknown place code lists the valid ones; common spellings of a
place map to its code; CSV saved with ";" (Russian and Turkmen spreadsheets) reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import EXIT_BAD_INPUT, EXIT_OK, main
from desktop.core.errors import ImportFormatError
from desktop.core.import_export import import_file
from desktop.core.listing import ObservationQuery as Q
from desktop.core.profile import Profile

from .conftest import PASSPHRASE

HEADER = "title,date_start,velayat,etrap,description\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "line", "expected"),
    [
        # a Windows-1251 file: the third line holds the first byte that is not UTF-8
        (
            "cp1251.csv",
            (HEADER + "A,2024-01-01,mary,,x\n").encode()
            + "Б,2024-01-01,mary,,x\n".encode("cp1251"),
            3,
            "UTF-8",
        ),
        ("bad.json", b'[\n {"title": "a"},\n {"title": }\n]', 3, "JSON"),
        ("latin.json", b'[\n{"title": "\xe9"}]', 2, "UTF-8"),
        ("noheader.csv", b"1,2,3\n4,5,6\n", 1, "separated by , or ;"),
        # a quote left open on line 2 would swallow the rest of the file
        ("quotes.csv", (HEADER + 'A,2024,mary,,"x\nB,2024,mary,,y\n').encode(), 2, "quotes"),
        ("object.json", b'{"title": "a"}', 1, "list of observations"),
    ],
)
def test_unreadable_file_says_what_and_where(
    profile: Profile, tmp_path: Path, name: str, data: bytes, line: int, expected: str
) -> None:
    with pytest.raises(ImportFormatError) as caught:
        import_file(profile.observations, _write(tmp_path, name, data))
    assert caught.value.line == line
    assert expected in caught.value.message
    assert "YYYY-MM-DD" in caught.value.message or "observations" in caught.value.message
    assert profile.observations.count() == 0


def test_other_file_types_are_named(profile: Profile, tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError) as caught:
        import_file(profile.observations, _write(tmp_path, "x.xlsx", b"PK\x03\x04"))
    assert ".csv and .json" in caught.value.message and caught.value.line is None


def test_semicolon_csv_and_place_spellings(profile: Profile, tmp_path: Path) -> None:
    rows = [
        "title;date_start;velayat;etrap;description",
        "Bir;2024-01-01;dashoguz;;a",
        "Iki;2024-01-02;Daşoguz;Akdepe etraby;b",
        "Üç;2024-01-03;Ашхабад;;c",
        "Dört;2024-01-04;LEBAP;turkmenabat;d",
    ]
    path = _write(tmp_path, "semi.csv", ("\ufeff" + "\n".join(rows) + "\n").encode())
    report = import_file(profile.observations, path)
    assert report.errors == []
    assert report.imported == 4
    svc = profile.observations
    assert svc.count(Q(velayat="dasoguz")) == 2
    assert svc.count(Q(velayat="dasoguz", etrap="dasoguz-akdepe")) == 1
    assert svc.count(Q(velayat="asgabat")) == 1
    assert svc.count(Q(velayat="lebap", etrap="lebap-turkmenabat-city")) == 1


def test_unknown_place_lists_valid_codes(profile: Profile, tmp_path: Path) -> None:
    records = [
        {"title": "a", "date": {"start": "2024-01-01"}, "place": {"velayat": "atlantis"}},
        {
            "title": "b",
            "date": {"start": "2024-01-01"},
            "place": {"velayat": "mary", "etrap": "nowhere"},
        },
        # an etrap that exists, but not in this velayat (and a velayat name as an etrap)
        {
            "title": "c",
            "date": {"start": "2024-01-01"},
            "place": {"velayat": "mary", "etrap": "dasoguz-akdepe"},
        },
        {"title": "d", "date": {"start": "2024"}, "place": {"velayat": "ahal", "etrap": "mary"}},
    ]
    path = _write(tmp_path, "places.json", json.dumps(records).encode())
    report = import_file(profile.observations, path)
    assert report.imported == 0
    by_row = {row: err for row, err in report.errors}
    assert by_row[1].field == "place.velayat" and by_row[1].code == "unknown_code"
    assert {"ahal", "balkan", "dasoguz", "lebap", "mary", "asgabat"} <= set(
        by_row[1].detail.split(", ")
    )
    mary_etraps = set(by_row[2].detail.split(", "))
    assert by_row[2].field == "place.etrap" and "dasoguz-akdepe" not in mary_etraps
    assert mary_etraps and all(code.startswith("mary") for code in mary_etraps)
    assert by_row[3].code == "etrap_outside_velayat" and set(by_row[3].detail.split(", ")) == (
        mary_etraps
    )
    assert by_row[4].field == "place.etrap" and by_row[4].code == "unknown_code"


def test_cli_prints_line_and_valid_codes(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", PASSPHRASE)
    assert main(["init"]) == EXIT_OK
    bad = _write(tmp_path, "bad.csv", HEADER.encode() + b"A,2024-01-01,mary,,\xff\n")
    capsys.readouterr()
    assert main(["import", str(bad)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "bad.csv: line 2:" in err and "UTF-8" in err
    unknown = _write(tmp_path, "p.csv", (HEADER + "A,2024-01-01,atlantis,,x\n").encode())
    assert main(["import", str(unknown)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "row 1: place.velayat: unknown_code:" in err and "dasoguz" in err
