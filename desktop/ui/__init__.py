"""The PySide6 desktop application: windows, dialogs, item models and workers.

Screens call ``desktop.core`` services and never run SQL; long work runs in workers on a
thread pool and reports through signals.
"""
