"""WriteBatcher: writes that arrive together run as one batch; each caller gets its answer."""

from __future__ import annotations

import asyncio

import pytest

from gridbot.batching import WriteBatcher


async def test_submissions_made_together_run_as_one_batch_in_order() -> None:
    batches: list[list[int]] = []

    async def run(items):
        batches.append(list(items))
        await asyncio.sleep(0.01)
        return [i * 10 for i in items]

    batcher: WriteBatcher[int, int] = WriteBatcher(run)
    results = await asyncio.gather(*(batcher.submit(i) for i in range(5)))
    assert results == [0, 10, 20, 30, 40]
    assert batches == [[0, 1, 2, 3, 4]]
    assert await batcher.submit(7) == 70  # a later one starts a new batch
    assert batches[-1] == [7]


async def test_a_failing_batch_fails_its_callers_and_the_next_batch_still_runs() -> None:
    calls = 0

    async def run(items):
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("database is locked")
        return list(items)

    batcher: WriteBatcher[str, str] = WriteBatcher(run)
    with pytest.raises(RuntimeError):
        await batcher.submit("a")
    assert await batcher.submit("b") == "b"
