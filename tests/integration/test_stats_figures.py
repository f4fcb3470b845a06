"""Figures against values worked out by hand on seeded timelines (see stats_seed.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from gridbot.stats import Cut, Names, figures
from tests.integration.stats_seed import at, seed_month

NOV = (at(11, 1, 0), at(12, 1, 0))


@pytest.fixture
def names(street, classifier) -> Names:
    return Names.build(street, classifier.categories)


async def _figures(uow, start, end, by=None, names=None, **filters):
    async with uow() as session:
        return await figures(session, start, end, by, names=names, **filters)


async def test_november_totals_match_the_hand_computed_figures(uow, names):
    await seed_month(uow)
    [total] = await _figures(uow, *NOV, names=names)
    assert (total.key, total.label) == ("", "合计")
    assert (total.received, total.merged, total.withdrawn, total.valid) == (8, 1, 1, 6)
    assert (total.accepted, total.resolved, total.closed) == (3, 3, 3)
    assert total.closure_rate == pytest.approx(0.5)
    assert (total.on_time, total.late) == (1, 3)
    assert total.on_time_rate == pytest.approx(0.25)
    assert total.median_accept == timedelta(hours=1)
    assert total.p90_accept == timedelta(hours=3)
    assert total.median_resolve == timedelta(hours=24)
    assert total.p90_resolve == timedelta(hours=48)
    assert total.reopen_rate == pytest.approx(1 / 3)
    assert (total.satisfied_ratings, total.ratings) == (2, 3)
    assert total.satisfaction_rate == pytest.approx(2 / 3)
    assert (total.supervised, total.escalated, total.duplicates) == (1, 2, 1)


async def test_a_case_reported_before_midnight_on_the_last_day_belongs_to_that_month(uow):
    # c1 was reported on 31 October at 23:30 and accepted at 00:30 on 1 November
    await seed_month(uow)
    [october] = await _figures(uow, at(10, 1, 0), at(11, 1, 0))
    assert (october.received, october.accepted, october.resolved) == (1, 0, 0)
    assert october.closure_rate == 0
    assert october.median_accept is None
    # seen from October to December, c1 was accepted and closed; c4 (30 November) was
    # accepted and resolved in December, not yet rated
    [autumn] = await _figures(uow, at(10, 1, 0), at(12, 31, 0))
    assert (autumn.received, autumn.accepted, autumn.resolved, autumn.closed) == (9, 5, 5, 4)


async def test_a_past_period_counts_only_what_happened_before_its_end(uow):
    await seed_month(uow)
    # By 12 November 12:00, c3 had been reopened and was back with the team: not resolved
    [early] = await _figures(uow, at(11, 10, 0), at(11, 12, 12))
    assert early.received == 2  # c3 and its duplicate c5
    assert (early.merged, early.valid, early.accepted, early.resolved) == (1, 1, 1, 0)
    assert early.reopen_rate == 1.0 and early.satisfaction_rate == 0.0
    assert (early.on_time, early.late) == (0, 1)  # c3's resolve deadline passed on the 11th


async def test_figures_by_team_are_labelled_and_busiest_first(uow, names):
    await seed_month(uow)
    rows = await _figures(uow, *NOV, Cut.TEAM, names)
    assert [(r.key, r.label, r.received) for r in rows] == [
        ("sanitation", "环卫所", 3),
        ("mediation", "司法调解组", 2),
        ("command", "指挥中心", 1),
        ("labor", "劳动保障协理组", 1),
        ("police", "派出所巡防队", 1),
    ]
    sanitation, mediation = rows[0], rows[1]
    assert (sanitation.valid, sanitation.resolved, sanitation.closure_rate) == (2, 2, 1.0)
    assert (sanitation.on_time, sanitation.late, sanitation.duplicates) == (1, 1, 1)
    assert (mediation.resolved, mediation.closure_rate, mediation.on_time_rate) == (1, 0.5, 0.0)
    assert (mediation.supervised, mediation.escalated) == (1, 2)
    assert mediation.median_accept == timedelta(minutes=30)


async def test_figures_by_community_grid_category_and_worker(uow, names):
    seeder = await seed_month(uow)
    community = await _figures(uow, *NOV, "community", names)
    assert [(r.label, r.received) for r in community] == [
        ("幸福社区", 6),
        ("未定位", 1),
        ("阳光社区", 1),
    ]
    grid = await _figures(uow, *NOV, "grid", names)
    assert [(r.key, r.label, r.received) for r in grid][0] == ("XF-01", "幸福社区第一网格", 5)
    category = await _figures(uow, *NOV, "category", names)
    assert {r.label: r.received for r in category} == {
        "环境卫生": 3,
        "矛盾纠纷": 2,
        "劳资纠纷": 1,
        "治安": 1,
        "其他": 1,
    }
    workers = await _figures(uow, *NOV, "worker", names)
    assert {r.label: (r.received, r.valid) for r in workers} == {"张三": (4, 3), "李四": (4, 3)}
    assert {r.key for r in workers} == {str(seeder.members["A"]), str(seeder.members["B"])}


async def test_filters_narrow_the_cohort(uow, names):
    seeder = await seed_month(uow)
    [xf] = await _figures(uow, *NOV, names=names, community="XF")
    assert xf.received == 6
    [worker_a] = await _figures(uow, *NOV, worker=seeder.members["A"])
    assert (worker_a.received, worker_a.withdrawn, worker_a.resolved) == (4, 1, 2)
    [labor] = await _figures(uow, *NOV, category="labor", grid="YG-01")
    assert labor.received == 1
    with pytest.raises(ValueError, match="unknown filter"):
        await _figures(uow, *NOV, street="demo")


async def test_an_empty_period_has_zero_counts_and_no_rates(uow):
    await seed_month(uow)
    [empty] = await _figures(uow, at(1, 1, 0, year=2025), at(2, 1, 0, year=2025))
    assert empty.received == 0
    assert empty.closure_rate is None and empty.on_time_rate is None
    assert empty.as_dict()["median_accept_hours"] is None
