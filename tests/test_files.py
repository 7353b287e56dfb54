"""Atomic writes: an error leaves the old file and no temp file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.inputs import files


def test_write_atomic_keeps_old_file_on_failure(tmp_path: Path, monkeypatch):
    dst = tmp_path / "out.txt"
    dst.write_text("old\n")

    def broken_replace(src, dst_path):
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(OSError):
        files.write_atomic(dst, "new text\n")
    assert dst.read_text() == "old\n"
    assert list(tmp_path.iterdir()) == [dst]  # the temp file is cleaned up
    monkeypatch.undo()
    files.write_atomic(dst, "new text\n")
    assert dst.read_text() == "new text\n"


def test_write_atomic_bytes(tmp_path: Path) -> None:
    files.write_atomic(tmp_path / "b.bin", b"\x00\x01")
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
