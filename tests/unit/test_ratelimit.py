"""SendBudget: how long a message must wait under Telegram's limits."""

from __future__ import annotations

from gridbot.ratelimit import SendBudget, SendLimits


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def send(budget: SendBudget, chat: int) -> None:
    assert budget.try_take(chat) == 0


def test_one_message_per_second_in_a_chat_and_other_chats_are_not_held_up() -> None:
    clock = FakeClock()
    budget = SendBudget(SendLimits(margin_s=0), clock)
    send(budget, 7)
    assert budget.wait(7) == 1.0
    assert budget.wait(8) == 0
    clock.t += 1.0
    assert budget.wait(7) == 0


def test_a_group_gets_twenty_messages_a_minute() -> None:
    clock = FakeClock()
    budget = SendBudget(SendLimits(margin_s=0), clock)
    for _ in range(20):
        send(budget, -100)
        clock.t += 1.0
    # the 21st waits until the first leaves the minute; a private chat is not limited so
    assert budget.wait(-100) == 40.0
    send(budget, 42)
    clock.t += 1.0
    send(budget, 42)


def test_thirty_messages_a_second_overall() -> None:
    clock = FakeClock()
    budget = SendBudget(SendLimits(margin_s=0), clock)
    for chat in range(1, 31):
        send(budget, chat)
    assert budget.wait(31) == 1.0


def test_the_margin_keeps_a_little_extra_distance() -> None:
    clock = FakeClock()
    budget = SendBudget(SendLimits(margin_s=0.05), clock)
    send(budget, 7)
    clock.t += 1.0
    assert 0 < budget.wait(7) <= 0.05


def test_a_429_closes_the_chat_for_retry_after_seconds() -> None:
    clock = FakeClock()
    budget = SendBudget(SendLimits.off(), clock)
    budget.retry_after(5, 3)
    assert budget.wait(5) == 3 and budget.wait(6) == 0
    budget.retry_after(None, 2)  # without a chat: everything waits
    assert budget.wait(6) == 2


def test_limits_can_be_switched_off_and_fractional_rates_work() -> None:
    clock = FakeClock()
    off = SendBudget(SendLimits.off(), clock)
    for _ in range(100):
        send(off, -1)
    slow = SendBudget(SendLimits(None, 0.5, None, 0), clock)
    send(slow, 1)
    assert slow.wait(1) == 2.0


def test_a_refused_call_gives_its_slot_back() -> None:
    """A 429 is not counted by Telegram: counting it would hold the group's 20th message
    back for most of a minute."""
    clock = FakeClock()
    budget = SendBudget(SendLimits(margin_s=0), clock)
    send(budget, -100)
    budget.refund(-100)  # answered 429
    clock.t += 1.0
    for _ in range(20):
        send(budget, -100)
        clock.t += 1.0
    assert budget.wait(-100) == 40.0  # as if the refused call had never been made
