"""The headless CLI: every subcommand and every exit code."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, EXIT_WRONG_PASSPHRASE, main

from .conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
GOOD_ROW = {
    "title": "Arrest near Türkmenabat",
    "date_start": "2024-02-03",
    "velayat": "lebap",
    "etrap": "lebap-turkmenabat-city",
    "rights": "iccpr:art9; iccpr:art14",
    "description": "Detained for two days",
    "people": json.dumps([{"role": "victim", "name": "Aýna", "sex": "female"}]),
    "consent_obtained": "yes",
    "consent_share_coordinators": "true",
}


@pytest.fixture
def cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--org-name", "NGO"]) == EXIT_OK
    return data_dir


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=sorted({k for r in rows for k in r}))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _list(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["list", "--json"]) == EXIT_OK
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_init_twice_is_bad_input(cli: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (cli / "profile.fbdb").exists()
    assert main(["init"]) == EXIT_BAD_INPUT
    assert "already exists" in capsys.readouterr().err


def test_init_weak_passphrase(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", "short")
    assert main(["init"]) == EXIT_BAD_INPUT
    assert not (data_dir / "profile.fbdb").exists()


def test_no_passphrase_without_terminal(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIELDBOOK_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115
    assert main(["init"]) == EXIT_BAD_INPUT


def test_data_dir_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "elsewhere"
    assert main(["--data-dir", str(target), "init"]) == EXIT_OK
    assert (target / "profile.fbdb").exists()


def test_import_reports_rows_and_keeps_valid_ones(
    cli: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_date = dict(GOOD_ROW, title="Bad end", date_end="2024-01-01")
    no_title = dict(GOOD_ROW, title="")
    no_consent = dict(GOOD_ROW, title="No consent", consent_obtained="no")
    bad_lat = dict(GOOD_ROW, title="Lat", lat="north", lon="60")
    path = _csv(tmp_path / "in.csv", [GOOD_ROW, bad_date, no_title, no_consent, bad_lat, GOOD_ROW])
    assert main(["import", str(path)]) == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert "imported 2, rejected 4" in captured.out
    assert "row 2: date.end: end_before_start" in captured.err
    assert "row 3: title: required" in captured.err
    assert "row 4: consent.share_coordinators: sharing_without_consent" in captured.err
    assert "row 5: place.lat: invalid_type" in captured.err
    assert "Türkmenabat" not in captured.err  # no recorded content in errors
    rows = _list(capsys)
    assert len(rows) == 2 and {r["status"] for r in rows} == {"draft"}


def test_import_json_queued_and_show(
    cli: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = {
        "title": "Journalist detained",
        "date": {"start": "2023-11-01", "precision": "month"},
        "place": {"velayat": "mary", "settlement": "Baýramaly", "lat": 37.6, "lon": 62.16},
        "people": [{"role": "witness", "name": "Merdan"}],
        "tags": ["press"],
    }
    path = tmp_path / "in.json"
    path.write_text(json.dumps([body]), encoding="utf-8")
    assert main(["import", "--status", "queued", str(path)]) == EXIT_OK
    rows = _list(capsys)
    assert rows[0]["status"] == "queued"
    assert main(["show", str(rows[0]["id"])]) == EXIT_OK
    shown = json.loads(capsys.readouterr().out)
    assert shown["place"]["settlement"] == "Baýramaly" and shown["tags"] == ["press"]
    assert main(["show", "0" * 32]) == EXIT_BAD_INPUT
    assert main(["list"]) == EXIT_OK
    assert "Journalist detained" in capsys.readouterr().out


@pytest.mark.parametrize("content", [b"\xff\xfe garbage", b"not,a,fieldbook\n1,2,3\n", b"{}"])
def test_unreadable_import_file(cli: Path, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / ("x.json" if content.startswith(b"{") else "x.csv")
    path.write_bytes(content)
    assert main(["import", str(path)]) == EXIT_BAD_INPUT
    assert main(["import", str(tmp_path / "missing.csv")]) == EXIT_BAD_INPUT
    assert main(["import", str(tmp_path / "x.xlsx")]) == EXIT_BAD_INPUT


def test_export_round_trip(cli: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["import", str(_csv(tmp_path / "in.csv", [GOOD_ROW]))])
    assert main(["export", "--format", "json", "-o", str(tmp_path / "out.json")]) == EXIT_OK
    assert main(["export", "--format", "csv", "-o", str(tmp_path / "out.csv")]) == EXIT_OK
    exported = json.loads((tmp_path / "out.json").read_text("utf-8"))["observations"]
    assert exported[0]["title"] == GOOD_ROW["title"]
    with open(tmp_path / "out.csv", encoding="utf-8") as fh:
        assert next(csv.DictReader(fh))["rights"] == "iccpr:art9; iccpr:art14"
    # Re-importing the same ids is refused row by row; a second profile accepts the files.
    assert main(["import", str(tmp_path / "out.json")]) == EXIT_BAD_INPUT
    assert "id: already_exists" in capsys.readouterr().err
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "init"]) == EXIT_OK
    assert main(["--data-dir", str(other), "import", str(tmp_path / "out.csv")]) == EXIT_OK
    assert main(["--data-dir", str(other), "import", str(tmp_path / "out.json")]) == EXIT_BAD_INPUT


def test_wrong_passphrase_is_3(cli: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", "not the right one")
    for args in (
        ["list"],
        ["show", "0" * 32],
        ["passwd"],
        ["export", "--format", "csv", "-o", "x"],
    ):
        assert main(args) == EXIT_WRONG_PASSPHRASE


def test_passwd(cli: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDBOOK_NEW_PASSPHRASE", "another passphrase")
    assert main(["passwd"]) == EXIT_OK
    assert main(["list"]) == EXIT_WRONG_PASSPHRASE
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", "another passphrase")
    assert main(["list"]) == EXIT_OK
    monkeypatch.setenv("FIELDBOOK_NEW_PASSPHRASE", "short")
    assert main(["passwd"]) == EXIT_BAD_INPUT


def test_missing_profile_and_damaged_profile(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", PASSPHRASE)
    assert main(["list"]) == EXIT_BAD_INPUT
    assert main(["init"]) == EXIT_OK
    db = data_dir / "profile.fbdb"
    db.write_bytes(os.urandom(db.stat().st_size))
    assert main(["list"]) == EXIT_FAILURE
    err = capsys.readouterr().err
    assert "not a Fieldbook profile" in err and "Traceback" not in err


def test_usage_errors(cli: Path) -> None:
    assert main(["frobnicate"]) == EXIT_BAD_INPUT
    assert main(["export", "--format", "xml", "-o", "x"]) == EXIT_BAD_INPUT
    assert main(["show"]) == EXIT_BAD_INPUT
    assert main(["--version"]) == EXIT_OK


def test_no_subcommand_without_gui(
    cli: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "desktop.ui.app", None)  # import fails as if absent
    assert main([]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Fieldbook" in out and "profile.fbdb" in out


def test_module_entry_point(cli: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO), FIELDBOOK_PASSPHRASE="wrong passphrase")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "list"], env=env, capture_output=True, text=True
    )
    assert result.returncode == EXIT_WRONG_PASSPHRASE
    assert result.stderr.strip() == "fieldbook: The passphrase is not correct."
