"""aiogram routers, keyboards, callback data and message texts; one router per module."""

from __future__ import annotations

from aiogram import Router

from handlers import (
    admin,
    common,
    duplicates,
    fallback,
    registration,
    reporter,
    reports,
    schedule,
    stats,
    supervision,
    team_chat,
)
from handlers.errors import ErrorReplyMiddleware


def build_router() -> Router:
    root = Router(name="gridbot")
    root.message.middleware(ErrorReplyMiddleware())
    root.callback_query.middleware(ErrorReplyMiddleware())
    # Commands first; the catch-all report handler comes last.
    routers = (
        common,
        registration,
        admin,
        supervision,
        schedule,
        stats,
        reporter,
        duplicates,
        reports,
        team_chat,
    )
    for module in routers:
        root.include_router(module.build_router())
    root.include_router(fallback.build_router())  # keep last: answers any unhandled button
    return root
