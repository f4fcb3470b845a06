"""Shared fixtures: configuration, classifier, and a service context on a real database.

Service tests run on SQLite always, and on PostgreSQL as well when GRIDBOT_TEST_DATABASE_URL
is set (postgresql+asyncpg://...); .ci/run sets it to a fresh database.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from gridbot.clock import SHANGHAI, FrozenClock
from gridbot.config import StreetConfig, load_street_config
from gridbot.db.migrate import upgrade_to_head
from gridbot.db.session import UnitOfWork, make_engine
from gridbot.deadlines import DeadlinePolicy
from gridbot.duplicate_rules import DuplicatePolicy
from gridbot.joint_rules import JointPolicy
from gridbot.services.context import ServiceContext
from gridbot.timekeeping import Timekeeper
from gridbot.workcalendar import WorkCalendar
from handlers.presenter import ChinesePresenter
from nlp import Classifier

ROOT = Path(__file__).resolve().parents[1]
CONFIG_DIR = ROOT / "config"
ADMIN_ID = 9001
PG_URL = os.environ.get("GRIDBOT_TEST_DATABASE_URL")


@pytest.fixture(scope="session")
def street() -> StreetConfig:
    return load_street_config(CONFIG_DIR)


@pytest.fixture(scope="session")
def classifier(street: StreetConfig) -> Classifier:
    return Classifier.from_config(CONFIG_DIR, street.grid_aliases(), street.routes)


@pytest.fixture(scope="session")
def calendar() -> WorkCalendar:
    return WorkCalendar.load(CONFIG_DIR)


@pytest.fixture(scope="session")
def deadline_policy() -> DeadlinePolicy:
    return DeadlinePolicy.load(CONFIG_DIR)


@pytest.fixture
def clock() -> FrozenClock:
    # Monday 23 November 2026, 09:00 in Shanghai: a working morning
    return FrozenClock(datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI))


def _db_params() -> list[object]:
    pg = pytest.param(
        "postgres",
        marks=pytest.mark.skipif(
            not PG_URL,
            reason="set GRIDBOT_TEST_DATABASE_URL=postgresql+asyncpg://... to run on PostgreSQL",
        ),
    )
    return ["sqlite", pg]


@pytest.fixture(params=_db_params())
async def uow(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[UnitOfWork]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'test.db'}" if request.param == "sqlite" else PG_URL
    assert url
    engine = make_engine(url)
    if request.param == "postgres":
        async with engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    await upgrade_to_head(url)  # the schema every test runs on is the migrations' schema
    yield UnitOfWork(engine)
    await engine.dispose()


@pytest.fixture
def ctx(
    uow: UnitOfWork,
    street: StreetConfig,
    classifier: Classifier,
    clock: FrozenClock,
    calendar: WorkCalendar,
    deadline_policy: DeadlinePolicy,
) -> ServiceContext:
    return ServiceContext(
        uow=uow,
        street=street,
        classifier=classifier,
        presenter=ChinesePresenter(),
        clock=clock,
        admin_ids=frozenset({ADMIN_ID}),
        triage_threshold=0.45,
        satisfaction_days=3,
        timekeeper=Timekeeper(deadline_policy, calendar),
        joint=JointPolicy.load(CONFIG_DIR, street.teams),
        duplicates=DuplicatePolicy.load(CONFIG_DIR),
    )
