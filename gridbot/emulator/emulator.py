"""`TelegramEmulator`: the object tests and the demo hold; starts the server, sets the scene,
plays the users, reads what each chat received and breaks things on purpose."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from aiohttp import web

from gridbot.emulator.faults import Fault, FaultQueue, RateLimiter
from gridbot.emulator.objects import BOT_USER
from gridbot.emulator.server import HttpFrontend, RequestRecord
from gridbot.emulator.state import EmulatorState, MessageRecord
from gridbot.emulator.users import UserActions

T = TypeVar("T")


class TelegramEmulator(UserActions):
    """A local Telegram Bot API server.

    Control methods are plain synchronous calls and must run on the emulator's event loop
    (the test's loop); the same actions are served as JSON under `{base_url}/_emu/{action}`.
    """

    bot_user = BOT_USER

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.host, self.port, self.token = host, port, token
        self.state = EmulatorState(clock)
        self.faults = FaultQueue()
        self.limiter: RateLimiter | None = None
        self._refused_by_earlier_limiters = 0
        self.requests_log: list[RequestRecord] = []
        self.base_url = ""
        self._runner: web.AppRunner | None = None

    def accepts_token(self, token: str) -> bool:
        return token == self.token if self.token else bool(token)

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> str:
        """Start serving; returns the base URL (`http://host:port`) to give to the bot."""
        self.state.closing = False
        self._runner = web.AppRunner(HttpFrontend(self).app, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self.base_url = f"http://{self.host}:{self.port}"
        return self.base_url

    async def stop(self) -> None:
        self.state.closing = True  # long polls answer at once instead of holding shutdown
        self.state.notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> TelegramEmulator:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # -- the scene -------------------------------------------------------------------------

    def add_user(self, user_id: int, first_name: str, username: str | None = None) -> dict:
        """A Telegram user and their private chat with the bot (chat id == user id)."""
        return self.state.add_user(user_id, first_name, username).to_json()

    def add_group(self, chat_id: int, title: str, admins: tuple[int, ...] = ()) -> dict:
        """A group (negative id; -100… ids make a supergroup) the bot is a member of."""
        return self.state.add_group(chat_id, title, tuple(admins)).to_json()

    def make_admin(self, chat_id: int, user_id: int) -> None:
        self.state.user(user_id)
        self.state.chat(chat_id).admins.add(user_id)

    # -- what the bot did ------------------------------------------------------------------

    def messages(self, chat_id: int, include_users: bool = False) -> list[MessageRecord]:
        """Messages the bot sent to a chat, oldest first, deleted ones included (flagged)."""
        return self.state.messages(chat_id, include_users)

    def message(self, chat_id: int, message_id: int) -> MessageRecord | None:
        """One message of a chat (the bot's or a user's) as it is now."""
        return self.state.message(chat_id, message_id)

    def all_messages(self) -> list[MessageRecord]:
        """Every message in every chat, the users' included."""
        return self.state.all_messages()

    def last_message(self, chat_id: int) -> MessageRecord | None:
        sent = self.state.messages(chat_id)
        return sent[-1] if sent else None

    def callback_answers(self, callback_query_id: str | None = None) -> list[dict[str, Any]]:
        return [
            answer
            for answer in self.state.callback_answers
            if callback_query_id is None or answer["callback_query_id"] == callback_query_id
        ]

    def requests(self, method: str | None = None) -> list[RequestRecord]:
        """The Bot API calls received, optionally only those of one method (any case)."""
        wanted = method.lower() if method else None
        return [r for r in self.requests_log if wanted is None or r.method.lower() == wanted]

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates queued and not yet confirmed by the bot."""
        return self.state.updates

    def confirmed_updates(self) -> list[dict[str, Any]]:
        """Updates the bot confirmed (Telegram considers them delivered and forgets them)."""
        through = self.state.confirmed_through
        return [u for u in self.state.history if u["update_id"] <= through]

    def unfinished_updates(self) -> list[dict[str, Any]]:
        """Updates neither confirmed by the bot nor discarded as a type it did not ask for."""
        through, discarded = self.state.confirmed_through, self.state.discarded
        return [
            u
            for u in self.state.history
            if u["update_id"] > through and u["update_id"] not in discarded
        ]

    async def wait_for(self, predicate: Callable[[], T | None], timeout: float = 5.0) -> T:
        """Wait until `predicate()` returns something truthy, and return it."""
        return await self.state.wait_for(predicate, timeout)

    async def wait_for_message(
        self, chat_id: int, contains: str = "", timeout: float = 5.0, after: int = 0
    ) -> MessageRecord:
        """The first bot message in the chat, newer than message id `after`, whose text or
        caption contains `contains` now or did before an edit."""

        def find() -> MessageRecord | None:
            for record in self.state.messages(chat_id):
                if record.message_id > after and any(contains in c for c in record.history):
                    return record
            return None

        try:
            return await self.state.wait_for(find, timeout)
        except TimeoutError:
            seen = [r.content for r in self.state.messages(chat_id)]
            raise TimeoutError(
                f"no message containing {contains!r} in chat {chat_id} within {timeout}s; "
                f"the chat has {seen}"
            ) from None

    # -- breaking things -------------------------------------------------------------------

    def inject_fault(
        self,
        method: str | None,
        kind: str,
        count: int = 1,
        retry_after: int = 1,
        delay: float = 0.0,
    ) -> Fault:
        """Queue a fault for the next `count` calls of `method` (None: any but getUpdates)."""
        return self.faults.inject(method, kind, count, retry_after, delay)

    def clear_faults(self) -> None:
        self.faults.clear()

    def enforce_limits(
        self,
        global_per_s: int | None = 30,
        per_chat_per_s: int | None = 1,
        per_group_per_min: int | None = 20,
    ) -> None:
        """Answer 429 with retry_after, as Telegram does, to sends beyond these rates."""
        self.disable_limits()
        self.limiter = RateLimiter(global_per_s, per_chat_per_s, per_group_per_min)

    def disable_limits(self) -> None:
        if self.limiter is not None:
            self._refused_by_earlier_limiters += self.limiter.refused
        self.limiter = None

    def counters(self) -> dict[str, int]:
        """Faults served by kind, 429s from rate limits, and all 429s together."""
        served = dict(self.faults.counters)
        limited = self._refused_by_earlier_limiters + (self.limiter.refused if self.limiter else 0)
        return {**served, "429_limit": limited, "429_total": served.get("429", 0) + limited}
