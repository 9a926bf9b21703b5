"""Every way a wire input can be wrong has its own error type.

Callers catch :class:`ProtocolError` (or a subclass) and never see a bare exception from
inside ``cryptography``, ``json`` or ``zlib``. Messages never contain plaintext content.
"""


class ProtocolError(Exception):
    """Base class: the input is not something this side can accept."""

    code = "protocol_error"


class MalformedError(ProtocolError):
    """Structurally wrong: bad JSON, a missing or mistyped field, bad base64."""

    code = "malformed"


class CanonicalJSONError(MalformedError):
    """A value cannot be encoded canonically (NaN, non-string key, unsupported type)."""

    code = "not_canonical"


class UnsupportedVersionError(ProtocolError):
    """A format version this code does not speak."""

    code = "unsupported_version"


class SignatureError(ProtocolError):
    """A signature does not verify, or the signer is not who the data says."""

    code = "bad_signature"


class UnknownRecipientError(ProtocolError):
    """None of the keys offered can open this envelope."""

    code = "not_a_recipient"


class DecryptionError(ProtocolError):
    """Authenticated decryption failed: the ciphertext or its associated data was altered."""

    code = "decryption_failed"


class BlobError(ProtocolError):
    """An attachment blob is damaged."""

    code = "bad_blob"


class ChunkTamperedError(BlobError):
    """A chunk was modified, reordered, duplicated or replaced."""

    code = "chunk_tampered"


class TruncatedBlobError(BlobError):
    """The blob ends before its final chunk, or carries bytes after it."""

    code = "blob_truncated"


class BlobIdMismatchError(BlobError):
    """The blob's SHA-256 differs from the id it was expected to have."""

    code = "blob_id_mismatch"


class InvitationError(ProtocolError):
    """An invitation code cannot be read: mistyped, truncated or of an unknown version."""

    code = "bad_invitation"


class StaleRequestError(SignatureError):
    """A signed request's time is too far from the verifier's clock."""

    code = "stale_request"
