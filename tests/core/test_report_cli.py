"""`fieldbook stats` and `fieldbook report` (exports): the same figures as the core, the
user's own view marked, the published view protected, bad input refused plainly."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.cli import EXIT_BAD_INPUT, EXIT_OK, main
from desktop.core.model import Observation
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.reports.exports import read_xlsx

from .conftest import PASSPHRASE
from .test_report_figures import expected_table, known_records


@pytest.fixture
def stored(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> list[Observation]:
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--org-name", "NGO"]) == EXIT_OK
    with Profile.unlock(resolve_paths(data_dir), PASSPHRASE) as profile:
        return profile.observations.save_many(known_records(120))


def _stats(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    capsys.readouterr()
    assert main(["stats", *args, "--json"]) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def test_stats_json_counts_every_cell(
    stored: list[Observation], capsys: pytest.CaptureFixture[str]
) -> None:
    out = _stats(capsys, "--by", "velayat,month")
    expected = expected_table(stored, "velayat", "month")
    for i, row in enumerate(out["rows"]):
        for j, column in enumerate(out["columns"]):
            assert out["cells"][i][j] == expected.get((row, column), 0)
            assert out["small"][i][j] == (0 < out["cells"][i][j] < 5)
    assert out["total"] == len(stored) == out["records"]
    year = _stats(capsys, "--by", "right", "--from", "2025-01-01", "--to", "2025-12-31")
    in_2025 = [r for r in stored if r.date.start and r.date.start[:4] == "2025"]
    assert year["records"] == len(in_2025)
    assert dict(zip(year["rows"], (c[0] for c in year["cells"]), strict=True)) == {
        r: n for (r, _), n in expected_table(in_2025, "right", None).items()
    }


def test_stats_protected_hides_and_leaves_out(
    stored: list[Observation], capsys: pytest.CaptureFixture[str]
) -> None:
    out = _stats(capsys, "--by", "velayat,quarter", "--protected", "--audience", "public")
    public = [r for r in stored if r.consent.share_public_anonymised]
    assert out["left_out"] == len(stored) - len(public)
    cells = [c for row in out["cells"] for c in row]
    assert None in cells and not any(c is not None and 0 < c < 5 for c in cells)


def test_stats_text_marks_small_counts(
    stored: list[Observation], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["stats", "--by", "velayat,month"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "*" in out and "fewer than 5: shown here, hidden in documents" in out
    assert out.splitlines()[-2].split()[-1] == str(len(stored))


@pytest.mark.parametrize(
    "args",
    [
        ["stats", "--by", "colour"],
        ["stats", "--by", "velayat,month,year"],
        ["stats", "--by", "velayat", "--min-count", "2"],
        ["stats", "--by", "velayat", "--from", "2025-13-01"],
        ["report", "--format", "pdf", "--out", "x.pdf"],
        ["report", "--format", "xlsx", "--out", "/no/such/folder/x.xlsx"],
        ["report", "--format", "xlsx", "--out", "x.xlsx", "--anonymise", "faces"],
    ],
)
def test_bad_input_is_refused(
    stored: list[Observation], capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    capsys.readouterr()
    assert main(args) == EXIT_BAD_INPUT
    assert capsys.readouterr().err.startswith("fieldbook: ")


def test_report_exports_xlsx_and_csv(
    stored: list[Observation], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cases.xlsx"
    # Sensitive records are in the selection: without --yes and without a terminal, refused.
    assert main(["report", "--format", "xlsx", "--out", str(out)]) == EXIT_BAD_INPUT
    assert "sensitive records" in capsys.readouterr().err and not out.exists()
    args = ["report", "--format", "xlsx", "--out", str(out), "--yes", "--anonymise", "names,dates"]
    assert main(args) == EXIT_OK
    consenting = [r for r in stored if r.consent.share_institution]
    sheets = read_xlsx(out)
    assert len(sheets["observations"][1]) == len(consenting)
    assert out.stat().st_mode & 0o077 == 0
    people = sheets["people"][1]
    assert people and all(row[3] == "" for row in people if row[4] is True)
    assert all(row[2] == "" or row[2].endswith("-01") for row in sheets["observations"][1])
    zipped = tmp_path / "cases.zip"
    assert main(["report", "--format", "csv", "--out", str(zipped), "--yes"]) == EXIT_OK
    with zipfile.ZipFile(zipped) as archive:
        assert "people.csv" in archive.namelist()


def test_stats_by_recommendation_counts_and_protects(
    stored: list[Observation], capsys: pytest.CaptureFixture[str]
) -> None:
    out = _stats(capsys, "--by", "recommendation,velayat")
    expected = expected_table(stored, "recommendation", "velayat")
    assert "A/HRC/39/3 para 114.12" in out["rows"] and "" in out["rows"]  # "" = no link
    for i, row in enumerate(out["rows"]):
        for j, column in enumerate(out["columns"]):
            assert out["cells"][i][j] == expected.get((row, column), 0)
    published = _stats(capsys, "--by", "recommendation,velayat", "--protected")
    cells = [c for row in published["cells"] for c in row]
    assert None in cells  # small cells hidden, as for any other dimension
    assert all(c is None or c == 0 or c >= 5 for c in cells)
    themes = _stats(capsys, "--by", "upr_theme,sdg_target")
    assert themes["total"] == sum(expected_table(stored, "upr_theme", "sdg_target").values())
