"""The Bot API method table and typed access to request parameters.

Parameters arrive as a JSON body (already typed) or as form fields (all strings, nested objects
JSON-encoded, as aiogram sends them); `Params` reads both the same way.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gridbot.emulator.objects import bad_request

if TYPE_CHECKING:
    from gridbot.emulator.state import EmulatorState


@dataclass
class Upload:
    """A file part of a multipart request."""

    filename: str
    content: bytes
    content_type: str | None = None


class Params:
    def __init__(self, values: dict[str, Any], files: dict[str, Upload] | None = None) -> None:
        self.values = values
        self.files = files or {}

    def __contains__(self, name: str) -> bool:
        return name in self.values or name in self.files

    def text(self, name: str, required: bool = False) -> str | None:
        value = self.values.get(name)
        if value is None or value == "":
            if required:
                raise bad_request(f"{name} is empty")
            return None
        return str(value)

    def integer(self, name: str, required: bool = False) -> int | None:
        value = self.values.get(name)
        if value is None or value == "":
            if required:
                raise bad_request(f"{name} is empty")
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def number(self, name: str) -> float:
        try:
            return float(self.values[name])
        except (KeyError, TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def flag(self, name: str) -> bool:
        value = self.values.get(name)
        if isinstance(value, str):
            return value.lower() in ("true", "1")
        return bool(value)

    def obj(self, name: str) -> Any:
        """A nested object: decoded from a JSON string when it came as a form field."""
        value = self.values.get(name)
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                raise bad_request(f"can't parse {name} JSON object") from None
        return value

    def chat_id(self) -> int | str:
        """A numeric chat id, or an @username."""
        value = self.values.get("chat_id")
        if isinstance(value, str) and value.startswith("@"):
            return value
        return self.integer("chat_id", required=True)  # type: ignore[return-value]

    def loggable(self) -> dict[str, Any]:
        """The parameters with file parts summarised, for the requests log."""
        files = {n: f"<file {u.filename} {len(u.content)} bytes>" for n, u in self.files.items()}
        return {**self.values, **files}


Handler = Callable[["EmulatorState", Params], Awaitable[Any]]

# lower-cased method name -> (canonical name, handler); Telegram ignores the case of names.
METHODS: dict[str, tuple[str, Handler]] = {}


def api_method(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        METHODS[name.lower()] = (name, handler)
        return handler

    return register


def find_method(name: str) -> tuple[str, Handler] | None:
    return METHODS.get(name.lower())
