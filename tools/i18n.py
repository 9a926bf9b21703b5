"""Translation pipeline: ``python -m tools.i18n update`` and ``python -m tools.i18n release``.

``update`` runs ``pyside6-lupdate`` over ``desktop/`` (the UI and the core's
``QT_TRANSLATE_NOOP("core", ...)`` messages) into ``i18n/fieldbook_tk.ts`` and
``i18n/fieldbook_ru.ts``, keeping existing translations. ``release`` compiles them with
``pyside6-lrelease`` into ``.qm`` files beside them (git-ignored; built by ``make``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
LANGS = ("tk", "ru")
SOURCES = ("desktop",)


def _tool(name: str) -> str:
    """The PySide6 tool next to this interpreter, else on PATH."""
    candidate = Path(sys.executable).with_name(name)
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def ts_files() -> list[Path]:
    return [I18N / f"fieldbook_{lang}.ts" for lang in LANGS]


def python_sources() -> list[str]:
    files: list[str] = []
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "__pycache__" not in path.parts:
                files.append(str(path.relative_to(ROOT)))
    return files


def update() -> int:
    I18N.mkdir(exist_ok=True)
    cmd = [
        _tool("pyside6-lupdate"),
        "-locations",
        "relative",
        "-no-obsolete",
        *python_sources(),
        "-ts",
        *(str(p.relative_to(ROOT)) for p in ts_files()),
    ]
    for path in ts_files():
        lang = path.stem.split("_")[-1]
        if not path.exists():
            path.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{lang}"></TS>\n',
                encoding="utf-8",
            )
    return subprocess.call(cmd, cwd=ROOT)


def release() -> int:
    rc = 0
    for path in ts_files():
        if not path.exists():
            print(f"missing {path.relative_to(ROOT)}; run: python -m tools.i18n update")
            rc = 1
            continue
        qm = path.with_suffix(".qm")
        rc |= subprocess.call(
            [_tool("pyside6-lrelease"), "-silent", str(path), "-qm", str(qm)], cwd=ROOT
        )
    return rc


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["update"]:
        return update()
    if args == ["release"]:
        return release()
    print("usage: python -m tools.i18n update|release", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
