"""The `gridbot` command: look at the configuration, run the classifier, review corrections.

gridbot grids --json          configured grids
gridbot teams --json          configured teams
gridbot classify [--jsonl]    classify reports from stdin
gridbot eval FILE.jsonl       precision / recall / F1 on labelled reports
gridbot rules suggest         candidate keywords from the command centre's corrections
gridbot stats --from --to     figures for a period (see gridbot/stats/cli.py)
gridbot export --month        a month's ledger as Excel or CSV
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from gridbot.config import ConfigError, StreetConfig, load_street_config
from gridbot.db.migrate import upgrade_to_head
from gridbot.db.models import Correction
from gridbot.db.session import make_engine
from gridbot.settings import Settings
from gridbot.stats.cli import add_commands as add_stats_commands
from nlp import Classifier, RuleError
from nlp.cli import add_commands as add_classifier_commands
from nlp.suggest import suggest_keywords


def _grids(street: StreetConfig) -> list[dict[str, Any]]:
    return [
        {
            "code": g.code,
            "name": g.name,
            "community": g.community_name,
            "community_code": g.community_code,
            "households": g.households,
            "aliases": list(g.aliases),
        }
        for g in street.grids.values()
    ]


def _teams(street: StreetConfig) -> list[dict[str, Any]]:
    return [
        {"code": t.code, "name": t.name, "categories": t.categories} for t in street.teams.values()
    ]


def _print_table(rows: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        print(f"{row['code']:<14} {row['name']}")


async def _corrections(url: str) -> list[tuple[str, str, str]]:
    await upgrade_to_head(url)  # a database the bot never ran on simply has no corrections
    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(Correction.text, Correction.predicted, Correction.corrected)
            )
            return [(r[0], r[1], r[2]) for r in rows]
    finally:
        await engine.dispose()


def _suggest(settings: Settings, load: Callable[[], Classifier], top: int, as_json: bool) -> None:
    corrections = asyncio.run(_corrections(settings.resolved_database_url))
    classifier = load()
    suggestions = suggest_keywords(corrections, classifier, top=top)
    if as_json:
        print(json.dumps(suggestions, ensure_ascii=False, indent=2))
        return
    print(
        f"{len(corrections)} corrections read; review and add to config/categories.yaml by hand:"
    )
    for category, words in suggestions.items():
        listed = "、".join(f"{w}({n})" for w, n in words)
        print(f"  {category} {classifier.label(category)}: {listed}")


def main(argv: list[str] | None = None) -> int:
    logging.getLogger("jieba").setLevel(logging.WARNING)
    settings = Settings()
    parser = argparse.ArgumentParser(prog="gridbot", description="GridBot command line")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, rows in (("grids", _grids), ("teams", _teams)):
        sub = commands.add_parser(name, help=f"list the configured {name}")
        sub.add_argument("--json", action="store_true", help="print a JSON list")
        sub.set_defaults(func=lambda a, rows=rows: _print_table(rows(street()), a.json))

    def street() -> StreetConfig:
        return load_street_config(settings.config_dir)

    def classifier() -> Classifier:
        s = street()
        return Classifier.from_config(settings.config_dir, s.grid_aliases(), s.routes)

    add_classifier_commands(commands, classifier)
    rules = commands.add_parser("rules", help="classifier rules")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    suggest = rules_sub.add_parser("suggest", help="candidate keywords from corrections")
    suggest.add_argument("--top", type=int, default=10)
    suggest.add_argument("--json", action="store_true")
    suggest.set_defaults(func=lambda a: _suggest(settings, classifier, a.top, a.json))

    add_stats_commands(commands, settings)

    args = parser.parse_args(argv)
    try:
        code = args.func(args)
    except (ConfigError, RuleError) as exc:
        print(f"configuration error:\n{exc}", file=sys.stderr)
        return 2
    return code if isinstance(code, int) else 0


if __name__ == "__main__":
    sys.exit(main())
