"""End-to-end reliability benchmarks: the real bot (`python bot.py`, its own process) against the
Telegram emulator (this process), over HTTP.

(a) Limits off: N reports from W registered workers, sent open-loop at --rate reports/s (and
    once more as one burst, for the ceiling). Reports persisted and answered per second, time
    from the update to the acknowledgement in the worker's chat (p50, p99), lost reports.
(b) The emulator enforcing Telegram's limits (30/s, 1/s per chat, 20/min per group): a burst of
    400 dispatches over 20 team chats, delivered by the bot's outbox sender. Time to deliver all
    of them against the least time the limits allow, and the 429s received.

    PYTHONPATH=. python bench/bench_e2e.py [--reports 2000 --workers 500 --rate 200] [--part a|b]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from sqlalchemy import text  # noqa: E402

from gridbot.config import load_street_config  # noqa: E402
from gridbot.db.session import make_engine  # noqa: E402
from gridbot.emulator import TelegramEmulator  # noqa: E402
from gridbot.emulator.faults import RateLimiter  # noqa: E402
from gridbot.schedule.config import load_schedule_config  # noqa: E402

TOKEN = "777000:BENCH-token"
ADMIN = 9001
COMMAND_CHAT = -9000
FIRST_WORKER = 20_000


def report_texts(n: int) -> list[str]:
    texts = [
        json.loads(line)["text"]
        for name in ("rough", "probe_a", "probe_b", "probe_c")
        for line in (ROOT / "tests" / "data" / f"{name}.jsonl").read_text().splitlines()
        if line.strip()
    ]
    # the number in letters-and-digits pairs (w0x0y1z2) shares no two-character piece with
    # another number's, so the same sample text sent twice is never its own duplicate
    return [f"{texts[i % len(texts)]}（{tag(i)}）" for i in range(n)]


def tag(i: int) -> str:
    return "".join(place + digit for place, digit in zip("wxyz", f"{i:04d}", strict=True))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_config(workdir: Path) -> Path:
    """config/ as shipped, except that the duplicate check only matches identical texts: the
    bench cycles through some 900 sample reports, and the repeats would otherwise be offered to
    their reporters as duplicates instead of becoming cases (the check itself still runs)."""
    target = workdir / "config"
    if not target.exists():
        shutil.copytree(ROOT / "config", target)
        path = target / "duplicates.yaml"
        policy = yaml.safe_load(path.read_text(encoding="utf-8"))
        path.write_text(yaml.safe_dump({**policy, "min_similarity": 1.0}), encoding="utf-8")
    return target


class BotProcess:
    def __init__(
        self, emu: TelegramEmulator, workdir: Path, database_url: str | None, **settings: str
    ) -> None:
        self.url = database_url or f"sqlite+aiosqlite:///{workdir / 'bench.db'}"
        self.log = workdir / "bot.log"
        clean = {k: v for k, v in os.environ.items() if not k.startswith("GRIDBOT_")}
        self.env = {
            **clean,
            "PYTHONPATH": str(ROOT),
            "GRIDBOT_TELEGRAM_TOKEN": TOKEN,
            "GRIDBOT_TELEGRAM_API_BASE": emu.base_url,
            "GRIDBOT_DATABASE_URL": self.url,
            "GRIDBOT_ADMIN_IDS": str(ADMIN),
            "GRIDBOT_CONFIG_DIR": str(bench_config(workdir)),
            "GRIDBOT_DATA_DIR": str(workdir),
            **{f"GRIDBOT_{k.upper()}": v for k, v in settings.items()},
        }
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        with self.log.open("ab") as log:
            profile = os.environ.get("BENCH_PROFILE")  # a file: run the bot under cProfile
            args = ["-m", "cProfile", "-o", profile, "bot.py"] if profile else ["bot.py"]
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, *args, cwd=ROOT, env=self.env, stdout=log, stderr=log
            )

    def cpu_seconds(self) -> float:
        """The bot process's CPU time so far (user + system), from /proc (Linux)."""
        assert self.proc is not None
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    async def stop(self) -> None:
        if self.proc and self.proc.returncode is None:
            self.proc.send_signal(signal.SIGINT)
            await asyncio.wait_for(self.proc.wait(), 30)

    async def reset_database(self) -> None:
        if not self.url.startswith("postgresql"):
            return
        engine = make_engine(self.url)
        async with engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
        await engine.dispose()

    async def count(self, sql: str) -> int:
        engine = make_engine(self.url)
        async with engine.connect() as conn:
            value = (await conn.execute(text(sql))).scalar_one()
        await engine.dispose()
        return int(value)


