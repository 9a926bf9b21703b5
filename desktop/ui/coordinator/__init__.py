"""The coordinator's screens (dashboard and map here; Received and review come later)."""
