"""Pull: read changes page by page and apply each page.

:class:`PageApplier` applies one page of envelopes wherever it came from: the server's
``/v1/changes`` (the cursor is saved in the transaction that applies the page) or a file
carried on a USB stick (no cursor: a file page is applied idempotently beside the server's
stream). Nothing on a page is trusted for being there: every envelope is verified and opened
with its author's key; this device's own envelopes are taken back only when their signature
and the server's receipt verify.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sync.errors import EpochChangedError, SyncError
from desktop.core.sync.inbox import Inbox, inbox_row
from desktop.core.sync.outbox import Outbox
from desktop.core.sync.progress import ProgressFn, SyncProgress, SyncSummary
from desktop.core.sync.receipts import verified_receipt
from desktop.core.sync.rotation import note_sealed_for
from desktop.core.sync.state import SyncStore
from desktop.core.sync.transport import Transport
from protocol.encoding import b64decode
from protocol.envelope import Envelope
from protocol.errors import ProtocolError
from protocol.keys import EncryptionKey

if TYPE_CHECKING:
    from desktop.core.profile import Profile

#: an envelope as parsed (None: it did not parse) and the page item it came in
Entry = tuple[Envelope | None, dict[str, Any]]


@dataclass
class Applied:
    """What applying envelopes did besides storing them: how many this profile held
    already, and which it refused, as (envelope id or "", reason code) — never content."""

    held: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)


def _receipt_envelope_id(item: Any) -> str | None:
    """The envelope id the server's receipt beside a pulled envelope names, if any."""
    receipt = item.get("receipt") if isinstance(item, dict) else None
    value = receipt.get("envelope") if isinstance(receipt, dict) else None
    return value if isinstance(value, str) else None


class PageApplier:
    def __init__(self, profile: Profile, store: SyncStore, outbox: Outbox) -> None:
        self.profile = profile
        self.store = store
        self.outbox = outbox
        self.inbox = Inbox(profile.database, profile.device_id)

    def _opening_keys(self) -> list[EncryptionKey]:
        # every generation of the coordination key held: older records stay readable
        ring = self.store.coordination_ring().values()
        return [self.profile.device_keys.encryption, *map(EncryptionKey.from_bytes, ring)]

    def apply(
        self, page: dict[str, Any], summary: SyncSummary, *, from_server: bool = False
    ) -> Applied:
        """Apply one page in one transaction; ``from_server``: also save its cursor."""
        position: tuple[str, int] | None = None
        if from_server:
            epoch, _, seq_text = str(page.get("next_cursor", "")).partition(":")
            if not seq_text.isdigit():
                raise SyncError()
            position = (epoch, int(seq_text))
        items = page.get("envelopes") or []
        if not isinstance(items, list):
            raise SyncError()
        keys = _listed_keys(page)
        # The receipt beside each envelope names it: envelopes this profile already holds
        # (a field device gets its own back) are skipped unparsed. Only skipping trusts the
        # name; anything stored is parsed, verified and named by its own hash.
        hints = {h for h in map(_receipt_envelope_id, items) if h is not None}
        with self.profile.database.transaction():
            self.inbox.remember_keys(keys)
            skip = self.inbox.present("outbox", hints) | self.inbox.present("inbox", hints)
            entries: list[Entry] = []
            for item in items:
                hint = _receipt_envelope_id(item)
                if hint is not None and hint in skip:
                    continue
                try:
                    entries.append((Envelope.from_wire(item["envelope"]), item))
                except (ProtocolError, KeyError, TypeError):
                    entries.append((None, {}))
            return self.apply_parsed(entries, summary, position=position)

    def apply_parsed(
        self, entries: list[Entry], summary: SyncSummary, *,
        position: tuple[str, int] | None = None,
    ) -> Applied:  # fmt: skip
        """Apply envelopes already parsed (``None``: one that did not parse), each with its
        page item (its receipt, its server sequence), in one transaction; ``position``: the
        server cursor (epoch, sequence) saved in it. A parcel hands in what it parsed, so an
        envelope is parsed once however it came."""
        own = self.profile.device_id
        my_keys = self._opening_keys()
        applied = Applied()
        ids = {env.envelope_id for env, _ in entries if env is not None}
        db = self.profile.database
        with db.transaction():
            sent_here = self.inbox.present("outbox", ids)
            held = self.inbox.present("inbox", ids)
            authors: dict[str, bytes | None] = {}
            rows: list[tuple[Any, ...]] = []
            receipts: list[tuple[str, str]] = []  # carried back to authors in parcels
            observed: dict[str, Any] = {}  # others' observations: envelope id → body
            records: list[str] = []
            # author → recipients of its newest observation here (who still seals for an
            # older coordination key, desktop/core/sync/rotation.py)
            sealed_for: dict[str, tuple[str, ...]] = {}
            for env, item in entries:
                if env is None:
                    self.store.log(
                        "error",
                        "malformed",
                        QT_TRANSLATE_NOOP("core", "A received envelope was malformed."),
                    )
                    applied.refused.append(("", "malformed"))
                    continue
                envelope_id = env.envelope_id
                if env.header.author == own:
                    fresh = envelope_id not in sent_here and not self.outbox.holds(envelope_id)
                    if fresh and self._adopt_own(env, item):
                        summary.adopted += 1
                    elif not fresh:
                        applied.held += 1
                    sent_here.add(envelope_id)
                    continue
                if envelope_id in held:
                    applied.held += 1
                    continue
                author = env.header.author
                if author not in authors:
                    authors[author] = self.inbox.signing_key(author)
                signing_key = authors[author]
                if signing_key is None:
                    self.store.log(
                        "error",
                        "unknown_author",
                        QT_TRANSLATE_NOOP("core", "An envelope's author is unknown."),
                    )
                    applied.refused.append((envelope_id, "unknown_author"))
                    continue
                try:
                    body = env.open(my_keys, signing_key)
                except ProtocolError as exc:
                    self.store.log(
                        "error",
                        exc.code,
                        QT_TRANSLATE_NOOP("core", "A received envelope could not be opened."),
                    )
                    applied.refused.append((envelope_id, exc.code))
                    continue
                if env.header.kind == "review" and not self.profile.reviews.apply(
                    env, body, signing_key, item.get("receipt"), summary
                ):
                    applied.refused.append((envelope_id, "review_refused"))
                    continue
                rows.append(inbox_row(env, int(item.get("server_seq", 0)), body))
                if env.header.kind == "observation":
                    observed[envelope_id] = body
                    records.append(env.header.record_id)
                    sealed_for[author] = env.header.recipient_ids  # signed by its author
                if isinstance(item.get("receipt"), dict):
                    receipts.append((envelope_id, json.dumps(item["receipt"])))
                held.add(envelope_id)
                summary.received += 1
            self.inbox.store(rows)
            self.inbox.store_receipts(receipts)
            note_sealed_for(self.store, sealed_for)
            if records:
                # received records become list rows (desktop/core/observations/received.py)
                stored = self.profile.observations.store_received(records, observed)
                if stored.foreign:
                    self.store.log(
                        "error",
                        "foreign_revision",
                        QT_TRANSLATE_NOOP(
                            "core",
                            "A revision of another device's record was ignored: only its"
                            " author revises a record.",
                        ),
                    )
            if position is not None:
                self.store.set_position(*position)
        return applied

    def _adopt_own(self, env: Envelope, item: dict[str, Any]) -> bool:
        """Take back an envelope this device sealed before its profile was restored from a
        backup — only if it is this device's (its signature verifies with this device's
        key) and the server receipted it (its receipt verifies with the pinned server key
        and names it and its sequence number). A forged one would move the hash chain's end
        and the server would refuse everything after it, for ever."""
        keys = self.profile.device_keys
        try:
            env.verify(keys.signing.public)
        except ProtocolError:
            receipt = None
        else:
            receipt = verified_receipt(
                item.get("receipt"), env.envelope_id, env.header.seq, self.store.server_key
            )
        if receipt is None:
            self.store.log(
                "error",
                "forged_own_envelope",
                QT_TRANSLATE_NOOP(
                    "core", "An envelope claiming to come from this computer was refused."
                ),
            )
            return False
        self.outbox.adopt(env, receipt.to_json())
        if env.header.kind == "observation":
            try:
                body = env.open([keys.encryption], keys.signing.public)
            except ProtocolError:
                return True
            self.inbox.store([inbox_row(env, int(item.get("server_seq", 0)), body)])
        return True