class Stamps:
    """When each bot message reached each chat (wraps the emulator's message store)."""

    def __init__(self, emu: TelegramEmulator) -> None:
        self.by_chat: dict[int, list[tuple[float, str]]] = defaultdict(list)
        original = emu.state.store_message

        def store(chat, sender, kind, fields, method=None):  # type: ignore[no-untyped-def]
            record = original(chat, sender, kind, fields, method)
            if sender.is_bot:
                self.by_chat[chat.id].append((time.perf_counter(), record.content))
            return record

        emu.state.store_message = store  # type: ignore[method-assign]


async def set_up(emu: TelegramEmulator, teams: dict[str, int], workers: list[int]) -> None:
    emu.add_user(ADMIN, "指挥中心")
    for leader in load_schedule_config(ROOT / "config").reception.leaders:
        emu.add_user(leader.telegram_id, leader.name)  # urgent cases reach the duty leader
    emu.add_group(COMMAND_CHAT, "指挥中心")
    for team, chat in teams.items():
        emu.add_group(chat, team)
    for worker in workers:
        emu.add_user(worker, f"网格员{worker}")
    for target, chat in [("command", COMMAND_CHAT), *teams.items()]:
        emu.send_text(ADMIN, f"/bind {target}", chat_id=chat)
    for chat in [COMMAND_CHAT, *teams.values()]:
        await emu.wait_for_message(chat, "已绑定", timeout=60)
    grids = list(load_street_config(ROOT / "config").grids)
    for i, worker in enumerate(workers):  # the workers of a street, spread over its grids
        emu.send_text(worker, f"/register 网格员{worker} {grids[i % len(grids)]}")
    for worker in workers:
        await emu.wait_for_message(worker, "注册成功", timeout=120)


async def run_reports(
    emu: TelegramEmulator, stamps: Stamps, workers: list[int], texts: list[str], rate: float
) -> dict[str, float]:
    """Send the reports (open loop at `rate`/s, or all at once when rate is 0); wait for acks."""
    sent: dict[int, list[float]] = defaultdict(list)
    acks_before = {w: len(stamps.by_chat[w]) for w in workers}
    start = time.perf_counter()
    for i, report in enumerate(texts):
        if rate:
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
        worker = workers[i % len(workers)]
        sent[worker].append(time.perf_counter())
        emu.send_text(worker, report)
        if not rate and i % 100 == 99:
            await asyncio.sleep(0)  # let the server breathe while the burst is queued

    def acks(worker: int) -> list[float]:
        return [
            t
            for t, content in stamps.by_chat[worker][acks_before[worker] :]
            if "已受理" in content
        ]

    def all_answered() -> bool:
        return all(len(acks(w)) >= len(sent[w]) for w in sent)

    with contextlib.suppress(TimeoutError):  # what is missing then counts as lost
        await emu.wait_for(all_answered, timeout=300)
    latencies = [
        (ack - sent_at) * 1000
        for w, times in sent.items()
        for sent_at, ack in zip(times, acks(w), strict=False)
    ]
    answered = len(latencies)
    last_ack = max(max(acks(w), default=start) for w in sent)
    elapsed = last_ack - start
    return {
        "reports": len(texts),
        "answered": answered,
        "seconds": elapsed,
        "per_second": answered / elapsed,
        "p50_ms": statistics.median(latencies),
        "p99_ms": percentile(latencies, 0.99),
        "max_ms": max(latencies),
    }


async def part_a(
    n: int, n_workers: int, rate: float, database_url: str | None = None
) -> dict[str, Any]:
    teams = {team: -9001 - i for i, team in enumerate(load_street_config(ROOT / "config").teams)}
    workers = [FIRST_WORKER + i for i in range(n_workers)]
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="gridbot-bench-") as tmp:
        async with TelegramEmulator(token=TOKEN) as emu:
            stamps = Stamps(emu)
            bot = BotProcess(
                emu,
                Path(tmp),
                database_url,
                outbox_global_per_s="0",
                outbox_chat_per_s="0",
                outbox_group_per_min="0",
                flood_reports_per_minute="0",
            )
            await bot.reset_database()
            await bot.start()
            try:
                await set_up(emu, teams, workers)
                texts = report_texts(2 * n)
                for mode, batch, batch_rate in [
                    ("open_loop", texts[:n], rate),
                    ("burst", texts[n:], 0),
                ]:
                    cpu = bot.cpu_seconds()
                    results[mode] = await run_reports(emu, stamps, workers, batch, batch_rate)
                    results[mode]["cpu_ms"] = (bot.cpu_seconds() - cpu) * 1000 / n
                await asyncio.sleep(1)
                results["cases"] = await bot.count("SELECT count(*) FROM cases")
                results["lost"] = 2 * n - results["cases"]
                results["errors_in_log"] = bot.log.read_text().count(" ERROR ")
            finally:
                await bot.stop()
                if os.environ.get("BENCH_LOG"):  # keep the bot's log for a look afterwards
                    Path(os.environ["BENCH_LOG"]).write_bytes(bot.log.read_bytes())
    return results


