"""Problems with one field of a record (:class:`FieldError`), all of a record's together
(:class:`ValidationError`), and the lenient reader of a JSON body that collects them under
dotted paths (``people.2.age_group``) instead of failing at the first."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP

__all__ = ["MSG_TYPE", "FieldError", "ValidationError"]


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    message: str
    # Facts that help fix the value and hold no recorded content, such as the valid codes
    # (shown after the translated message, untranslated).
    detail: str = ""

    def to_dict(self) -> dict[str, str]:
        found = {"field": self.field, "code": self.code, "message": self.message}
        if self.detail:
            found["detail"] = self.detail
        return found


class ValidationError(Exception):
    code = "invalid"

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.code}" for e in errors))


MSG_TYPE = QT_TRANSLATE_NOOP("core", "This value has the wrong type.")


class _Reader:
    """Reads a JSON-like dict, collecting type errors under dotted field paths."""

    def __init__(self, data: Any, prefix: str, errors: list[FieldError]) -> None:
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}
        self.prefix = prefix
        self.errors = errors
        if data is not None and not isinstance(data, dict):
            self.errors.append(FieldError(prefix.rstrip(".") or "body", "invalid_type", MSG_TYPE))

    def _bad(self, key: str) -> None:
        self.errors.append(FieldError(self.prefix + key, "invalid_type", MSG_TYPE))

    def text(self, key: str, default: str = "") -> str:
        value = self.data.get(key, default)
        if value is None:
            return default
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        self._bad(key)
        return default

    def opt_text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            return value
        self._bad(key)
        return None

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _BOOL_WORDS:
            return _BOOL_WORDS[value.strip().lower()]
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        self._bad(key)
        return default

    def opt_float(self, key: str) -> float | None:
        value = self.data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            self._bad(key)
            return None
        if isinstance(value, int | float):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value.strip())
            except ValueError:
                pass
        self._bad(key)
        return None

    def integer(self, key: str, default: int) -> int:
        value = self.data.get(key, default)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        self._bad(key)
        return default

    def str_list(self, key: str) -> list[str]:
        value = self.data.get(key)
        if value is None or value == "":
            return []
        if isinstance(value, str):  # "a; b" from CSV cells
            return [part.strip() for part in value.replace(",", ";").split(";") if part.strip()]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return list(value)
        self._bad(key)
        return []

    def dict_list(self, key: str) -> list[Any]:
        value = self.data.get(key)
        if value is None:
            return []
        if isinstance(value, list):
            return value
        self._bad(key)
        return []

    def sub(self, key: str) -> _Reader:
        return _Reader(self.data.get(key), f"{self.prefix}{key}.", self.errors)


_BOOL_WORDS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
