"""Last line of defence: an exception in a handler is logged and the user gets a clear answer."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.exceptions import TelegramAPIError
from aiogram.types import CallbackQuery, Message, TelegramObject

from handlers import texts

log = logging.getLogger(__name__)


class ErrorReplyMiddleware(BaseMiddleware):
    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        try:
            return await handler(event, data)
        except Exception:
            log.exception("handler failed on %s", type(event).__name__)
            try:
                if isinstance(event, Message):
                    await event.answer(texts.ERROR)
                elif isinstance(event, CallbackQuery):
                    await event.answer(texts.ERROR[:190], show_alert=True)
            except TelegramAPIError:
                log.warning("could not tell the user about the failure")
            return None
