"""A member sending more reports a minute than `flood_limit` is asked once to slow down; every
report is still kept."""

from __future__ import annotations

from sqlalchemy import func, select

from gridbot.db.models import Case, HeldReport, PendingDuplicate
from gridbot.services.intake import IntakeKind
from tests.integration.helpers import bind_all, register_worker, report

TEXTS = [f"春晖小区{i}号楼下水井盖丢失，路人容易掉进去" for i in range(12)]


async def count(ctx, model) -> int:
    async with ctx.uow() as session:
        return await session.scalar(select(func.count()).select_from(model)) or 0


async def test_the_report_over_the_limit_asks_once_and_all_are_kept(ctx) -> None:
    await bind_all(ctx)
    await register_worker(ctx)
    results = [await report(ctx, text) for text in TEXTS[:9]]
    assert [r.slow_down for r in results] == [False] * 6 + [True, False, False]
    # one case; the look-alikes wait for the reporter's answer to the duplicate question
    assert [r.kind for r in results] == [IntakeKind.CASE] + [IntakeKind.DUPLICATE_OFFERED] * 8
    assert await count(ctx, Case) + await count(ctx, PendingDuplicate) == 9


async def test_the_window_slides_so_a_steady_pace_is_never_told(ctx) -> None:
    await bind_all(ctx)
    await register_worker(ctx)
    for text in TEXTS:
        result = await report(ctx, text)
        assert not result.slow_down
        ctx.clock.advance(seconds=11)  # about five a minute
    ctx.clock.advance(minutes=2)
    told = [(await report(ctx, text)).slow_down for text in TEXTS[:8]]
    assert told.count(True) == 1


async def test_unregistered_flooders_are_told_too_and_their_reports_are_held(ctx) -> None:
    results = [await report(ctx, text, telegram_id=777) for text in TEXTS[:8]]
    assert [r.slow_down for r in results].count(True) == 1
    assert all(r.kind is IntakeKind.HELD_UNREGISTERED for r in results)
    assert await count(ctx, HeldReport) == 8


async def test_the_limit_is_configurable_and_zero_switches_it_off(ctx) -> None:
    await bind_all(ctx)
    await register_worker(ctx)
    ctx.flood_limit = 0
    assert not any([(await report(ctx, text)).slow_down for text in TEXTS])
