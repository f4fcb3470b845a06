"""Two team members press 接单 on the same card at the same moment: exactly one wins.

On PostgreSQL the two accepts run on two real connections; `load_case` takes the row lock
(SELECT ... FOR UPDATE), so the second waits for the first and then sees an accepted case.
On SQLite the write transaction (BEGIN IMMEDIATE) serialises them the same way.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from gridbot.db.models import CaseEvent, OutboxMessage
from gridbot.services import team_actions
from gridbot.services.context import Actor, Outcome
from gridbot.services.team_actions import CardPress, accept
from tests.integration.helpers import TEAM_CHATS, WORKER, bind_all, load, register_worker, report

WAGES = "春晖小区工地二十多名工人聚集讨薪，老板拖欠三个月工资"


def slow_load(monkeypatch, lock: bool) -> None:
    """Hold every accept open for a moment after loading, so the two really overlap."""
    original = team_actions.load_case

    async def load_then_pause(session, case_id):
        if lock:
            case = await original(session, case_id)
        else:
            from gridbot.db.models import Case

            case = await session.get(Case, case_id)
        await asyncio.sleep(0.2)
        return case

    monkeypatch.setattr(team_actions, "load_case", load_then_pause)


async def race(ctx) -> tuple[list[Outcome], int]:
    await bind_all(ctx)
    await register_worker(ctx)
    case = (await report(ctx, WAGES)).case
    assert case is not None and case.team_code == "labor"
    presses = [
        CardPress(case.id, case.dispatch_seq, TEAM_CHATS["labor"], Actor(700 + i, f"队员{i}"))
        for i in range(2)
    ]
    results = await asyncio.gather(*(accept(ctx, press) for press in presses))
    return [r.outcome for r in results], case.id


async def test_two_simultaneous_accepts_one_wins_the_other_is_refused(ctx, monkeypatch) -> None:
    slow_load(monkeypatch, lock=True)
    outcomes, case_id = await race(ctx)
    assert sorted(outcomes) == [Outcome.OK, Outcome.STALE]
    winner = f"队员{outcomes.index(Outcome.OK)}"
    assert (await load(ctx, case_id)).accepted_by == winner
    async with ctx.uow() as session:
        accepts = await session.scalar(
            select(func.count()).where(CaseEvent.case_id == case_id, CaseEvent.action == "accept")
        )
        notices = list(
            await session.scalars(
                select(OutboxMessage.text).where(OutboxMessage.chat_id == WORKER)
            )
        )
    assert accepts == 1
    assert [t for t in notices if "接单处置" in t] == [
        f"事件 {(await load(ctx, case_id)).number} 已由劳动保障协理组的{winner}接单处置。"
    ]


async def test_without_the_row_lock_the_race_is_real_on_postgresql(ctx, monkeypatch) -> None:
    """The control: what the lock prevents. SQLite serialises whole transactions anyway."""
    slow_load(monkeypatch, lock=False)
    outcomes, case_id = await race(ctx)
    if ctx.uow.dialect == "postgresql":
        assert outcomes == [Outcome.OK, Outcome.OK]  # both "won": two accepts of one case
    else:
        assert sorted(outcomes) == [Outcome.OK, Outcome.STALE]