def _listed_keys(page: dict[str, Any]) -> list[tuple[str, bytes, bytes]]:
    listed = page.get("keys") or {}
    if not isinstance(listed, dict):
        raise SyncError()
    try:
        return [
            (
                str(device_id),
                b64decode(entry["signing_key"], length=32),
                b64decode(entry["encryption_key"], length=32),
            )
            for device_id, entry in listed.items()
        ]
    except (ProtocolError, KeyError, TypeError) as exc:
        raise SyncError() from exc


class Puller:
    def __init__(
        self,
        applier: PageApplier,
        *,
        page_size: int = 200,
        should_stop: Callable[[], bool] = lambda: False,
        on_epoch_changed: Callable[[str], None],
    ) -> None:
        self.applier = applier
        self.page_size = page_size
        self.should_stop = should_stop
        self.on_epoch_changed = on_epoch_changed

    def pull(self, transport: Transport, summary: SyncSummary, report: ProgressFn) -> None:
        """Read changes from the saved cursor. The next page is fetched while this one is
        applied; the cursor is saved only in the transaction that applies its page."""
        store = self.applier.store
        restarted = False

        def fetch(cursor: str) -> Any:
            return transport.get_json("/v1/changes", {"cursor": cursor, "limit": self.page_size})

        with ThreadPoolExecutor(1, thread_name_prefix="fieldbook-pull") as pool:
            ahead: Future[Any] | None = None
            while not self.should_stop():
                report(SyncProgress("receiving", summary.received))
                if ahead is None:
                    ahead = pool.submit(fetch, f"{store.epoch}:{store.cursor}")
                try:
                    page = ahead.result()
                except EpochChangedError as exc:
                    if restarted:
                        raise
                    restarted = True
                    self.on_epoch_changed(exc.epoch)
                    continue
                finally:
                    ahead = None
                if not isinstance(page, dict):
                    raise SyncError()
                more = bool(page.get("more"))
                following = page.get("next_cursor")
                if more and isinstance(following, str) and not self.should_stop():
                    ahead = pool.submit(fetch, following)
                self.applier.apply(page, summary, from_server=True)
                if not more:
                    return
