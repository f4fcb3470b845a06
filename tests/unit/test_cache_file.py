"""Start-up caches are written whole or not at all, and a failed write costs nothing else."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from nlp.cache_file import read_marshalled, read_trusted, write_marshalled, write_whole


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


def test_a_marshalled_cache_reads_back_what_was_kept(tmp_path: Path) -> None:
    value = ({"网格员": 3, "网": 0}, 7)
    write_marshalled(tmp_path / "c.bin", value, "a test cache")
    assert read_marshalled(tmp_path / "c.bin") == value


def test_a_missing_cache_reads_as_none(tmp_path: Path) -> None:
    assert read_trusted(tmp_path / "c.bin") is None
    assert read_marshalled(tmp_path / "c.bin") is None


def test_a_cache_another_user_could_have_written_reads_as_none(tmp_path: Path) -> None:
    write_marshalled(tmp_path / "c.bin", [1, 2], "a test cache")
    (tmp_path / "c.bin").chmod(0o620)  # writable by the group
    assert read_trusted(tmp_path / "c.bin") is None
    assert read_marshalled(tmp_path / "c.bin") is None


@pytest.mark.parametrize("keep", [0, 3, 6])
def test_a_damaged_marshalled_cache_reads_as_none(tmp_path: Path, keep: int) -> None:
    write_marshalled(tmp_path / "c.bin", ["网格员", 3, 4.5], "a test cache")
    whole = (tmp_path / "c.bin").read_bytes()
    (tmp_path / "c.bin").write_bytes(whole[:keep])  # cut short, checksum and all
    assert read_marshalled(tmp_path / "c.bin") is None
    (tmp_path / "c.bin").write_bytes(whole[:-2] + bytes([whole[-2] ^ 0xFF]) + whole[-1:])
    assert read_marshalled(tmp_path / "c.bin") is None


def test_a_value_marshal_cannot_keep_is_refused_and_nothing_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_marshalled(tmp_path / "c.bin", object(), "a test cache")
    assert list(tmp_path.iterdir()) == []
