"""The monthly scoreboard (月排名) on the seeded November, scored by hand."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from gridbot.config import ConfigError
from gridbot.stats import Names
from gridbot.stats.assessment import AssessmentConfig, scoreboard
from tests.conftest import CONFIG_DIR
from tests.integration.stats_seed import at, seed_month


@pytest.fixture(scope="module")
def assessment() -> AssessmentConfig:
    return AssessmentConfig.load(CONFIG_DIR)


async def _board(uow, street, classifier, assessment):
    async with uow() as session:
        return await scoreboard(
            session,
            at(11, 1, 0),
            at(12, 1, 0),
            "2026年11月",
            street,
            Names.build(street, classifier.categories),
            assessment,
        )


async def test_workers_are_scored_on_reports_density_closure_and_duplicates(
    uow, street, classifier, assessment
):
    await seed_month(uow)
    board = await _board(uow, street, classifier, assessment)
    a, b = board.workers
    # 张三: 3 valid of 4 (one withdrawn), 2 of them resolved, 420 households, no duplicate:
    #   0.35*100 + 0.25*100 + 0.25*66.67 + 0.15*100 = 91.67
    assert (a.name, a.reports, a.valid, a.duplicates, a.rank) == ("张三", 4, 3, 0, 1)
    assert a.per_100_households == pytest.approx(300 / 420)
    assert a.closure_rate == pytest.approx(2 / 3)
    assert a.score == pytest.approx(91.667, abs=0.01)
    # 李四: 3 valid of 4 (one merged), 1 resolved, 480 households, 1 duplicate of 5 submitted:
    #   0.35*100 + 0.25*87.5 + 0.25*33.33 + 0.15*80 = 77.21
    assert (b.name, b.reports, b.valid, b.duplicates, b.rank) == ("李四", 4, 3, 1, 2)
    assert b.score == pytest.approx(77.208, abs=0.01)


async def test_teams_are_ranked_and_teams_without_cases_are_listed_unranked(
    uow, street, classifier, assessment
):
    await seed_month(uow)
    board = await _board(uow, street, classifier, assessment)
    sanitation, mediation, *rest = board.teams
    # 环卫所: accept median 2h (target 4h: 100), on time 1/2, reopened 1/2, satisfied 2/3
    #   0.25*100 + 0.35*50 + 0.15*50 + 0.25*66.67 = 66.67
    assert (sanitation.name, sanitation.rank, sanitation.received) == ("环卫所", 1, 3)
    assert sanitation.median_accept == timedelta(hours=2)
    assert sanitation.score == pytest.approx(66.667, abs=0.01)
    # 司法调解组: accept 0.5h (100), on time 0/2 (0), no reopen (100), no rating (left out):
    #   (0.25*100 + 0.35*0 + 0.15*100) / 0.75 = 53.33
    assert (mediation.name, mediation.rank) == ("司法调解组", 2)
    assert mediation.satisfaction_rate is None
    assert mediation.score == pytest.approx(53.333, abs=0.01)
    assert all(t.rank is None and t.score is None for t in rest)
    assert len(board.teams) == len(street.teams)
    assert board.top(board.teams) == [sanitation, mediation]
    assert board.bottom(board.teams) == []  # two ranked teams are both named at the top


async def test_bottom_names_the_last_ranked_without_repeating_the_top(
    uow, street, classifier, assessment
):
    await seed_month(uow)
    board = await _board(uow, street, classifier, assessment.model_copy(update={"named": 1}))
    assert [t.name for t in board.top(board.teams)] == ["环卫所"]
    assert [t.name for t in board.bottom(board.teams)] == ["司法调解组"]
    assert [w.name for w in board.bottom(board.workers)] == ["李四"]


@pytest.mark.parametrize(
    ("yaml_text", "says"),
    [
        ("workers: {weights: {valid_reports: 1}}\n", "workers.weights.per_100_households"),
        (
            "workers: {weights: {valid_reports: -1, per_100_households: 0, closure_rate: 0,"
            " duplicate_rate: 0}}\n",
            "workers.weights.valid_reports: Input should be greater than or equal to 0",
        ),
        (
            "workers: {weights: {valid_reports: 0, per_100_households: 0, closure_rate: 0,"
            " duplicate_rate: 0}}\n",
            "at least one weight must be above 0",
        ),
        ("teams: {accept_target_hours: 4, wieghts: {}}\n", "teams.wieghts: Extra inputs"),
    ],
)
def test_bad_assessment_config_is_refused_naming_file_and_field(
    tmp_path: Path, yaml_text: str, says: str
) -> None:
    (tmp_path / "assessment.yaml").write_text(yaml_text, encoding="utf-8")
    with pytest.raises(ConfigError, match=says) as info:
        AssessmentConfig.load(tmp_path)
    assert "assessment.yaml" in str(info.value)


def test_missing_assessment_config_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="assessment.yaml: file not found"):
        AssessmentConfig.load(tmp_path)
