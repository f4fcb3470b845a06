"""Things going wrong on purpose: queued faults and Telegram's flood limits.

Fault kinds:
  "429"            answer 429 Too Many Requests with `retry_after`, without doing the call
  "500"            answer 500 Internal Server Error, without doing the call
  "drop"           close the connection without an answer, without doing the call
  "lost_response"  do the call, then close the connection: the bot cannot know it succeeded
  "slow"           wait `delay` seconds, then do the call and answer normally
"""

from __future__ import annotations

import math
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass

FAULT_KINDS = ("429", "500", "drop", "lost_response", "slow")
# Calls that put a message in a chat, which is what Telegram's flood limits count.
LIMITED_METHODS = {
    "sendmessage",
    "sendphoto",
    "senddocument",
    "sendmediagroup",
    "sendlocation",
    "copymessage",
    "forwardmessage",
    "editmessagetext",
    "editmessagecaption",
    "editmessagereplymarkup",
}


@dataclass
class Fault:
    method: str | None  # lower-cased; None means any method except getUpdates
    kind: str
    remaining: int
    retry_after: int = 1
    delay: float = 0.0

    def matches(self, method: str) -> bool:
        if self.method is None:
            # The polling loop asks all the time; it would eat faults meant for sends.
            return method != "getupdates"
        return self.method == method


class FaultQueue:
    def __init__(self) -> None:
        self.pending: list[Fault] = []
        self.counters: Counter[str] = Counter()  # faults served, by kind

    def inject(
        self,
        method: str | None,
        kind: str,
        count: int = 1,
        retry_after: int = 1,
        delay: float = 0.0,
    ) -> Fault:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {FAULT_KINDS}")
        if count < 1:
            raise ValueError("count must be at least 1")
        fault = Fault(method.lower() if method else None, kind, count, retry_after, delay)
        self.pending.append(fault)
        return fault

    def take(self, method: str) -> Fault | None:
        """The first queued fault for this call, used up by one; None when there is none."""
        method = method.lower()
        for fault in self.pending:
            if fault.matches(method):
                fault.remaining -= 1
                if fault.remaining == 0:
                    self.pending.remove(fault)
                self.counters[fault.kind] += 1
                return fault
        return None

    def clear(self) -> None:
        self.pending.clear()


class _Window:
    """At most `limit` events per `seconds`, sliding."""

    def __init__(self, limit: int, seconds: float) -> None:
        self.limit, self.seconds = limit, seconds
        self.events: deque[float] = deque()

    def wait_needed(self, now: float) -> float:
        while self.events and self.events[0] <= now - self.seconds:
            self.events.popleft()
        if len(self.events) < self.limit:
            return 0.0
        return self.events[0] + self.seconds - now


class RateLimiter:
    """Telegram's documented limits: ~30 messages/s overall, 1/s per chat, 20/min per group."""

    def __init__(
        self,
        global_per_s: int | None = 30,
        per_chat_per_s: int | None = 1,
        per_group_per_min: int | None = 20,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.global_per_s = global_per_s
        self.per_chat_per_s = per_chat_per_s
        self.per_group_per_min = per_group_per_min
        self.clock = clock
        self.refused = 0  # 429 answers sent because a limit was exceeded
        self._global = _Window(global_per_s, 1.0) if global_per_s else None
        self._chats: dict[int, _Window] = {}
        self._groups: dict[int, _Window] = {}

    def check(self, method: str, chat_id: int | None, is_group: bool) -> int | None:
        """Seconds to retry after if this call exceeds a limit; otherwise count it and None."""
        if method.lower() not in LIMITED_METHODS:
            return None
        windows = [self._global] if self._global else []
        if chat_id is not None and self.per_chat_per_s:
            windows.append(self._chats.setdefault(chat_id, _Window(self.per_chat_per_s, 1.0)))
        if chat_id is not None and is_group and self.per_group_per_min:
            group = self._groups.setdefault(chat_id, _Window(self.per_group_per_min, 60.0))
            windows.append(group)
        now = self.clock()
        wait = max((window.wait_needed(now) for window in windows), default=0.0)
        if wait > 0:
            self.refused += 1
            return max(1, math.ceil(wait))
        for window in windows:
            window.events.append(now)
        return None
