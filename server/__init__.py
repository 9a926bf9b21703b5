"""Fieldbook's central sync server: stores and relays envelopes and blobs it cannot read."""
