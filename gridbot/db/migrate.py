"""Apply the Alembic migrations (migrations/) to a database: run at every start."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


async def upgrade_to_head(url: str) -> None:
    # Alembic's env.py runs its own event loop for the async engine: keep it off ours.
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")
