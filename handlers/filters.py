"""Message filters as coroutines.

aiogram runs a filter that is a plain function, or a magic filter such as `F.chat.type == …`,
in a worker thread (`asyncio.to_thread`), once per message and router. Under a burst of reports
those hand-overs cost more than the filters themselves, so the filters every message meets are
written here as coroutines, which aiogram awaits on the event loop.
"""

from __future__ import annotations

from aiogram.enums import ChatType
from aiogram.types import Message

GROUP_CHATS = frozenset({ChatType.GROUP, ChatType.SUPERGROUP})


async def in_private_chat(message: Message) -> bool:
    return message.chat.type == ChatType.PRIVATE


async def in_group_chat(message: Message) -> bool:
    return message.chat.type in GROUP_CHATS


async def not_in_private_chat(message: Message) -> bool:
    return message.chat.type != ChatType.PRIVATE


async def from_a_user(message: Message) -> bool:
    return message.from_user is not None


async def looks_like_command(message: Message) -> bool:
    return (message.text or "").startswith("/")


async def can_be_a_report(message: Message) -> bool:
    """Text, a photo or a location: what a worker reports with."""
    return bool(message.text or message.photo or message.location)
