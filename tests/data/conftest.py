"""Helpers for the data tests: writing small CSV files."""

from pathlib import Path

import pytest


@pytest.fixture
def write_csv(tmp_path):
    """Write text (UTF-8) or bytes to a file in tmp_path and return its path."""

    def write(content, name="data.csv") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        return path

    return write
