"""Rendering the report document (desktop/core/reports/document.py) with Qt."""
