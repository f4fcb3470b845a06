"""The outbox's Transport implemented with aiogram: Telegram errors become retry/permanent."""

from __future__ import annotations

import asyncio
from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import Response, TelegramMethod
from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup

from gridbot.messages import OutMessage, local_photo_path
from gridbot.outbox import PermanentFailure, RetryLater
from gridbot.redact import Redactor, token_secrets


def build_keyboard(message: OutMessage) -> InlineKeyboardMarkup | None:
    if not message.buttons:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=b.text, callback_data=b.data) for b in row]
            for row in message.buttons
        ]
    )


class ReplyModelKeepingSession(AiohttpSession):
    """aiogram's HTTP session, holding on to the reply model of each result type.

    aiogram parses every reply with `Response[T]`, a model class that pydantic builds on first
    use and caches only weakly; with no reference kept it was built again for most calls.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._reply_models: dict[Any, type[Response[Any]]] = {}

    def check_response(
        self, bot: Bot, method: TelegramMethod[Any], status_code: int, content: str
    ) -> Response[Any]:
        returning = method.__returning__
        if returning not in self._reply_models:
            self._reply_models[returning] = Response[returning]  # type: ignore[valid-type]
        return super().check_response(bot, method, status_code, content)


class AiogramTransport:
    def __init__(self, bot: Bot) -> None:
        self.bot = bot
        # Error texts end up in logs and in the outbox table: never with the token in them.
        self.redact = Redactor(token_secrets(bot.token))

    async def send(self, chat_id: int, message: OutMessage) -> int:
        markup = build_keyboard(message)
        async with _translate_errors(self.redact):
            if message.photo:
                sent = await self.bot.send_photo(
                    chat_id, _photo_input(message.photo), caption=message.text, reply_markup=markup
                )
            else:
                sent = await self.bot.send_message(chat_id, message.text, reply_markup=markup)
        return sent.message_id

    async def edit(
        self, chat_id: int, message_id: int, message: OutMessage, caption: bool
    ) -> None:
        markup = build_keyboard(message)
        try:
            async with _translate_errors(self.redact):
                if caption:
                    await self.bot.edit_message_caption(
                        chat_id=chat_id,
                        message_id=message_id,
                        caption=message.text,
                        reply_markup=markup,
                    )
                else:
                    await self.bot.edit_message_text(
                        text=message.text,
                        chat_id=chat_id,
                        message_id=message_id,
                        reply_markup=markup,
                    )
        except PermanentFailure as exc:
            if "message is not modified" not in str(exc):
                raise


def _photo_input(photo: str) -> str | BufferedInputFile:
    """A Telegram file_id as is; a generated chart (a local file) is uploaded."""
    path = local_photo_path(photo)
    if path is None:
        return photo
    try:
        return BufferedInputFile(path.read_bytes(), filename=path.name)
    except OSError as exc:
        raise PermanentFailure(f"photo file {path} cannot be read: {exc}") from exc


class _translate_errors:  # noqa: N801 - used as a context manager
    def __init__(self, redact: Redactor) -> None:
        self.redact = redact

    async def __aenter__(self) -> None:
        return None

    async def __aexit__(
        self, exc_type: type | None, exc: BaseException | None, _tb: object
    ) -> bool:
        if exc is None:
            return False
        text = self.redact(str(exc))
        if isinstance(exc, TelegramRetryAfter):
            raise RetryLater(text, exc.retry_after) from exc
        if isinstance(exc, TelegramServerError | TelegramNetworkError | asyncio.TimeoutError):
            raise RetryLater(text) from exc
        if isinstance(exc, TelegramUnauthorizedError):
            raise RetryLater("bot token rejected by the Bot API server") from exc
        if isinstance(exc, TelegramForbiddenError | TelegramNotFound | TelegramBadRequest):
            raise PermanentFailure(text) from exc
        return False
