"""Sync: enrolment, delivery of envelopes and blobs, and reviews flowing back (no Qt)."""
