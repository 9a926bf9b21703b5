"""The single version source: pyproject, packaging and the running code all read it."""

__version__ = "0.1.0"

#: Version of the wire format (envelope header ``v``, blob magic, receipts).
FORMAT_VERSION = 1
