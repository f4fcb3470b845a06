"""Seeded cases with hand-written timelines, for the statistics tests.

November 2026 (the period most tests look at) holds c2..c9; c1 was reported on 31 October
and accepted after midnight, c4 on 30 November and accepted on 1 December. Every figure the
tests expect is worked out by hand in the comments of `seed_month`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from gridbot.clock import SHANGHAI
from gridbot.db.models import Case, CaseEvent, Member
from gridbot.db.session import UnitOfWork

WORKER_A_TG = 601
WORKER_B_TG = 602


def at(month: int, day: int, hour: int = 9, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)


Step = tuple[datetime, str, str] | tuple[datetime, str, str, dict[str, Any]]


class Seeder:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self.members: dict[str, int] = {}
        self.cases: dict[str, int] = {}

    async def member(self, key: str, telegram_id: int, name: str, grid: str | None) -> int:
        async with self.uow() as session:
            m = Member(
                telegram_id=telegram_id,
                name=name,
                grid_code=grid,
                role="worker",
                created_at=at(10, 1),
            )
            session.add(m)
            await session.flush()
            self.members[key] = m.id
        return m.id

    async def case(
        self,
        key: str,
        reporter: str,
        created: datetime,
        steps: list[Step],
        *,
        category: str = "environment",
        grid: str | None = "XF-01",
        team: str | None = "sanitation",
        text: str = "幸福里小区垃圾堆了三天没人清运",
        accept_deadline: datetime | None = None,
        resolve_deadline: datetime | None = None,
        satisfied: bool | None = None,
        keywords: tuple[str, ...] = (),
        photos: tuple[str, ...] = (),
    ) -> int:
        """A case and its timeline; its status is where the last step left it."""
        status = steps[-1][2] if steps else "reported"
        async with self.uow() as session:
            c = Case(
                number=f"{created:%Y%m%d}-{len(self.cases) + 1:04d}",
                text=text,
                category=category,
                confidence=0.9,
                predicted_category=category,
                urgent=False,
                keywords=list(keywords),
                grid_code=grid,
                photos=list(photos),
                reporter_id=self.members[reporter],
                status=status,
                team_code=team,
                accept_deadline=accept_deadline,
                resolve_deadline=resolve_deadline,
                satisfied=satisfied,
                reopen_count=sum(1 for s in steps if s[1] == "reopen"),
                accepted_at=next((s[0] for s in steps if s[1] == "accept"), None),
                resolved_at=next((s[0] for s in reversed(steps) if s[1] == "resolve"), None),
                closed_at=next((s[0] for s in steps if s[2] in ("closed", "withdrawn")), None),
                created_at=created,
                updated_at=steps[-1][0] if steps else created,
            )
            session.add(c)
            await session.flush()
            before: str | None = None
            for step in steps:
                when, action, to_status = step[0], step[1], step[2]
                data = step[3] if len(step) > 3 else {}  # type: ignore[misc]
                session.add(
                    CaseEvent(
                        case_id=c.id,
                        at=when,
                        actor_id=None,
                        actor_name="测试",
                        action=action,
                        from_status=before,
                        to_status=to_status,
                        data=data,
                    )
                )
                before = to_status
            self.cases[key] = c.id
        return c.id


async def seed_month(uow: UnitOfWork) -> Seeder:
    """Workers A (XF-01) and B (YG-01) and the cases c1..c9 (see the module docstring).

    November 2026, by hand:
      cohort c2..c9: received 8, merged 1 (c5), withdrawn 1 (c6), valid 6
      accepted before 1 Dec: c2, c3, c7 = 3 (c4 accepted on 1 Dec)
      resolved = closed: c2, c3, c7 = 3; closure rate 3/6
      on time: c2; late: c3 (resolved after deadline), c7 (same), c8 (accept deadline passed
        unaccepted); c4 undecided (deadline after the period), c9 no deadline: 1/4
      time to accept 1h, 3h, 0.5h: median 1h, p90 3h; to resolve 24h, 24h, 48h: median 24h,
        p90 48h
      reopened c3 of resolved once c2, c3, c7: 1/3; ratings: c2 yes, c3 no then yes: 2/3
      supervised c7; escalated c7, c8; duplicates: one report (B's c5) added to c3
    """
    s = Seeder(uow)
    await s.member("A", WORKER_A_TG, "张三", "XF-01")
    await s.member("B", WORKER_B_TG, "李四", "YG-01")
    await s.case(
        "c1",
        "A",
        at(10, 31, 23, 30),
        [
            (at(10, 31, 23, 30), "dispatch", "dispatched"),
            (at(11, 1, 0, 30), "accept", "accepted"),
            (at(11, 2, 10), "resolve", "resolved"),
            (at(11, 3, 10), "confirm", "closed"),
        ],
        category="labor",
        team="labor",
        text="工地拖欠工资，包工头电话13812345678",
    )
    await s.case(
        "c2",
        "A",
        at(11, 2, 9),
        [
            (at(11, 2, 9), "dispatch", "dispatched"),
            (at(11, 2, 10), "accept", "accepted"),
            (at(11, 3, 9), "resolve", "resolved"),
            (at(11, 4, 9), "confirm", "closed"),
        ],
        accept_deadline=at(11, 2, 13),
        resolve_deadline=at(11, 5, 18),
        satisfied=True,
        keywords=("垃圾", "清运"),
        photos=("photo-1", "photo-2"),
    )
    await s.case(
        "c3",
        "B",
        at(11, 10, 9),
        [
            (at(11, 10, 9), "dispatch", "dispatched"),
            (at(11, 10, 10), "add_reporter", "dispatched", {"member_id": s.members["B"]}),
            (at(11, 10, 12), "accept", "accepted"),
            (at(11, 11, 9), "resolve", "resolved"),
            (at(11, 12, 9), "reopen", "dispatched"),
            (at(11, 12, 10), "accept", "accepted"),
            (at(11, 13, 9), "resolve", "resolved"),
            (at(11, 14, 9), "confirm", "closed"),
        ],
        grid="XF-02",
        accept_deadline=at(11, 12, 14),
        resolve_deadline=at(11, 11, 8),
        satisfied=True,
    )
    await s.case(
        "c4",
        "B",
        at(11, 30, 20),
        [
            (at(11, 30, 20), "dispatch", "dispatched"),
            (at(12, 1, 9), "accept", "accepted"),
            (at(12, 5, 9), "resolve", "resolved"),
        ],
        category="labor",
        grid="YG-01",
        team="labor",
        accept_deadline=at(12, 1, 12),
    )
    await s.case(
        "c5",
        "B",
        at(11, 10, 9, 30),
        [
            (at(11, 10, 9, 30), "dispatch", "dispatched"),
            (at(11, 10, 10), "merge", "merged"),
        ],
    )
    await s.case(
        "c6",
        "A",
        at(11, 15, 9),
        [(at(11, 15, 9), "dispatch", "dispatched"), (at(11, 15, 9, 10), "withdraw", "withdrawn")],
        category="public_security",
        team="police",
    )
    await s.case(
        "c7",
        "A",
        at(11, 20, 9),
        [
            (at(11, 20, 9), "dispatch", "dispatched"),
            (at(11, 20, 9, 30), "accept", "accepted"),
            (at(11, 21, 9), "supervise", "accepted", {"until": at(11, 22).isoformat()}),
            (at(11, 21, 19), "escalate", "accepted", {"level": 1, "target": "command"}),
            (at(11, 22, 9), "resolve", "resolved"),
            (at(11, 25, 9), "auto_close", "closed"),
        ],
        category="dispute",
        team="mediation",
        resolve_deadline=at(11, 21, 18),
        text="邻里纠纷，对方身份证号110101199003071234，电话0571-87654321",
    )
    await s.case(
        "c8",
        "A",
        at(11, 25, 9),
        [
            (at(11, 25, 9), "dispatch", "dispatched"),
            (at(11, 25, 13, 5), "escalate", "dispatched", {"level": 1, "target": "command"}),
        ],
        category="dispute",
        team="mediation",
        accept_deadline=at(11, 25, 13),
    )
    await s.case(
        "c9",
        "B",
        at(11, 28, 9),
        [(at(11, 28, 9), "triage", "triage")],
        category="other",
        grid=None,
        team="command",
    )
    return s