def least_time(per_chat: dict[int, int]) -> float:
    """First to last message of the best possible schedule under Telegram's limits
    (greedy earliest slot, checked with the emulator's own limiter on a simulated clock)."""
    now = [0.0]
    limiter = RateLimiter(clock=lambda: now[0])
    left = dict(per_chat)
    last = 0.0
    while any(left.values()):
        for chat in sorted(left):
            if left[chat] and limiter.check("sendMessage", chat, is_group=chat < 0) is None:
                left[chat] -= 1
                last = now[0]
        now[0] += 0.001
    limiter.refused = 0
    return last


async def part_b(chats: int = 20, per_chat: int = 20) -> dict[str, Any]:
    from sqlalchemy import select

    from bot import App
    from gridbot.db.models import OutboxMessage
    from gridbot.messages import OutMessage
    from gridbot.outbox import enqueue
    from gridbot.settings import Settings

    groups = [-9500 - i for i in range(chats)]
    with tempfile.TemporaryDirectory(prefix="gridbot-bench-") as tmp:
        async with TelegramEmulator(token=TOKEN) as emu:
            for chat in groups:
                emu.add_group(chat, f"队伍{chat}")
            settings = Settings(
                telegram_token=TOKEN,
                telegram_api_base=emu.base_url,
                database_url=f"sqlite+aiosqlite:///{tmp}/limits.db",
                config_dir=ROOT / "config",
                data_dir=Path(tmp),
            )
            app = await App.create(settings)
            async with app.ctx.uow() as session:
                for i in range(per_chat):
                    for chat in groups:
                        enqueue(session, app.ctx.clock.now(), chat, OutMessage(f"派单 {i}"))
            emu.enforce_limits()
            stamps = Stamps(emu)
            start = time.perf_counter()
            task = asyncio.create_task(app.sender.run())
            total = chats * per_chat
            await emu.wait_for(
                lambda: sum(len(stamps.by_chat[c]) for c in groups) >= total, timeout=300
            )
            first = min(stamps.by_chat[c][0][0] for c in groups)
            last = max(stamps.by_chat[c][-1][0] for c in groups)
            app.sender.stop()
            await task
            async with app.ctx.uow() as session:
                statuses = [r.status for r in await session.scalars(select(OutboxMessage))]
            await app.bot.session.close()
            await app.ctx.uow.engine.dispose()
            in_order = all(
                [c for _, c in stamps.by_chat[chat]] == [f"派单 {i}" for i in range(per_chat)]
                for chat in groups
            )
    least = least_time({chat: per_chat for chat in groups})
    return {
        "dispatches": total,
        "delivered": statuses.count("sent"),
        "first_to_last_s": last - first,
        "from_start_s": last - start,
        "least_s": least,
        "ratio": (last - first) / least,
        "ratio_from_start": (last - start) / least,
        "429_received": emu.counters()["429_total"],
        "order_kept": in_order,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=500)
    parser.add_argument("--rate", type=float, default=200, help="open-loop reports per second")
    parser.add_argument("--part", choices=["a", "b", "all"], default="all")
    parser.add_argument(
        "--database-url", help="for (a): e.g. postgresql+asyncpg://... (default: SQLite file)"
    )
    args = parser.parse_args()
    if args.part in ("a", "all"):
        a = asyncio.run(part_a(args.reports, args.workers, args.rate, args.database_url))
        backend = (args.database_url or "sqlite").split(":")[0]
        print(f"(a) limits off, {args.reports} reports from {args.workers} workers, {backend}")
        for mode in ("open_loop", "burst"):
            r = a[mode]
            label = f"open loop at {args.rate:g}/s" if mode == "open_loop" else "one burst"
            print(
                f"  {label}: {r['answered']}/{r['reports']} answered in {r['seconds']:.2f}s = "
                f"{r['per_second']:.0f} reports/s; update→reply p50 {r['p50_ms']:.0f} ms, "
                f"p99 {r['p99_ms']:.0f} ms, max {r['max_ms']:.0f} ms; "
                f"bot CPU {r['cpu_ms']:.1f} ms per report"
            )
        print(
            f"  cases persisted {a['cases']}, lost {a['lost']}, errors in log {a['errors_in_log']}"
        )
    if args.part in ("b", "all"):
        b = asyncio.run(part_b())
        print("(b) Telegram's limits enforced by the emulator, 400 dispatches over 20 team chats")
        print(
            f"  delivered {b['delivered']}/{b['dispatches']} in {b['first_to_last_s']:.2f}s "
            f"first→last ({b['from_start_s']:.2f}s from the sender's start); least the limits "
            f"allow {b['least_s']:.2f}s → {b['ratio']:.3f}× ({b['ratio_from_start']:.3f}× from "
            f"start); 429s received {b['429_received']}; order per chat kept {b['order_kept']}"
        )


if __name__ == "__main__":
    main()
