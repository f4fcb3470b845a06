"""Statistics at scale: one million cases with realistic timelines, then the weekly digest
figures, the monthly scoreboard and a month's export (~80k cases) are timed.

The generator writes straight into a migrated database with bulk inserts (sqlite3
executemany, or asyncpg COPY on PostgreSQL): 80k cases a month for 12.5 months, each with
its timeline (report, dispatch or triage, accept, transfers, resolve, rating or auto-close,
reopenings, withdrawals, merged duplicates, supervision, escalation), the last two weeks
still partly open. The database is kept and reused by later runs (--regenerate to rebuild).

    PYTHONPATH=. python bench/bench_stats.py [--cases 1000000] [--db /tmp/gridbot-bench.db]
        [--regenerate] [--postgres-only]
    GRIDBOT_BENCH_DATABASE_URL=postgresql+asyncpg://... PYTHONPATH=. python bench/bench_stats.py

Targets: weekly figures under 1 s, a month's export under 30 s.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import random
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from gridbot.clock import SHANGHAI
from gridbot.config import load_street_config
from gridbot.db.migrate import upgrade_to_head
from gridbot.db.models import Case
from gridbot.db.session import UnitOfWork, make_engine
from gridbot.stats.assessment import AssessmentConfig, scoreboard
from gridbot.stats.cli import names_from_config
from gridbot.stats.figures import Cut, case_facts, figures, summarize
from gridbot.stats.ledger import build_ledger, write_xlsx
from gridbot.stats.periods import day_range, month

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "config"
START = datetime(2025, 11, 16, tzinfo=SHANGHAI)
END = datetime(2026, 12, 1, tzinfo=SHANGHAI)  # "now" of the generated data
CHUNK = 20_000  # cases per insert batch

TEXTS = [
    "幸福里小区3号楼楼道堆放杂物，堵塞消防通道",
    "光明里路口路灯不亮已经三天了",
    "阳光新城垃圾桶满了没人清运，味道很大",
    "南湖花园有人占道经营卖水果，联系电话13812345678",
    "工地拖欠二十多名工人工资，包工头电话13987654321",
    "翠竹苑两户邻居因为漏水吵起来了",
    "火车站南广场有人摆摊卖假冒烟酒",
    "春晖小区电动车在楼道里充电",
    "育才路井盖缺失，很危险",
    "红星村有独居老人几天没出门，身份证号110101194501011234",
    "柳荫街店铺油烟扰民，物业电话0571-87654321",
    "东门菜市场污水外溢",
    "翰林府小区群租房，住了十几个人",
    "桂花园小区树枝折断压住电线",
    "和平路两车剐蹭堵住路口",
]


@dataclass
class Plan:
    """Who and what the generator draws from."""

    grids: list[str]
    categories: list[str]
    team_of: dict[str, str]
    members: list[tuple[int, str]]  # (member id, grid)


def plan() -> Plan:
    street = load_street_config(CONFIG)
    grids = list(street.grids)
    categories = [c for c in street.routes]
    members = [(i + 1, grids[i % len(grids)]) for i in range(300)]
    return Plan(grids, categories + ["other"], dict(street.routes), members)


def utc(dt: datetime) -> datetime:
    return dt.astimezone(UTC)


def lognormal_minutes(rng: random.Random, median: float, sigma: float) -> timedelta:
    return timedelta(minutes=median * rng.lognormvariate(0, sigma))


def timeline(rng: random.Random, t0: datetime, team: str, member: int) -> list[tuple[Any, ...]]:
    """(at, action, to_status, data) steps of one case, cut at END."""
    steps: list[tuple[Any, ...]] = [(t0, "report", "reported", {})]
    t = t0
    if team == "command" or rng.random() < 0.08:
        steps.append((t, "triage", "triage", {}))
        t += lognormal_minutes(rng, 45, 1.0)
        if team == "command":
            team = rng.choice(["sanitation", "municipal", "chengguan"])
    steps.append((t, "dispatch", "dispatched", {"team": team}))
    roll = rng.random()
    if roll < 0.03:
        return steps + [(t + lognormal_minutes(rng, 30, 1.0), "withdraw", "withdrawn", {})]
    if roll < 0.05:
        return steps + [(t + lognormal_minutes(rng, 20, 1.0), "merge", "merged", {})]
    if rng.random() < 0.05:
        t += lognormal_minutes(rng, 60, 1.0)
        steps.append((t, "transfer", "dispatched", {"team": team}))
    if rng.random() < 0.06:
        steps.append((t + timedelta(hours=4, minutes=5), "escalate", "dispatched", {"level": 1}))
    for round_ in range(3):
        t += lognormal_minutes(rng, 40, 1.2)
        steps.append((t, "accept", "accepted", {"team": team}))
        if round_ == 0 and rng.random() < 0.01:
            steps.append((t + timedelta(hours=2), "supervise", "accepted", {"until": ""}))
        t += lognormal_minutes(rng, 20 * 60, 1.0)
        steps.append((t, "resolve", "resolved", {"team": team}))
        roll = rng.random()
        if roll < 0.7:
            steps.append((t + lognormal_minutes(rng, 300, 1.0), "confirm", "closed", {}))
            break
        if roll > 0.92 and round_ < 2:
            t += lognormal_minutes(rng, 600, 0.8)
            steps.append((t, "reopen", "dispatched", {"team": team}))
            continue
        steps.append((t + timedelta(days=3), "auto_close", "closed", {}))
        break
    return [s for s in steps if s[0] < END]


def fmt_sqlite(dt: datetime | None) -> str | None:
    return None if dt is None else utc(dt).strftime("%Y-%m-%d %H:%M:%S.%f")


Rows = list[tuple[Any, ...]]


def generate(n: int, seed: int = 6) -> Iterator[tuple[Rows, Rows]]:
    """Chunks of (case rows, event rows) with aware datetimes, ids assigned, in time order."""
    rng = random.Random(seed)
    p = plan()
    span = (END - START).total_seconds()
    times = sorted(rng.random() * span for _ in range(n))
    counters: dict[str, int] = {}
    event_id = 0
    previous: tuple[int, list[tuple[Any, ...]]] | None = None
    cases: list[tuple[Any, ...]] = []
    events: list[tuple[Any, ...]] = []
    for case_id, offset in enumerate(times, start=1):
        t0 = START + timedelta(seconds=offset)
        category = rng.choice(p.categories)
        team = p.team_of.get(category, "command")
        member, grid = rng.choice(p.members)
        steps = timeline(rng, t0, team, member)
        status = steps[-1][2]
        if status == "merged" and previous is not None:
            target, target_steps = previous
            before = [s for s in target_steps if s[0] <= t0]
            event_id += 1
            status_then = before[-1][2] if before else "reported"
            data = {"member_id": member}
            events.append((event_id, target, t0, "add_reporter", None, status_then, data))
        day = t0.strftime("%Y%m%d")
        counters[day] = counters.get(day, 0) + 1
        accepts = [s[0] for s in steps if s[1] == "accept"]
        resolves = [s[0] for s in steps if s[1] == "resolve"]
        ends = [s[0] for s in steps if s[2] in ("closed", "withdrawn", "merged")]
        dispatched = next((s[0] for s in steps if s[1] == "dispatch"), t0)
        team = next((s[3]["team"] for s in reversed(steps) if "team" in s[3]), "command")
        rated = [s[1] for s in steps if s[1] in ("confirm", "reopen")]
        cases.append(
            (
                case_id,
                f"{day}-{counters[day]:04d}",
                rng.choice(TEXTS),
                category,
                round(rng.uniform(0.4, 1.0), 2),
                category,
                rng.random() < 0.05,
                grid,
                member,
                status,
                team,
                1,
                dispatched + timedelta(hours=4),
                t0 + timedelta(days=3),
                "队员" if accepts else None,
                accepts[-1] if accepts else None,
                "已处理" if resolves else None,
                resolves[-1] if resolves else None,
                ends[-1] if ends else None,
                None if not rated else rated[-1] == "confirm",
                sum(1 for s in steps if s[1] == "reopen"),
                t0,
                steps[-1][0],
            )
        )
        before_status = None
        for at, action, to_status, data in steps:
            event_id += 1
            events.append((event_id, case_id, at, action, before_status, to_status, data))
            before_status = to_status
        previous = (case_id, steps)
        if len(cases) >= CHUNK:
            yield cases, events
            cases, events = [], []
    if cases:
        yield cases, events


CASE_COLUMNS = (
    "id, number, text, category, confidence, predicted_category, urgent, grid_code, reporter_id,"
    " status, team_code, dispatch_seq, accept_deadline, resolve_deadline, accepted_by,"
    " accepted_at, resolution, resolved_at, closed_at, satisfied, reopen_count, created_at,"
    " updated_at, keywords, photos"
)
EVENT_COLUMNS = "id, case_id, at, actor_id, actor_name, action, from_status, to_status, note, data"
CASE_TIMES = (12, 13, 15, 17, 18, 21, 22)  # indexes of datetime fields in a case row


def _members_rows(p: Plan) -> list[tuple[Any, ...]]:
    return [(mid, 10_000 + mid, f"网格员{mid:03d}", grid, "worker") for mid, grid in p.members]


def fill_sqlite(path: Path, n: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    created = fmt_sqlite(START)
    conn.executemany(
        "INSERT INTO members (id, telegram_id, name, grid_code, role, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(*row, created) for row in _members_rows(plan())],
    )
    case_sql = f"INSERT INTO cases ({CASE_COLUMNS}) VALUES ({', '.join('?' * 25)})"
    event_sql = (
        f"INSERT INTO case_events ({EVENT_COLUMNS})"
        " VALUES (?, ?, ?, NULL, '系统', ?, ?, ?, NULL, ?)"
    )
    for cases, events in generate(n):
        conn.executemany(
            case_sql,
            [
                (
                    *(fmt_sqlite(v) if i in CASE_TIMES else v for i, v in enumerate(row)),
                    "[]",
                    "[]",
                )
                for row in cases
            ],
        )
        conn.executemany(
            event_sql,
            [
                (eid, cid, fmt_sqlite(at), action, before, to, json.dumps(data))
                for eid, cid, at, action, before, to, data in events
            ],
        )
        conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()


async def fill_postgres(url: str, n: int) -> None:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql"))
    try:
        await conn.copy_records_to_table(
            "members",
            records=[(*row, START) for row in _members_rows(plan())],
            columns=["id", "telegram_id", "name", "grid_code", "role", "created_at"],
        )
        case_columns = [c.strip() for c in CASE_COLUMNS.split(",")]
        event_columns = [c.strip() for c in EVENT_COLUMNS.split(",")]
        for cases, events in generate(n):
            await conn.copy_records_to_table(
                "cases", records=[(*row, "[]", "[]") for row in cases], columns=case_columns
            )
            await conn.copy_records_to_table(
                "case_events",
                records=[
                    (eid, cid, at, None, "系统", action, before, to, None, json.dumps(data))
                    for eid, cid, at, action, before, to, data in events
                ],
                columns=event_columns,
            )
        for table in ("members", "cases", "case_events"):
            await conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" (SELECT max(id) FROM {table}))"
            )
        await conn.execute("ANALYZE")
    finally:
        await conn.close()


async def count_cases(url: str) -> int:
    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            return int((await conn.execute(text("SELECT count(*) FROM cases"))).scalar_one())
    finally:
        await engine.dispose()


async def prepare(url: str, n: int, regenerate: bool, sqlite_path: Path | None) -> None:
    if regenerate:
        if sqlite_path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{sqlite_path}{suffix}").unlink(missing_ok=True)
        else:
            engine = make_engine(url)
            async with engine.begin() as conn:
                await conn.execute(text("DROP SCHEMA public CASCADE"))
                await conn.execute(text("CREATE SCHEMA public"))
            await engine.dispose()
    await upgrade_to_head(url)
    existing = await count_cases(url)
    if existing >= n:
        print(f"reusing {url} ({existing} cases)")
        return
    if existing:
        raise SystemExit(f"{url} holds {existing} cases, fewer than {n}: run with --regenerate")
    started = time.perf_counter()
    if sqlite_path is not None:
        await asyncio.to_thread(fill_sqlite, sqlite_path, n)
    else:
        await fill_postgres(url, n)
    print(f"generated {n} cases in {time.perf_counter() - started:.0f} s")


async def timed(label: str, work: Any, results: dict[str, float]) -> Any:
    started = time.perf_counter()
    value = await work
    results[label] = time.perf_counter() - started
    print(f"  {label:<44} {results[label]:6.2f} s")
    return value


async def measure(url: str) -> dict[str, float]:
    names = names_from_config(CONFIG)
    street = load_street_config(CONFIG)
    assessment = AssessmentConfig.load(CONFIG)
    uow = UnitOfWork(make_engine(url))
    week = day_range(datetime(2026, 11, 16).date(), datetime(2026, 11, 22).date(), "上周")
    nov = month(2026, 11)
    results: dict[str, float] = {}
    try:
        async with uow() as session:
            cases = await session.scalar(
                select(func.count())
                .select_from(Case)
                .where(Case.created_at >= nov.start, Case.created_at < nov.end)
            )
            events = await session.scalar(text("SELECT count(*) FROM case_events"))
        print(f"{url.split('://')[0]}: {events} case events; November 2026 has {cases} cases")
        async with uow() as session:
            await figures(session, week.start, week.end, names=names)  # warm the cache

        async def weekly_digest() -> None:
            async with uow() as session:
                facts = await case_facts(session, week.start, week.end, names=names)
                await summarize(session, facts, week.end, names=names)
                await summarize(session, facts, week.end, Cut.TEAM, names=names)
                await summarize(session, facts, week.end, Cut.COMMUNITY, names=names)

        async def weekly_total() -> Any:
            async with uow() as session:
                return await figures(session, week.start, week.end, names=names)

        [total] = await timed("weekly figures, total", weekly_total(), results)
        print(f"    ({total.received} cases, closure {total.closure_rate:.1%})")
        await timed("weekly digest figures (total, team, community)", weekly_digest(), results)

        async def monthly_board() -> Any:
            async with uow() as session:
                return await scoreboard(
                    session, nov.start, nov.end, nov.label, street, names, assessment
                )

        await timed("monthly scoreboard", monthly_board(), results)

        async def monthly_export() -> int:
            async with uow() as session:
                ledger = await build_ledger(session, nov, street, names, assessment)
            buffer = io.BytesIO()
            await asyncio.to_thread(write_xlsx, ledger, buffer)
            print(f"    ({len(ledger.cases)} cases, {len(buffer.getvalue()) / 1e6:.1f} MB)")
            return len(ledger.cases)

        await timed("monthly export (xlsx)", monthly_export(), results)
    finally:
        await uow.engine.dispose()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/gridbot-bench.db"))
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--postgres-only", action="store_true", help="skip SQLite")
    args = parser.parse_args()
    targets: list[tuple[str, Path | None]] = []
    if not args.postgres_only:
        targets.append((f"sqlite+aiosqlite:///{args.db}", args.db))
    if pg := os.environ.get("GRIDBOT_BENCH_DATABASE_URL"):
        targets.append((pg, None))
    for url, path in targets:
        asyncio.run(prepare(url, args.cases, args.regenerate, path))
        asyncio.run(measure(url))


if __name__ == "__main__":
    main()
