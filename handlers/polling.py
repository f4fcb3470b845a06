"""Long polling that confirms an update only after it was handled.

aiogram's own polling confirms each batch (by asking for the next offset) as soon as it has
*started* the handlers, so a crash right after loses updates Telegram will never send again.
Here a batch is handled completely (chats in parallel, each chat's updates in order) before the
next getUpdates confirms it. A crash in between means Telegram sends the batch again, which
intake recognises (Case.source_key) instead of making a second case.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import GetUpdates
from aiogram.types import Update
from aiogram.utils.backoff import Backoff, BackoffConfig

log = logging.getLogger(__name__)

DEFAULT_BACKOFF = BackoffConfig(min_delay=1.0, max_delay=5.0, factor=1.3, jitter=0.1)


def update_chat(update: Update) -> int | None:
    """The chat an update belongs to: updates of one chat are handled one after another."""
    if update.message:
        return update.message.chat.id
    if update.edited_message:
        return update.edited_message.chat.id
    if update.callback_query:
        message = update.callback_query.message
        return message.chat.id if message else update.callback_query.from_user.id
    if update.my_chat_member:
        return update.my_chat_member.chat.id
    return None


class ConfirmAfterHandlingDispatcher(Dispatcher):
    async def _polling(  # type: ignore[override]
        self,
        bot: Bot,
        polling_timeout: int = 30,
        backoff_config: BackoffConfig = DEFAULT_BACKOFF,
        allowed_updates: list[str] | None = None,
        handle_as_tasks: bool = True,  # noqa: ARG002 - batches are always handled in parallel
        tasks_concurrency_limit: int | None = None,  # noqa: ARG002
        **kwargs: Any,
    ) -> None:
        await bot.me()
        backoff = Backoff(config=backoff_config)
        request = GetUpdates(timeout=polling_timeout, allowed_updates=allowed_updates)
        request_timeout = int((bot.session.timeout or 60) + polling_timeout)
        while True:
            try:
                updates = await bot(request, request_timeout=request_timeout)
            except Exception as exc:  # Telegram unreachable: keep trying, never stop polling
                log.error(
                    "getUpdates failed (%s); retrying in %.1fs",
                    type(exc).__name__,
                    backoff.next_delay,
                )
                await backoff.asleep()
                continue
            backoff.reset()
            if not updates:
                continue
            await self.handle_batch(bot, updates, **kwargs)
            request.offset = updates[-1].update_id + 1  # confirmed by the next call

    async def handle_batch(self, bot: Bot, updates: list[Update], **kwargs: Any) -> None:
        by_chat: dict[int | None, list[Update]] = {}
        for update in updates:
            by_chat.setdefault(update_chat(update), []).append(update)

        async def handle_chat(chat_updates: list[Update]) -> None:
            for update in chat_updates:
                await self._process_update(bot=bot, update=update, **kwargs)

        await asyncio.gather(*(handle_chat(u) for u in by_chat.values()))
