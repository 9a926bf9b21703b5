"""Every string the app shows has a Russian and a Turkmen translation, including every plural
form: an empty form makes Qt fall back to the English source for those numbers."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "i18n"


@pytest.mark.parametrize("lang", ["ru", "tk"])
def test_every_message_is_translated(lang: str) -> None:
    root = ET.parse(I18N / f"fieldbook_{lang}.ts").getroot()
    missing = []
    checked = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        assert translation is not None, source
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        checked += 1
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
            missing.append(source)
    assert checked > 100
    assert missing == []
