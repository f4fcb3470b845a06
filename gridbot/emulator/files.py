"""Files known to the emulator: uploads from the bot, fake media from users, downloads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gridbot.emulator.objects import bad_request, new_file_ids

# The smallest well-formed JPEG header; enough for anything that sniffs the type.
FAKE_JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
PHOTO_SIZES = ((90, 67), (1280, 960))


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    content: bytes
    file_path: str
    file_name: str | None = None
    mime_type: str | None = None
    width: int | None = None
    height: int | None = None
    url: str | None = None  # set when the bot sent an HTTP URL instead of bytes

    def to_json(self) -> dict[str, Any]:
        """The `File` object answered by getFile."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "file_path": self.file_path,
        }

    def photo_size(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "width": self.width or 0,
            "height": self.height or 0,
        }

    def document(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
        }
        if self.file_name:
            data["file_name"] = self.file_name
        if self.mime_type:
            data["mime_type"] = self.mime_type
        return data


class FileStore:
    def __init__(self) -> None:
        self._by_id: dict[str, StoredFile] = {}
        self._by_path: dict[str, StoredFile] = {}
        self._photo_sizes: dict[str, list[StoredFile]] = {}

    def __len__(self) -> int:
        return len(self._by_id)

    def add(self, content: bytes, folder: str, suffix: str, **extra: Any) -> StoredFile:
        file_id, unique_id = new_file_ids()
        path = f"{folder}/file_{len(self._by_id)}.{suffix}"
        stored = StoredFile(file_id, unique_id, content, path, **extra)
        self._by_id[file_id] = stored
        self._by_path[path] = stored
        return stored

    def get(self, file_id: str) -> StoredFile | None:
        return self._by_id.get(file_id)

    def by_path(self, path: str) -> StoredFile | None:
        return self._by_path.get(path)

    def require(self, file_id: str) -> StoredFile:
        stored = self._by_id.get(file_id)
        if stored is None:
            raise bad_request("wrong file identifier/HTTP URL specified")
        return stored

    def add_photo(self, content: bytes = FAKE_JPEG) -> list[StoredFile]:
        """One stored file per photo size, smallest first, as Telegram lists them."""
        sizes = [
            self.add(content, "photos", "jpg", width=w, height=h, mime_type="image/jpeg")
            for w, h in PHOTO_SIZES
        ]
        for size in sizes:
            self._photo_sizes[size.file_id] = sizes
        return sizes

    def photo_sizes(self, file_id: str) -> list[StoredFile]:
        """All sizes of the photo that `file_id` is one size of."""
        stored = self.require(file_id)
        return self._photo_sizes.get(file_id, [stored])
