"""The training controller and its worker thread (QtCore only)."""
