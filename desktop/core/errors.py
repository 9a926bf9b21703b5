"""Errors raised by core services.

Each carries a stable ``code`` (for programs and tests), an optional ``field`` and an English
message marked for translation. Messages never quote recorded content, so they are safe to
show, log or copy into a bug report.
"""

from __future__ import annotations

from desktop.core.i18n import QT_TRANSLATE_NOOP


class CoreError(Exception):
    code = "core_error"
    default_message = QT_TRANSLATE_NOOP("core", "Something went wrong.")

    def __init__(self, message: str | None = None, *, field: str | None = None) -> None:
        self.message = message or self.default_message
        self.field = field
        super().__init__(self.message)


class ProfileMissingError(CoreError):
    code = "profile_missing"
    default_message = QT_TRANSLATE_NOOP("core", "There is no profile in this folder yet.")


class ProfileExistsError(CoreError):
    code = "profile_exists"
    default_message = QT_TRANSLATE_NOOP("core", "A profile already exists in this folder.")


class WrongPassphraseError(CoreError):
    code = "wrong_passphrase"
    default_message = QT_TRANSLATE_NOOP("core", "The passphrase is not correct.")


class NotAProfileError(CoreError):
    code = "not_a_profile"
    default_message = QT_TRANSLATE_NOOP(
        "core", "This file is not a Fieldbook profile, or it is damaged."
    )


class WeakPassphraseError(CoreError):
    code = "weak_passphrase"
    default_message = QT_TRANSLATE_NOOP("core", "The passphrase must be at least 8 characters.")


class ProfileClosedError(CoreError):
    code = "profile_closed"
    default_message = QT_TRANSLATE_NOOP("core", "The profile is locked.")


class NotFoundError(CoreError):
    code = "not_found"
    default_message = QT_TRANSLATE_NOOP("core", "The record does not exist.")


class TransitionError(CoreError):
    code = "bad_transition"
    default_message = QT_TRANSLATE_NOOP("core", "This status change is not allowed.")


class AttachmentError(CoreError):
    code = "attachment_error"
    default_message = QT_TRANSLATE_NOOP("core", "The attachment could not be read or written.")


class ImportFormatError(CoreError):
    code = "bad_import_file"
    default_message = QT_TRANSLATE_NOOP("core", "The file cannot be read as CSV or JSON.")

    def __init__(
        self, message: str | None = None, *, field: str | None = None, line: int | None = None
    ) -> None:
        super().__init__(message, field=field)
        #: The line of the file where reading stopped (1 is the first), when known.
        self.line = line
