"""Telegram's flood limits, kept on our side so the outbox sender never provokes a 429.

Telegram allows a bot about 30 messages per second overall, one per second in a chat and 20 per
minute in a group. `SendBudget` remembers when each message went and says how long a message to
a chat must wait; the sender waits that long before the call. A 429 that comes anyway
(`retry_after`) closes the chat (or, without a chat, everything) for that long.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class SendLimits:
    """Messages allowed per window; None switches that limit off."""

    global_per_s: float | None = 30
    chat_per_s: float | None = 1
    group_per_min: float | None = 20
    # Slack added to every window: our clock and Telegram's see a call at slightly different
    # moments (network jitter), so a message sent exactly one window later may still be early.
    margin_s: float = 0.03

    @classmethod
    def off(cls) -> SendLimits:
        return cls(None, None, None, 0)


class _Window:
    """At most `limit` events in any `seconds` long stretch (sliding)."""

    def __init__(self, limit: float, seconds: float) -> None:
        self.limit = max(1, int(limit)) if limit >= 1 else 1
        # Fractional rates (0.5/s) become one event per longer window.
        self.seconds = seconds if limit >= 1 else seconds / limit
        self.events: deque[float] = deque()

    def wait(self, now: float, margin: float) -> float:
        span = self.seconds + margin
        while self.events and self.events[0] <= now - span:
            self.events.popleft()
        if len(self.events) < self.limit:
            return 0.0
        return self.events[0] + span - now

    def add(self, now: float) -> None:
        self.events.append(now)


class SendBudget:
    def __init__(
        self, limits: SendLimits | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limits = limits or SendLimits()
        self.clock = clock
        limits = self.limits
        self._global = _Window(limits.global_per_s, 1.0) if limits.global_per_s else None
        self._chats: dict[int, _Window] = {}
        self._groups: dict[int, _Window] = {}
        self._closed_until: dict[int | None, float] = {}  # after a 429: chat (None: all)

    def _windows(self, chat_id: int) -> list[_Window]:
        limits = self.limits
        windows = [self._global] if self._global else []
        if limits.chat_per_s:
            windows.append(self._chats.setdefault(chat_id, _Window(limits.chat_per_s, 1.0)))
        if limits.group_per_min and chat_id < 0:  # groups and channels have negative ids
            windows.append(self._groups.setdefault(chat_id, _Window(limits.group_per_min, 60.0)))
        return windows

    def wait(self, chat_id: int) -> float:
        """Seconds until a message to `chat_id` is within every limit (0: it may go now)."""
        now = self.clock()
        closed = max(self._closed_until.get(chat_id, 0.0), self._closed_until.get(None, 0.0))
        waits = [w.wait(now, self.limits.margin_s) for w in self._windows(chat_id)]
        return max([closed - now, 0.0, *waits])

    def take(self, chat_id: int) -> float:
        """Count a message to `chat_id` as sent now; returns the slot's time (for `refund`)."""
        now = self.clock()
        for window in self._windows(chat_id):
            window.add(now)
        return now

    def try_take(self, chat_id: int) -> float:
        """Take a slot if one is free now and return 0; otherwise the seconds to wait."""
        wait = self.wait(chat_id)
        if wait <= 0:
            self.take(chat_id)
        return wait

    def refund(self, chat_id: int) -> None:
        """The last call to `chat_id` was refused (429): Telegram did not count it, nor do we.

        Counting it would make the group's 20-a-minute window look full a message early and
        hold the chat's last message back for most of a minute.
        """
        for window in self._windows(chat_id):
            if window.events:
                window.events.pop()  # this chat's last slot: calls to a chat go one at a time

    def retry_after(self, chat_id: int | None, seconds: float) -> None:
        """Telegram answered 429: nothing more to this chat (None: to anyone) for `seconds`."""
        until = self.clock() + seconds
        self._closed_until[chat_id] = max(self._closed_until.get(chat_id, 0.0), until)
