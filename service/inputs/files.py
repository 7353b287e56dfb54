"""Writing files so that a crash or an error never leaves half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_atomic(path: str | os.PathLike[str], data: str | bytes | Iterable[str]) -> None:
    """Write into a temp file in the same folder, fsync, then rename over `path`. `data`
    may be an iterable of text chunks, for output too large to hold in memory."""
    path = Path(path)
    chunks = [data.encode("utf-8")] if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            if isinstance(chunks, bytes):
                f.write(chunks)
            else:
                for chunk in chunks:
                    f.write(chunk if isinstance(chunk, bytes) else chunk.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
