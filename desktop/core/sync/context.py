"""What every step of a sync works with: the profile (its keys), the sync store (role,
server, coordination key) and a way to open the transport to the enrolled server."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.sync.errors import NotEnrolledError
from desktop.core.sync.state import SyncStore

if TYPE_CHECKING:
    from desktop.core.profile import Profile
    from desktop.core.sync.transport import Transport


def _default_transport() -> Callable[..., Transport]:
    # requests and its friends load only when a sync runs (see sync_controller._engine)
    from desktop.core.sync.transport import Transport

    return Transport


@dataclass
class SyncContext:
    profile: Profile
    store: SyncStore
    transport_factory: Callable[..., Transport] = field(default_factory=_default_transport)
    should_stop: Callable[[], bool] = lambda: False

    @property
    def role(self) -> str | None:
        return self.store.role

    def transport(self) -> Transport:
        """A transport to the enrolled server, signing with this device's keys, the server's
        key pinned at enrolment."""
        url, token = self.store.server_url, self.store.token
        if not url or not token:
            raise NotEnrolledError()
        return self.transport_factory(
            url,
            self.profile.device_keys,
            token=token,
            server_key=self.store.server_key,
            proxy=self.store.proxy,
        )
