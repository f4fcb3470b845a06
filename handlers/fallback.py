"""Last router: a button nobody handles (forged, tampered or from an old version of the bot)
still gets an answer, so the user's client stops waiting and learns the button is dead."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery

from handlers import texts


async def on_unknown_button(query: CallbackQuery) -> None:
    await query.answer(texts.POPUP["stale"])


def build_router() -> Router:
    router = Router(name="fallback")
    router.callback_query.register(on_unknown_button)
    return router
