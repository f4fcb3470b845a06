"""Files kept between starts to save start-up time (beside jieba's own cache)."""

from __future__ import annotations

import logging
import marshal
import os
import tempfile
import zlib
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_CHECKSUM_BYTES = 4  # a CRC-32 of the marshalled data, before it
# Part of every marshalled cache file's name (hashed with what it was made from): a file laid
# out another way, by another version of this code sharing the folder, has another name, so
# neither version ever reads the other's file (a checksum read as marshalled data could be
# an int, not a miss). Change it with the layout or with marshal's format.
MARSHALLED = f"checksum+marshal {marshal.version}"


def cache_path(folder: Path | None, kind: str, digest: Any) -> Path:
    """Where a cache of this kind made from what `digest` (a hashlib hash) has seen is kept:
    `folder`, by default the temp folder beside jieba's own cache."""
    return Path(folder or tempfile.gettempdir()) / f"gridbot-{kind}.{digest.hexdigest()[:20]}.bin"


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


def read_trusted(path: Path) -> bytes | None:
    """The bytes of the cache file at `path`, or None: none there, unreadable, or not written
    by this user alone (another user could otherwise plant data in a shared temp folder)."""
    try:
        with path.open("rb") as cached:
            info = os.fstat(cached.fileno())
            if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
                return None
            return cached.read()
    except OSError:
        return None


def write_marshalled(path: Path, value: Any, what: str) -> None:
    """`value` marshalled into `path` (see `write_whole`) after a checksum of it, so a file
    damaged since is known as such, not read as other data. Raises ValueError for a value
    marshal cannot keep."""
    data = marshal.dumps(value)
    write_whole(path, zlib.crc32(data).to_bytes(_CHECKSUM_BYTES, "big") + data, what)


def read_marshalled(path: Path) -> Any:
    """What `write_marshalled` kept at `path`, or None: none there, not trusted (see
    `read_trusted`) or damaged.

    The file is read whole and then unmarshalled: `marshal.load` on an open file asks it for
    each object's few bytes in turn, which for jieba's dictionary takes three times as long.
    The checksum costs a thousandth of a second for that dictionary."""
    raw = read_trusted(path)
    if raw is None:
        return None
    data = memoryview(raw)[_CHECKSUM_BYTES:]
    if zlib.crc32(data) != int.from_bytes(raw[:_CHECKSUM_BYTES], "big"):
        return None
    try:
        return marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
