"""The HTTP side: Bot API calls, file downloads and the `/_emu/...` control endpoints."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import json
import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiohttp import web

# Importing the method modules registers their methods in the table.
from gridbot.emulator import account, media, messages  # noqa: F401
from gridbot.emulator.api import Params, Upload, find_method
from gridbot.emulator.objects import ApiError

if TYPE_CHECKING:
    from gridbot.emulator.emulator import TelegramEmulator

MAX_UPLOAD = 50 * 1024 * 1024  # Telegram's limit for files a bot uploads
CONTROL_ACTIONS = {
    "add_user",
    "add_group",
    "make_admin",
    "block_user",
    "unblock_user",
    "send_text",
    "forward_text",
    "send_photo",
    "send_location",
    "send_sticker",
    "send_voice",
    "reply_to",
    "press_button",
    "edit_text",
    "messages",
    "message",
    "callback_answers",
    "requests",
    "inject_fault",
    "clear_faults",
    "enforce_limits",
    "disable_limits",
    "counters",
    "confirmed_updates",
    "wait_for_message",
}
_INTEGER = re.compile(r"-?\d+")
_dumps = functools.partial(json.dumps, ensure_ascii=False)


@dataclass
class RequestRecord:
    method: str
    params: dict[str, Any]
    time: float
    status: int | None = None
    description: str | None = None  # the error description when the call failed


def _json(body: Any, status: int = 200) -> web.Response:
    return web.json_response(body, status=status, dumps=_dumps)


def _answer(result: Any = None, error: ApiError | None = None) -> web.Response:
    if error is not None:
        return _json(error.to_json(), status=error.code)
    return _json({"ok": True, "result": result})


async def read_params(request: web.Request) -> Params:
    values: dict[str, Any] = dict(request.query)
    files: dict[str, Upload] = {}
    if request.can_read_body and request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise ApiError(400, "Bad Request: can't parse JSON body") from None
        values.update(body if isinstance(body, dict) else {})
    elif request.can_read_body:
        for name, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                files[name] = Upload(value.filename, value.file.read(), value.content_type)
            else:
                values[name] = value
    return Params(values, files)


def _drop_connection(request: web.Request) -> web.Response:
    """Close the socket without answering; the client sees a disconnect, not an error."""
    if request.transport is not None:
        request.transport.abort()
    return web.Response(status=499)


class HttpFrontend:
    def __init__(self, emulator: TelegramEmulator) -> None:
        self.emu = emulator
        self.app = web.Application(client_max_size=MAX_UPLOAD)
        self.app.router.add_route("*", "/bot{token}/{method}", self.bot_api)
        self.app.router.add_get("/file/bot{token}/{path:.+}", self.download)
        self.app.router.add_route("*", "/_emu/{action}", self.control)

    async def bot_api(self, request: web.Request) -> web.Response:
        if not self.emu.accepts_token(request.match_info["token"]):
            return _answer(error=ApiError(401, "Unauthorized"))
        found = find_method(request.match_info["method"])
        if found is None:
            return _answer(error=ApiError(404, "Not Found: method not found"))
        name, handler = found
        try:
            params = await read_params(request)
        except ApiError as error:
            return _answer(error=error)
        record = RequestRecord(name, params.loggable(), time.time())
        self.emu.requests_log.append(record)
        response = await self._call(request, name, handler, params, record)
        self.emu.state.notify()
        return response

    async def _call(
        self, request: web.Request, name: str, handler: Any, params: Params, record: RequestRecord
    ) -> web.Response:
        fault = self.emu.faults.take(name)
        kind = fault.kind if fault else None
        if fault and kind == "slow":
            await asyncio.sleep(fault.delay)
        error: ApiError | None = None
        if fault and kind == "429":
            error = ApiError(429, f"Too Many Requests: retry after {fault.retry_after}")
            error.retry_after = fault.retry_after
        elif kind == "500":
            error = ApiError(500, "Internal Server Error")
        elif kind == "drop":
            record.status, record.description = 0, "connection dropped"
            return _drop_connection(request)
        elif (retry_after := self._rate_limited(name, params)) is not None:
            error = ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)
        result = None
        if error is None:
            try:
                result = await handler(self.emu.state, params)
            except ApiError as failure:
                error = failure
        record.status = error.code if error else 200
        record.description = error.description if error else None
        if kind == "lost_response":
            return _drop_connection(request)
        return _answer(result, error)

    def _rate_limited(self, name: str, params: Params) -> int | None:
        if self.emu.limiter is None:
            return None
        try:
            chat_id = params.integer("chat_id")
        except ApiError:
            chat_id = None
        chat = self.emu.state.chats.get(chat_id) if chat_id is not None else None
        return self.emu.limiter.check(name, chat_id, bool(chat and chat.is_group))

    async def download(self, request: web.Request) -> web.StreamResponse:
        if not self.emu.accepts_token(request.match_info["token"]):
            return _answer(error=ApiError(401, "Unauthorized"))
        stored = self.emu.state.files.by_path(request.match_info["path"])
        if stored is None:
            return _answer(error=ApiError(404, "Not Found"))
        content_type = stored.mime_type or "application/octet-stream"
        return web.Response(body=stored.content, content_type=content_type)

    async def control(self, request: web.Request) -> web.Response:
        action = request.match_info["action"]
        if action not in CONTROL_ACTIONS:
            return _json({"ok": False, "error": f"unknown action {action}"}, status=404)
        try:
            if request.method == "GET" or not request.can_read_body:
                query = request.query.items()
                args = {k: int(v) if _INTEGER.fullmatch(v) else v for k, v in query}
            else:
                args = await request.json()
            result = getattr(self.emu, action)(**args)
            if asyncio.iscoroutine(result):
                result = await result
        except (LookupError, ValueError, TypeError, TimeoutError) as error:
            return _json({"ok": False, "error": str(error)}, status=400)
        return _json({"ok": True, "result": to_jsonable(result)})


def to_jsonable(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if hasattr(value, "to_json"):
        return value.to_json()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, list | tuple):
        return [to_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: to_jsonable(item) for key, item in value.items()}
    json.dumps(value)  # fail loudly here rather than inside aiohttp
    return value
