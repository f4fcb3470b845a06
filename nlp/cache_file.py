"""Files kept between starts to save start-up time (beside jieba's own cache)."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def write_whole(path: Path, data: bytes, what: str) -> None:
    """Write `data` to `path` whole or not at all: a reader never sees half a file, and a
    failed write leaves nothing behind. A read-only or full folder costs start-up time only,
    so a failure is logged, not raised."""
    temporary = None
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError as exc:
        log.warning("could not cache %s in %s: %s", what, path, exc)
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
