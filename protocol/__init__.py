"""The wire format Fieldbook's desktop app and server both speak (stdlib + cryptography)."""

from protocol.version import FORMAT_VERSION, __version__

__all__ = ["FORMAT_VERSION", "__version__"]
