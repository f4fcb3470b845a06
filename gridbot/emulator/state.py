"""What the emulated Telegram knows: users, chats, every message, the update queue."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from gridbot.emulator.files import FileStore
from gridbot.emulator.objects import BOT_USER, ApiError, Chat, User, bad_request, inline_rows

T = TypeVar("T")


@dataclass
class MessageRecord:
    """One message in a chat; `data` is its current Telegram `Message` JSON."""

    chat_id: int
    message_id: int
    from_bot: bool
    kind: str  # text, photo, document, location, sticker, voice
    data: dict[str, Any]
    method: str | None = None  # the Bot API method that sent it
    reply_keyboard: dict[str, Any] | None = None  # ReplyKeyboardMarkup/Remove/ForceReply sent
    edits: list[dict[str, Any]] = field(default_factory=list)  # earlier versions, oldest first
    deleted: bool = False

    @property
    def text(self) -> str | None:
        return self.data.get("text")

    @property
    def caption(self) -> str | None:
        return self.data.get("caption")

    @property
    def content(self) -> str:
        """The text, or the caption of a media message, or ""."""
        return self.data.get("text") or self.data.get("caption") or ""

    @property
    def reply_markup(self) -> list[list[dict[str, Any]]]:
        """Inline keyboard rows of {text, callback_data | url}; [] when there is none."""
        return inline_rows(self.data.get("reply_markup"))

    @property
    def buttons(self) -> list[dict[str, Any]]:
        return [button for row in self.reply_markup for button in row]

    @property
    def photo(self) -> str | None:
        """file_id of the largest size of the photo, if this is a photo."""
        sizes = self.data.get("photo")
        return sizes[-1]["file_id"] if sizes else None

    @property
    def document(self) -> str | None:
        return self.data.get("document", {}).get("file_id")

    @property
    def history(self) -> list[str]:
        """Every content this message has shown, oldest first, the current one last."""
        return [version["content"] for version in self.edits] + [self.content]

    def snapshot(self) -> dict[str, Any]:
        return {
            "content": self.content,
            "reply_markup": self.reply_markup,
            "edit_date": self.data.get("edit_date", self.data["date"]),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "chat_id": self.chat_id,
            "message_id": self.message_id,
            "from_bot": self.from_bot,
            "kind": self.kind,
            "method": self.method,
            "text": self.text,
            "caption": self.caption,
            "content": self.content,
            "reply_markup": self.reply_markup,
            "reply_keyboard": self.reply_keyboard,
            "photo": self.photo,
            "document": self.document,
            "edits": self.edits,
            "deleted": self.deleted,
            "data": self.data,
        }


class EmulatorState:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.users: dict[int, User] = {BOT_USER.id: BOT_USER}
        self.chats: dict[int, Chat] = {}
        self.files = FileStore()
        self.updates: list[dict[str, Any]] = []  # queued, not confirmed yet
        self.history: list[dict[str, Any]] = []  # every update ever queued, in order
        # Highest update_id the bot confirmed (getUpdates with a higher offset): Telegram
        # forgets these and will never deliver them again.
        self.confirmed_through = 0
        self.discarded: set[int] = set()  # not of a type the bot asked for (allowed_updates)
        self.callback_queries: dict[str, dict[str, Any]] = {}
        self.callback_answers: list[dict[str, Any]] = []
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.webhook: dict[str, Any] = {"url": ""}
        self.allowed_updates: list[str] = []
        self.poll_generation = 0
        self.closing = False
        self._messages: dict[int, dict[int, MessageRecord]] = {}
        self._last_message_id: dict[int, int] = {}
        self._next_update_id = 1
        self._waiters: set[asyncio.Future[None]] = set()

    def now(self) -> int:
        return int(self.clock())

    # -- users and chats -------------------------------------------------------------------

    def add_user(self, user_id: int, first_name: str, username: str | None = None) -> User:
        if user_id <= 0 or user_id == BOT_USER.id:
            raise ValueError(f"user id must be positive and not the bot's: {user_id}")
        user = User(user_id, first_name, username)
        self.users[user_id] = user
        self.chats[user_id] = Chat(user_id, "private", first_name=first_name, username=username)
        return user

    def add_group(self, chat_id: int, title: str, admins: tuple[int, ...] = ()) -> Chat:
        if chat_id >= 0:
            raise ValueError(f"group chat ids are negative: {chat_id}")
        kind = "supergroup" if chat_id <= -1_000_000_000_000 else "group"
        chat = Chat(chat_id, kind, title=title, admins=set(admins))
        self.chats[chat_id] = chat
        return chat

    def user(self, user_id: int) -> User:
        if user_id not in self.users:
            raise LookupError(f"unknown user {user_id}; call add_user() first")
        return self.users[user_id]

    def chat(self, chat_id: int) -> Chat:
        if chat_id not in self.chats:
            raise LookupError(f"unknown chat {chat_id}; call add_user() or add_group() first")
        return self.chats[chat_id]

    def chat_for_bot(self, chat_id: int | str | None, sending: bool = True) -> Chat:
        """The chat a Bot API call addresses, failing exactly as Telegram does."""
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        if isinstance(chat_id, str):
            found = [c for c in self.chats.values() if c.username and f"@{c.username}" == chat_id]
            if not found:
                raise bad_request("chat not found")
            chat = found[0]
        elif chat_id in self.chats:
            chat = self.chats[chat_id]
        else:
            raise bad_request("chat not found")
        if sending and chat.type == "private" and self.users[chat.id].blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    # -- messages --------------------------------------------------------------------------

    def store_message(
        self,
        chat: Chat,
        sender: User,
        kind: str,
        fields: dict[str, Any],
        method: str | None = None,
    ) -> MessageRecord:
        message_id = self._last_message_id.get(chat.id, 0) + 1
        self._last_message_id[chat.id] = message_id
        data = {
            "message_id": message_id,
            "from": sender.to_json(),
            "chat": chat.to_json(),
            "date": self.now(),
            **fields,
        }
        record = MessageRecord(chat.id, message_id, sender.is_bot, kind, data, method)
        self._messages.setdefault(chat.id, {})[message_id] = record
        self.notify()
        return record

    def message(self, chat_id: int, message_id: int) -> MessageRecord | None:
        return self._messages.get(chat_id, {}).get(message_id)

    def messages(self, chat_id: int, include_users: bool = False) -> list[MessageRecord]:
        records = self._messages.get(chat_id, {}).values()
        return [r for r in records if r.from_bot or include_users]

    def all_messages(self) -> list[MessageRecord]:
        return [r for chat in self._messages.values() for r in chat.values()]

    # -- updates and waiting ---------------------------------------------------------------

    def push_update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": self._next_update_id, kind: payload}
        self._next_update_id += 1
        self.updates.append(update)
        self.history.append(update)
        self.notify()
        return update

    def confirm(self, dropped: list[dict[str, Any]]) -> None:
        """The bot confirmed (or dropped) these updates: they are gone for good."""
        for update in dropped:
            self.confirmed_through = max(self.confirmed_through, update["update_id"])

    def notify(self) -> None:
        """Wake every long poll and every `wait_for`: something changed."""
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def wait_change(self, timeout: float) -> None:
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.add(waiter)
        try:
            await asyncio.wait_for(waiter, timeout)
        except TimeoutError:
            pass
        finally:
            self._waiters.discard(waiter)

    async def wait_for(self, predicate: Callable[[], T | None], timeout: float = 5.0) -> T:
        """Return the first truthy result of `predicate()`, re-checked after every change."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate()
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout}s")
            # Also re-check now and then: the predicate may look at things outside the emulator.
            await self.wait_change(min(remaining, 0.1))
