"""Start-up caches are written whole or not at all, and a failed write costs nothing else."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from nlp.cache_file import write_whole


def test_a_cache_file_is_written_whole(tmp_path: Path) -> None:
    write_whole(tmp_path / "c.bin", b"data", "a test cache")
    assert [p.name for p in tmp_path.iterdir()] == ["c.bin"]
    assert (tmp_path / "c.bin").read_bytes() == b"data"


def test_a_failed_write_leaves_nothing_behind_and_is_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("nlp.cache_file.os.replace", refuse)
    with caplog.at_level(logging.WARNING, logger="nlp.cache_file"):
        write_whole(tmp_path / "c.bin", b"data", "a test cache")
    assert list(tmp_path.iterdir()) == []
    assert "could not cache a test cache" in caplog.text
