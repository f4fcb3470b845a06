"""`gridbot stats` and `gridbot export`, added to the `gridbot` command by gridbot/cli.py.

gridbot stats --from 2026-11-01 --to 2026-11-30 [--by team|grid|category|community|worker]
              [--json]                       both days included
gridbot export --month 2026-11 --format xlsx|csv --out FILE [--no-mask]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from gridbot.config import load_street_config
from gridbot.db.migrate import upgrade_to_head
from gridbot.db.session import UnitOfWork, make_engine
from gridbot.settings import Settings
from gridbot.stats.assessment import AssessmentConfig
from gridbot.stats.figures import Cut, Figures, Names, figures
from gridbot.stats.ledger import build_ledger, write_csv, write_xlsx
from gridbot.stats.periods import Period, day_range, parse_month
from nlp.rules import load_rules


def names_from_config(config_dir: Path) -> Names:
    street = load_street_config(config_dir)
    rules = load_rules(Path(config_dir) / "categories.yaml")
    return Names.build(street, ((c.code, c.label) for c in rules.categories))


async def _with_session(url: str, work: Any) -> Any:
    await upgrade_to_head(url)
    engine = make_engine(url)
    try:
        async with UnitOfWork(engine)() as session:
            return await work(session)
    finally:
        await engine.dispose()


def _hours(value: Any) -> str:
    return "-" if value is None else f"{value.total_seconds() / 3600:.1f}h"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _print_figures(rows: list[Figures], period: Period) -> None:
    print(f"{period.label}（按上报时间）")
    print(
        f"{'':<16}{'受理':>6}{'有效':>6}{'办结':>6}{'办结率':>8}{'按期率':>8}"
        f"{'签收中位':>9}{'办结中位':>9}{'重办率':>8}{'满意率':>8}{'督办':>5}{'升级':>5}"
    )
    for f in rows:
        print(
            f"{f.label:<16}{f.received:>6}{f.valid:>6}{f.resolved:>6}"
            f"{_pct(f.closure_rate):>9}{_pct(f.on_time_rate):>9}"
            f"{_hours(f.median_accept):>11}{_hours(f.median_resolve):>11}"
            f"{_pct(f.reopen_rate):>9}{_pct(f.satisfaction_rate):>9}"
            f"{f.supervised:>7}{f.escalated:>7}"
        )


def cmd_stats(settings: Settings, args: argparse.Namespace) -> int:
    first, last = date.fromisoformat(args.date_from), date.fromisoformat(args.date_to)
    if last < first:
        print("--to is before --from", file=sys.stderr)
        return 2
    period = day_range(first, last, f"{first:%Y-%m-%d}至{last:%Y-%m-%d}")
    names = names_from_config(settings.config_dir)

    async def work(session: Any) -> list[Figures]:
        return await figures(session, period.start, period.end, args.by, names=names)

    rows = asyncio.run(_with_session(settings.resolved_database_url, work))
    if args.json:
        out = {
            "from": first.isoformat(),
            "to": last.isoformat(),
            "by": args.by,
            "rows": [f.as_dict() for f in rows],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        _print_figures(rows, period)
    return 0


def cmd_export(settings: Settings, args: argparse.Namespace) -> int:
    period = parse_month(args.month)
    street = load_street_config(settings.config_dir)
    names = names_from_config(settings.config_dir)
    assessment = AssessmentConfig.load(settings.config_dir)

    async def work(session: Any) -> Any:
        return await build_ledger(
            session, period, street, names, assessment, masked=not args.no_mask
        )

    ledger = asyncio.run(_with_session(settings.resolved_database_url, work))
    out = Path(args.out)
    if args.format == "xlsx":
        write_xlsx(ledger, str(out))
    else:
        with out.open("w", encoding="utf-8-sig", newline="") as handle:
            write_csv(ledger, handle)
    print(f"{len(ledger.cases)} cases of {period.label} written to {out}")
    return 0


def _iso_day(text: str) -> str:
    try:
        date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-01") from None
    return text


def _month(text: str) -> str:
    try:
        parse_month(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month like 2026-11") from None
    return text


def add_commands(commands: Any, settings: Settings) -> None:
    stats = commands.add_parser("stats", help="figures for a period (cases reported in it)")
    stats.add_argument("--from", dest="date_from", required=True, type=_iso_day)
    stats.add_argument("--to", dest="date_to", required=True, type=_iso_day)
    stats.add_argument("--by", choices=[c.value for c in Cut])
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(func=lambda a: cmd_stats(settings, a))
    export = commands.add_parser("export", help="a month's ledger as an Excel workbook or CSV")
    export.add_argument("--month", required=True, type=_month, help="YYYY-MM")
    export.add_argument("--format", choices=["xlsx", "csv"], default="xlsx")
    export.add_argument("--out", required=True, help="file to write")
    export.add_argument(
        "--no-mask", action="store_true", help="keep phone and ID numbers in report texts"
    )
    export.set_defaults(func=lambda a: cmd_export(settings, a))
