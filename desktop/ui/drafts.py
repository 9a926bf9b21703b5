"""Deleting a draft, asked the same way from the editor and the list.

The user confirms; the core erases the record (rows, revisions, words, attachments' keys)
and the attachment service removes the now unreadable blob files — in a worker, since a
record with many attachments takes a moment. The hub then tells every screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core.errors import CoreError
from desktop.core.profile import Profile
from desktop.ui.dialogs import Dialogs, core_message
from desktop.ui.hub import hub
from desktop.ui.session import Session
from desktop.ui.workers import run_task

log = logging.getLogger(__name__)


def _erase(profile: Profile, observation_id: str) -> None:
    released = profile.observations.delete_draft(observation_id)
    profile.attachments.forget_blobs(released)


def delete_draft(
    session: Session,
    observation_id: str,
    dialogs: Dialogs,
    parent: QWidget | None,
    on_deleted: Callable[[], None] | None = None,
) -> bool:
    """Ask, then delete in a worker. Returns False when the user said no."""
    if not dialogs.confirm(
        parent,
        QCoreApplication.translate("Drafts", "Delete draft"),
        QCoreApplication.translate(
            "Drafts",
            "Delete this draft and its attachments from this laptop? It was never sent, "
            "so no copy exists anywhere else. This cannot be undone.",
        ),
    ):
        return False

    def done(_result: object) -> None:
        log.info("draft deleted")
        hub().data_changed.emit(observation_id)
        if on_deleted is not None:
            on_deleted()

    def failed(exc: BaseException) -> None:
        message = (
            core_message(exc.message)
            if isinstance(exc, CoreError)
            else QCoreApplication.translate("Drafts", "The draft could not be deleted.")
        )
        log.warning("draft not deleted: %s", type(exc).__name__)
        dialogs.error(parent, QCoreApplication.translate("Drafts", "Delete draft"), message)

    run_task(_erase, session.require(), observation_id, on_done=done, on_error=failed)
    return True
