"""Links to UN recommendations (issue 16 item 5): references validated and normalised, the
UHRI export read from JSON and XLSX files made here, malformed files refused with nothing
stored, re-import idempotent, the CLI, and the annex's counts under disclosure control."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import EXIT_BAD_INPUT, EXIT_OK, main
from desktop.core.model import Consent, Observation, ValidationError
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.reports.document import HIDDEN, ReportOptions, build_report
from desktop.core.reports.recommendations import NOTED, SUPPORTED
from desktop.core.reports.references import normalise_reference, normalise_sdg_target
from desktop.core.reports.uhri import (
    M_BAD_ROW,
    M_NO_COLUMNS,
    M_NOT_A_LIST,
    M_UNREADABLE,
    UhriFormatError,
    read_uhri,
)
from desktop.core.reports.upr_themes import upr_theme_codes

from .conftest import PASSPHRASE, make_obs

#: Shaped like the UHRI export (COORDINATOR.md): AnnotationId, Symbol, Text beginning with
#: the paragraph, Sdgs "16.10 - …", Themes, AffectedPersons and the State's response.
EXPORT = [
    {
        "AnnotationId": "a1",
        "Symbol": "A/HRC/39/3",
        "Text": "114.12 Guarantee the freedom of expression of journalists",
        "Sdgs": ["16.10 - Ensure public access to information"],
        "Themes": ["Freedom of opinion and expression & access to information"],
        "AffectedPersons": ["Journalists", "Media"],
        "Response": "Supported",
    },
    {
        "AnnotationId": "a2",
        "Symbol": "A/HRC/39/3",
        "Text": "114.2 Ratify the Optional Protocol to the Convention against Torture",
        "Sdgs": "16.3 - Promote the rule of law; 16.a - Strengthen institutions",
        "Themes": "Ratification of & accession to international instruments",
        "AffectedPersons": "",
        "Response": "Noted",
    },
    {
        "AnnotationId": "a3",
        "Symbol": "A/HRC/55/5",
        "Text": "6.45 End arbitrary detention",
        "Sdgs": [],
        "Themes": ["Right to life"],
        "AffectedPersons": [],
        "Response": "Supported/Noted",
    },
]


def write_json(path: Path, items: object) -> Path:
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return path


def write_xlsx(path: Path, items: list[dict], title: str | None = "UHRI export") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    if title:
        sheet.append([title])  # a title above the header, as exports have
        sheet.append([])
    header = ["AnnotationId", "Symbol", "Text", "Sdgs", "Themes", "AffectedPersons", "Response"]
    sheet.append(header)
    for item in items:
        row = []
        for name in header:
            value = item[name]
            row.append("; ".join(value) if isinstance(value, list) else value)
        sheet.append(row)
    book.save(path)
    return path


# -- references --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "A/HRC/39/3 para 114.12",
        "a/hrc/39/3, para. 114.12",
        "A/HRC/39/3 paragraph 114.12",
        "A/HRC/39/3 §114.12",
        "  A/HRC/39/3 114.12 ",
    ],
)
def test_a_reference_is_read_to_one_form(typed: str) -> None:
    assert normalise_reference(typed) == "A/HRC/39/3 para 114.12"


@pytest.mark.parametrize("typed", ["", "114.12", "A/HRC/39/3", "HRC 39 3 para 1", "A/HRC/39/3 x"])
def test_a_reference_without_symbol_or_paragraph_is_refused(typed: str) -> None:
    assert normalise_reference(typed) is None


def test_sdg_targets() -> None:
    assert normalise_sdg_target("16.10 - Ensure public access") == "16.10"
    assert normalise_sdg_target("SDG 5.2") == "5.2"
    assert normalise_sdg_target("16.A") == "16.a"
    assert normalise_sdg_target("17.19") == "17.19" and normalise_sdg_target("3.d") == "3.d"
    for bad in ("18.1", "0.1", "16", "16.100", "16.d", "16.11", "17.a", "x"):
        assert normalise_sdg_target(bad) is None, bad


def test_a_record_carries_links_and_bad_ones_are_named(profile: Profile) -> None:
    theme = "upr-c4:right-to-life"
    assert theme in upr_theme_codes()
    body = make_obs().to_dict()
    body.update(
        recommendations="a/hrc/39/3, para. 114.12; A/HRC/55/5 6.45",
        upr_themes=[theme],
        sdg_targets=["16.10"],
    )
    saved = profile.observations.save(Observation.from_dict(body))
    again = profile.observations.get(saved.id)
    assert again.recommendations == ["A/HRC/39/3 para 114.12", "A/HRC/55/5 para 6.45"]
    assert again.upr_themes == [theme] and again.sdg_targets == ["16.10"]

    bad = make_obs(
        recommendations=["not a reference", "A/HRC/39/3 para 1", "A/HRC/39/3 para 1"],
        upr_themes=["upr-c4:no-such-theme"],
        sdg_targets=["16.99x"],
    )
    with pytest.raises(ValidationError) as caught:
        profile.observations.save(bad)
    found = {(e.field, e.code) for e in caught.value.errors}
    assert found == {
        ("recommendations.0", "invalid_reference"),
        ("recommendations.2", "duplicate"),
        ("upr_themes.0", "unknown_code"),
        ("sdg_targets.0", "invalid_sdg_target"),
    }


def test_a_record_without_links_keeps_its_body() -> None:
    body = make_obs().to_dict()
    assert not {"recommendations", "upr_themes", "sdg_targets"} & set(body)
    assert Observation.from_dict(body).to_dict() == body


# -- the importer -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["json", "xlsx"])
def test_the_export_is_read(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"uhri.{kind}"
    (write_json if kind == "json" else write_xlsx)(path, EXPORT)
    found = {r.key: r for r in read_uhri(path)}
    assert set(found) == {
        "A/HRC/39/3 para 114.12",
        "A/HRC/39/3 para 114.2",
        "A/HRC/55/5 para 6.45",
    }
    first = found["A/HRC/39/3 para 114.12"]
    assert first.text == "Guarantee the freedom of expression of journalists"
    assert first.response == SUPPORTED and first.sdg_targets == ["16.10"]
    assert first.themes == ["upr-c4:freedom-of-opinion-and-expression-access-to-information"]
    assert first.affected_persons == ["Journalists", "Media"]
    assert first.annotation_id == "a1"
    second = found["A/HRC/39/3 para 114.2"]
    assert second.response == NOTED and second.sdg_targets == ["16.3", "16.a"]
    assert found["A/HRC/55/5 para 6.45"].response == ""  # mixed: left for the office


def test_json_wrapped_in_an_object_is_read(tmp_path: Path) -> None:
    path = write_json(tmp_path / "uhri.json", {"data": EXPORT[:1]})
    assert [r.key for r in read_uhri(path)] == ["A/HRC/39/3 para 114.12"]


def _refused(path: Path) -> UhriFormatError:
    with pytest.raises(UhriFormatError) as caught:
        read_uhri(path)
    return caught.value


def test_malformed_files_are_refused_naming_what_was_expected(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(b"\x00\x01 not json")
    assert _refused(garbage).message == M_UNREADABLE
    assert _refused(write_json(tmp_path / "d.json", {"a": 1})).message == M_NOT_A_LIST
    assert _refused(write_json(tmp_path / "e.json", [{"x": 1}])).message == M_NOT_A_LIST
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    assert _refused(broken).message == M_UNREADABLE
    book = openpyxl.Workbook()
    book.active.append(["Name", "Value"])
    book.save(tmp_path / "other.xlsx")
    assert _refused(tmp_path / "other.xlsx").message == M_NO_COLUMNS
    no_paragraph = [*EXPORT[:2], {**EXPORT[2], "Text": "End arbitrary detention"}]
    refused = _refused(write_json(tmp_path / "p.json", no_paragraph))
    assert refused.message == M_BAD_ROW and refused.line == 3
    refused = _refused(write_xlsx(tmp_path / "p.xlsx", [{**EXPORT[0], "Symbol": ""}]))
    assert refused.message == M_BAD_ROW and refused.line == 4  # title, blank, header, row


# -- storage and the CLI ------------------------------------------------------------------


@pytest.fixture
def cli_profile(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--org-name", "NGO"]) == EXIT_OK
    return data_dir


def test_cli_imports_idempotently_and_lists(
    cli_profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "uhri.xlsx", EXPORT)
    assert main(["recommendations", "import", str(path)]) == EXIT_OK
    assert "3 added, 0 updated, 0 unchanged (3 in" in capsys.readouterr().out
    assert main(["recommendations", "import", str(path)]) == EXIT_OK
    assert "0 added, 0 updated, 3 unchanged (3 in" in capsys.readouterr().out
    changed = [{**EXPORT[0], "Response": "Noted"}]
    assert main(["recommendations", "import", str(write_json(tmp_path / "u.json", changed))]) == 0
    assert "0 added, 1 updated, 0 unchanged (3 in" in capsys.readouterr().out
    assert main(["recommendations", "list", "--json"]) == EXIT_OK
    listed = json.loads(capsys.readouterr().out)
    # by document, then paragraph as numbers: 114.2 before 114.12
    assert [r["key"] for r in listed] == [
        "A/HRC/39/3 para 114.2",
        "A/HRC/39/3 para 114.12",
        "A/HRC/55/5 para 6.45",
    ]
    assert listed[1]["response"] == NOTED
    assert main(["recommendations", "list"]) == EXIT_OK
    assert "A/HRC/39/3 para 114.12\tnoted\t16.10\tGuarantee" in capsys.readouterr().out


def test_cli_refuses_a_bad_file_and_stores_nothing(
    cli_profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = [EXPORT[0], {**EXPORT[1], "Symbol": "not a symbol"}]
    assert main(["recommendations", "import", str(write_json(tmp_path / "b.json", bad))]) == (
        EXIT_BAD_INPUT
    )
    err = capsys.readouterr().err
    assert "line 2" in err and "document symbol" in err
    with Profile.unlock(resolve_paths(cli_profile), PASSPHRASE) as profile:
        assert profile.recommendations.count() == 0


def test_recommendations_are_not_in_plaintext_on_disk(cli_profile: Path, tmp_path: Path) -> None:
    path = write_json(tmp_path / "uhri.json", EXPORT)
    assert main(["recommendations", "import", str(path)]) == EXIT_OK
    path.unlink()
    for file in cli_profile.rglob("*"):
        if file.is_file():
            assert b"Guarantee the freedom" not in file.read_bytes(), file


# -- the annex ----------------------------------------------------------------------------


def linked_cases(profile: Profile) -> None:
    """114.12: 6 cases (shown), 114.2: 2 and 6.45: 3 (both small: hidden); one case
    without consent for the institution, linked to 114.12: not counted."""
    consent = Consent(True, True, True, False)
    records = []
    for i in range(6):
        links = ["A/HRC/39/3 para 114.12"] + (["A/HRC/39/3 para 114.2"] if i < 2 else [])
        records.append(make_obs(title=f"case {i}", recommendations=links, consent=consent))
    for _ in range(3):
        records.append(make_obs(recommendations=["A/HRC/55/5 para 6.45"], consent=consent))
    records.append(
        make_obs(
            recommendations=["A/HRC/39/3 para 114.12"],
            consent=Consent(True, True, False, False),
        )
    )
    records.append(make_obs(consent=consent))  # no link
    profile.observations.save_many(records)


def annex_rows(doc) -> dict[str, list[str]]:
    table = next(b for b in doc.blocks if getattr(b, "caption", "") == "Cases by UN recommendation")
    return {row[0].split(":")[0]: row[1:] for row in table.rows}


def test_the_annex_counts_cases_under_disclosure_control(profile: Profile, tmp_path: Path) -> None:
    path = write_json(tmp_path / "uhri.json", EXPORT)
    profile.recommendations.save_all(read_uhri(path))
    linked_cases(profile)
    options = ReportOptions(
        "2024-01-01", "2024-12-31", recommendations=tuple(profile.recommendations.all())
    )
    rows = annex_rows(build_report(profile, options))
    assert rows["A/HRC/39/3 para 114.12"] == ["supported", "6"]
    assert rows["A/HRC/39/3 para 114.2"] == ["noted", HIDDEN]
    assert rows["A/HRC/55/5 para 6.45"] == ["–", HIDDEN]
    # the total gives only 114.2 + 6.45 = 5: two hidden cells cover each other
    assert rows["Total"] == ["", "11"]


def test_the_annex_lists_linked_recommendations_not_loaded(profile: Profile) -> None:
    linked_cases(profile)
    rows = annex_rows(build_report(profile, ReportOptions("2024-01-01", "2024-12-31")))
    assert rows["A/HRC/39/3 para 114.12"] == ["–", "6"]
    assert set(rows) == {
        "A/HRC/39/3 para 114.2",
        "A/HRC/39/3 para 114.12",
        "A/HRC/55/5 para 6.45",
        "Total",
    }


def test_without_recommendations_the_annex_says_so(profile: Profile) -> None:
    profile.observations.save(make_obs())
    doc = build_report(profile, ReportOptions("2024-01-01", "2024-12-31"))
    assert "No UN recommendations were loaded" in doc.text()


def test_one_small_count_hides_a_second_so_the_total_cannot_give_it_away() -> None:
    from desktop.core.reports.document import Document, recommendations_annex

    doc = Document("t", [], "en")
    counts = {"A/HRC/39/3 para 114.12": 6, "A/HRC/39/3 para 114.2": 7, "A/HRC/55/5 para 6.45": 2}
    recommendations_annex(
        doc, counts, 15, ReportOptions("2024-01-01", "2024-12-31"), str, linked_only=False
    )
    rows = annex_rows(doc)
    assert rows["A/HRC/55/5 para 6.45"] == ["–", HIDDEN]
    assert rows["A/HRC/39/3 para 114.12"] == ["–", HIDDEN]  # the smallest other count
    assert rows["A/HRC/39/3 para 114.2"] == ["–", "7"]
    assert rows["Total"] == ["", "15"]
    short = Document("t", [], "en")
    recommendations_annex(
        short,
        {**counts, "A/HRC/1/1 para 1": 0},
        15,
        ReportOptions("2024-01-01", "2024-12-31"),
        str,
        linked_only=True,
    )
    assert "A/HRC/1/1 para 1" not in annex_rows(short)


def test_links_survive_the_csv_format() -> None:
    import csv
    import io

    from desktop.core.import_export import csv_row_to_dict, write_csv

    obs = make_obs(
        recommendations=["A/HRC/39/3 para 114.12", "A/HRC/55/5 para 6.45"],
        upr_themes=["upr-c4:right-to-life"],
        sdg_targets=["16.10", "5.2"],
    )
    out = io.StringIO()
    write_csv(out, iter([obs]))
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    back = Observation.from_dict(csv_row_to_dict(row))
    assert back.recommendations == obs.recommendations
    assert back.upr_themes == obs.upr_themes and back.sdg_targets == obs.sdg_targets
    typed = Observation.from_dict(csv_row_to_dict({**row, "recommendations": "A/HRC/39/3, para 1"}))
    assert typed.recommendations == ["A/HRC/39/3 para 1"]


def test_exports_carry_the_links_in_their_own_sheet(tmp_path: Path) -> None:
    from desktop.core.reports.anonymise import Anonymisation
    from desktop.core.reports.exports import read_xlsx, tables, write_xlsx

    obs = make_obs(
        recommendations=["A/HRC/39/3 para 114.12"],
        upr_themes=["upr-c4:right-to-life"],
        sdg_targets=["16.10"],
    )
    data = tables([obs, make_obs()], Anonymisation())
    expected = [
        [obs.id, "recommendation", "A/HRC/39/3 para 114.12", ""],
        [obs.id, "upr_theme", "upr-c4:right-to-life", "Right to life"],
        [obs.id, "sdg_target", "16.10", ""],
    ]
    assert data["un_links"] == (["observation_id", "kind", "code", "label"], expected)
    write_xlsx(tmp_path / "cases.xlsx", data)
    assert read_xlsx(tmp_path / "cases.xlsx")["un_links"][1] == expected


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ru", "строка 2: У рекомендации нет правильного обозначения документа"),
        ("tk", "Maslahatyň dogry resminama belgisi ýok"),
    ],
)
def test_cli_errors_speak_the_profiles_language(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    said: str,
) -> None:
    from desktop import cli_text

    if not (cli_text.I18N_DIR / f"fieldbook_{lang}.qm").exists():
        pytest.skip("translations not compiled")
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", PASSPHRASE)
    try:
        assert main(["init", "--language", lang]) == EXIT_OK
        bad = [EXPORT[0], {**EXPORT[1], "Symbol": ""}]
        path = write_json(tmp_path / "b.json", bad)
        capsys.readouterr()
        assert main(["recommendations", "import", str(path)]) == EXIT_BAD_INPUT
        assert said in capsys.readouterr().err
    finally:
        cli_text.use_language("en")


def test_every_upr_theme_has_a_russian_and_a_turkmen_name() -> None:
    import re

    from desktop.core.reports.labels import Labeller
    from desktop.core.reports.upr_themes import upr_themes

    for theme in upr_themes():
        assert re.search("[а-яё]", theme.label_ru.lower()), theme.code
        assert theme.label_tk and theme.label_tk != theme.label_ru, theme.code
        assert not re.search("[а-яё]", theme.label_tk.lower()), theme.code  # Latin script
    life = "upr-c4:right-to-life"
    assert Labeller("ru", str).category("upr_theme", life) == "Право на жизнь"
    assert Labeller("tk", str).category("upr_theme", life) == "Ýaşamak hukugy"
    assert Labeller("en", str).category("upr_theme", life) == "Right to life"
