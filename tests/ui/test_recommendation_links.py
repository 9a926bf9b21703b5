"""Links to UN recommendations in the editor (typed forms normalised, bad ones named beside
the field, a round trip through the encrypted store) and the annex in the report's PDF."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.model import Consent
from desktop.core.reports.document import ReportOptions, build_report
from desktop.core.reports.uhri import read_uhri
from desktop.ui.reports.render import pdf_bytes
from tests.core.conftest import make_obs
from tests.ui.helpers import fill, new_editor, open_editor, save, send
from tests.ui.test_report_document import pdf_text, profile  # noqa: F401 (fixture)

THEME = "upr-c4:right-to-life"


def check_theme(editor: Any, code: str) -> None:
    items = editor.upr_themes._items()
    item = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == code)
    item.setCheckState(Qt.CheckState.Checked)


def test_links_round_trip_through_the_editor(qtbot: Any, unlocked: Any) -> None:
    editor = new_editor(unlocked)
    fill(editor, "Journalist detained")
    editor.recommendation_refs.setPlainText("a/hrc/39/3, para. 114.12\nA/HRC/55/5 §6.45")
    check_theme(editor, THEME)
    editor.sdg_targets.setText("16.10, SDG 5.2")
    assert save(editor) is True
    stored = unlocked.session.profile.observations.get(editor.observation_id)
    assert stored.recommendations == ["A/HRC/39/3 para 114.12", "A/HRC/55/5 para 6.45"]
    assert stored.upr_themes == [THEME] and stored.sdg_targets == ["16.10", "5.2"]
    editor.close()

    again = open_editor(qtbot, unlocked, stored.id)
    assert again.recommendation_refs.references() == stored.recommendations
    assert again.upr_themes.codes() == [THEME]
    assert again.sdg_targets.text() == "16.10, 5.2"
    again.upr_themes.filter.setText("right to life")
    shown = [i for i in again.upr_themes._items() if not i.isHidden()]
    assert shown and all("right to life" in i.text().casefold() for i in shown)


def test_a_bad_reference_is_named_beside_its_field(qtbot: Any, unlocked: Any) -> None:
    editor = new_editor(unlocked)
    fill(editor, "Journalist detained")
    editor.recommendation_refs.setPlainText("see the UPR report")
    editor.sdg_targets.setText("16.11")
    # a draft keeps what is being typed; sending checks in full and names the fields
    assert save(editor) is True
    unlocked.dialogs.confirm_answers[:] = [True] * 5  # "send without consent?"
    assert send(editor) is False
    assert editor.fields["recommendations"].error.isVisibleTo(editor)
    assert "A/HRC/39/3 para 114.12" in editor.fields["recommendations"].error.text()
    assert editor.fields["sdg_targets"].error.isVisibleTo(editor)
    stored = unlocked.session.profile.observations.get(editor.observation_id)
    assert stored.status == "draft" and stored.recommendations == ["see the UPR report"]


def test_the_annex_is_in_the_pdf_with_its_counts(profile: Any, tmp_path: Path) -> None:  # noqa: F811
    export = [
        {"Symbol": "A/HRC/39/3", "Text": "114.12 Guarantee press freedom", "Response": "Supported"},
        {"Symbol": "A/HRC/39/3", "Text": "114.2 Ratify OPCAT", "Response": "Noted"},
    ]
    path = tmp_path / "uhri.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    profile.recommendations.save_all(read_uhri(path))
    consent = Consent(True, True, True, False)
    records = [
        make_obs(title=f"c{i}", recommendations=["A/HRC/39/3 para 114.12"], consent=consent)
        for i in range(7)
    ]
    records.append(make_obs(recommendations=["A/HRC/39/3 para 114.2"], consent=consent))
    profile.observations.save_many(records)
    options = ReportOptions(
        "2024-01-01", "2024-12-31", recommendations=tuple(profile.recommendations.all())
    )
    text = pdf_text(pdf_bytes(build_report(profile, options)), tmp_path, layout=True)
    assert "Annex: UN recommendations and documented cases" in " ".join(text.split())
    annex = text[text.index("Cases by UN recommendation") :]
    row_12 = next(line for line in annex.splitlines() if "114.12: Guarantee" in line)
    row_2 = next(line for line in annex.splitlines() if "114.2: Ratify" in line)
    total = next(line for line in annex.splitlines() if line.split()[:1] == ["Total"])
    # 7 and 1: the 1 is hidden, and so is the 7 (the total would give the 1 away)
    assert row_12.split()[-1] == "×" and "supported" in row_12
    assert row_2.split()[-1] == "×" and "noted" in row_2
    assert total.split()[-1] == "8"


def test_the_annex_speaks_the_report_language(profile: Any) -> None:  # noqa: F811
    from desktop.ui.reports.render import translator_for

    profile.observations.save(make_obs(recommendations=["A/HRC/39/3 para 114.12"]))
    options = ReportOptions("2024-01-01", "2024-12-31", lang="tk")
    text = build_report(profile, options, translator_for("tk")).text()
    assert "Goşundy: BMG-niň maslahatlary we resminamalaşdyrylan wakalar" in text
    options = ReportOptions("2024-01-01", "2024-12-31", lang="ru")
    text = build_report(profile, options, translator_for("ru")).text()
    assert "Приложение: рекомендации ООН и задокументированные случаи" in text


def test_upr_theme_names_follow_the_language(qtbot: Any) -> None:
    from desktop.ui import i18n
    from desktop.ui.recommendation_links import UprThemeList

    themes = UprThemeList()
    qtbot.addWidget(themes)
    item = next(i for i in themes._items() if i.data(Qt.ItemDataRole.UserRole) == THEME)
    assert item.text() == "Right to life (4)"
    i18n.set_language("ru")
    qtbot.waitUntil(lambda: item.text() == "Право на жизнь (4)")
    themes.filter.setText("right to life")  # the UN's English name still finds it
    assert not item.isHidden()
    themes.filter.setText("право на жизнь")
    assert not item.isHidden()
    i18n.set_language("tk")
    qtbot.waitUntil(lambda: item.text() == "Ýaşamak hukugy (4)")
    assert themes.codes() == []  # a new name is no edit
