"""Bot API methods with files and places: photos, documents, albums, locations, copies."""

from __future__ import annotations

import mimetypes
import secrets
from typing import Any

from gridbot.emulator.api import Params, Upload, api_method
from gridbot.emulator.files import FAKE_JPEG, StoredFile
from gridbot.emulator.messages import message_text, send
from gridbot.emulator.objects import BOT_USER, bad_request
from gridbot.emulator.state import EmulatorState

WRONG_FILE = "wrong file identifier/HTTP URL specified"


def _upload_for(value: Any, files: dict[str, Upload], name: str) -> Upload | str:
    """The uploaded part a parameter refers to (`attach://` or a part of the same name)."""
    if name != "media" and name in files:
        return files[name]
    if isinstance(value, str) and value.startswith("attach://"):
        part = files.get(value.removeprefix("attach://"))
        if part is None:
            raise bad_request(WRONG_FILE)
        return part
    if not value:
        raise bad_request(f"there is no {name} in the request")
    return str(value)


def _photo(state: EmulatorState, value: Any, files: dict[str, Upload], name: str) -> list[Any]:
    source = _upload_for(value, files, name)
    if isinstance(source, Upload):
        sizes = state.files.add_photo(source.content)
    elif source.startswith(("http://", "https://")):
        sizes = state.files.add_photo(FAKE_JPEG)
        for size in sizes:
            size.url = source
    else:
        sizes = state.files.photo_sizes(source)
    return [size.photo_size() for size in sizes]


def _document(state: EmulatorState, value: Any, files: dict[str, Upload], name: str) -> Any:
    source = _upload_for(value, files, name)
    stored: StoredFile
    if isinstance(source, Upload):
        suffix = source.filename.rsplit(".", 1)[-1] if "." in source.filename else "bin"
        stored = state.files.add(
            source.content,
            "documents",
            suffix,
            file_name=source.filename,
            mime_type=_mime_type(source),
        )
    elif source.startswith(("http://", "https://")):
        file_name = source.rsplit("/", 1)[-1] or "file"
        stored = state.files.add(b"", "documents", "bin", file_name=file_name, url=source)
    else:
        stored = state.files.require(source)
    return stored.document()


def _mime_type(upload: Upload) -> str:
    """Telegram guesses from the file name when the client sent no specific type."""
    if upload.content_type and upload.content_type != "application/octet-stream":
        return upload.content_type
    return mimetypes.guess_type(upload.filename)[0] or "application/octet-stream"


@api_method("sendPhoto")
async def send_photo(state: EmulatorState, p: Params) -> dict[str, Any]:
    state.chat_for_bot(p.chat_id())
    fields: dict[str, Any] = {"photo": _photo(state, p.values.get("photo"), p.files, "photo")}
    if caption := message_text(p, "caption", 1024, required=False):
        fields["caption"] = caption
    return send(state, p, "photo", fields, "sendPhoto").data


@api_method("sendDocument")
async def send_document(state: EmulatorState, p: Params) -> dict[str, Any]:
    state.chat_for_bot(p.chat_id())
    fields = {"document": _document(state, p.values.get("document"), p.files, "document")}
    if caption := message_text(p, "caption", 1024, required=False):
        fields["caption"] = caption
    return send(state, p, "document", fields, "sendDocument").data


@api_method("sendMediaGroup")
async def send_media_group(state: EmulatorState, p: Params) -> list[dict[str, Any]]:
    state.chat_for_bot(p.chat_id())
    media = p.obj("media")
    if not isinstance(media, list) or not 2 <= len(media) <= 10:
        raise bad_request("wrong number of media in the album; send 2-10 items")
    group_id = str(secrets.randbelow(10**17))
    prepared = []
    for item in media:
        kind = item.get("type")
        fields: dict[str, Any]
        if kind == "photo":
            fields = {"photo": _photo(state, item.get("media"), p.files, "media")}
        elif kind == "document":
            fields = {"document": _document(state, item.get("media"), p.files, "media")}
        else:
            raise bad_request(f"media type {kind!r} is not supported by the emulator")
        caption_params = Params({k: v for k, v in item.items() if k in ("caption", "parse_mode")})
        if caption := message_text(caption_params, "caption", 1024, required=False):
            fields["caption"] = caption
        prepared.append((kind, {**fields, "media_group_id": group_id}))
    # Validate every item before storing any, so a bad album leaves no half of it behind.
    records = [send(state, p, kind, fields, "sendMediaGroup") for kind, fields in prepared]
    return [record.data for record in records]


@api_method("sendLocation")
async def send_location(state: EmulatorState, p: Params) -> dict[str, Any]:
    latitude, longitude = p.number("latitude"), p.number("longitude")
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise bad_request("wrong coordinates")
    fields = {"location": {"latitude": latitude, "longitude": longitude}}
    return send(state, p, "location", fields, "sendLocation").data


@api_method("getFile")
async def get_file(state: EmulatorState, p: Params) -> dict[str, Any]:
    stored = state.files.get(p.text("file_id", required=True) or "")
    if stored is None:
        raise bad_request("invalid file_id")
    return stored.to_json()


def _source_message(state: EmulatorState, p: Params) -> dict[str, Any]:
    from_chat = state.chat_for_bot(p.integer("from_chat_id", required=True), sending=False)
    record = state.message(from_chat.id, p.integer("message_id", required=True) or 0)
    if record is None or record.deleted:
        raise bad_request("message to copy not found")
    return record.data


_CONTENT_KEYS = ("text", "caption", "photo", "document", "location", "sticker", "voice")


@api_method("copyMessage")
async def copy_message(state: EmulatorState, p: Params) -> dict[str, Any]:
    source = _source_message(state, p)
    fields = {key: source[key] for key in _CONTENT_KEYS if key in source}
    if "caption" in p:
        fields["caption"] = message_text(p, "caption", 1024, required=False)
    kind = next((key for key in _CONTENT_KEYS[2:] if key in fields), "text")
    return {"message_id": send(state, p, kind, fields, "copyMessage").message_id}


@api_method("forwardMessage")
async def forward_message(state: EmulatorState, p: Params) -> dict[str, Any]:
    source = _source_message(state, p)
    fields = {key: source[key] for key in _CONTENT_KEYS if key in source}
    sender = source.get("from", BOT_USER.to_json())
    fields["forward_origin"] = {"type": "user", "sender_user": sender, "date": source["date"]}
    kind = next((key for key in _CONTENT_KEYS[2:] if key in fields), "text")
    return send(state, p, kind, fields, "forwardMessage").data
