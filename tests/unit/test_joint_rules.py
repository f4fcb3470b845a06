"""Which reports go to several teams at once (config/joint.yaml), and config errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from gridbot.config import ConfigError
from gridbot.joint_rules import JointPolicy
from tests.conftest import CONFIG_DIR

TEAMS = {"police", "labor", "petition", "comprehensive", "fire", "safety", "mediation"}


@pytest.fixture(scope="module")
def policy() -> JointPolicy:
    return JointPolicy.load(CONFIG_DIR, TEAMS)


def test_a_crowd_demanding_wages_goes_to_labour_with_police_and_petition(policy) -> None:
    plan = policy.plan("labor", True, 20, ("二十多名", "讨薪"), "labor")
    assert plan is not None and plan.rule == "群体性讨薪"
    assert plan.lead == "labor" and plan.assist == ("police", "petition")


def test_three_workers_owed_wages_stay_with_the_labour_team(policy) -> None:
    assert policy.plan("labor", False, 3, (), "labor") is None


def test_urgent_public_security_case_is_led_by_the_police(policy) -> None:
    plan = policy.plan("public_security", True, None, ("持刀",), "police")
    assert plan is not None and plan.lead == "police" and plan.assist == ("comprehensive",)
    assert policy.plan("public_security", False, None, (), "police") is None


def test_a_fire_brings_police_and_safety_to_the_fire_team(policy) -> None:
    plan = policy.plan("fire_safety", True, None, ("着火",), "fire")
    assert plan is not None and plan.teams == ("fire", "police", "safety")
    assert policy.plan("fire_safety", False, None, (), "fire") is None  # a blocked fire lane


def test_anyone_injured_brings_the_police_to_the_routed_team(policy) -> None:
    plan = policy.plan("dispute", True, 2, ("受伤", "打起来"), "mediation")
    assert plan is not None and plan.lead == "mediation" and plan.assist == ("police",)
    assert policy.plan("dispute", True, 2, ("打起来",), "mediation") is None


def test_an_injury_on_a_case_nobody_can_lead_is_left_to_manual_triage(policy) -> None:
    assert policy.plan("other", True, None, ("受伤",), "command") is None


def test_a_rule_never_lists_the_lead_as_its_own_assistant(policy) -> None:
    assert policy.plan("public_security", False, None, ("受伤",), "police") is None


def test_no_joint_file_means_one_team_per_case(tmp_path: Path) -> None:
    assert JointPolicy.load(tmp_path, TEAMS).plan("labor", True, 50, ("讨薪",), "labor") is None


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("{name: x, lead: nobody, assist: [police]}", "rules.0.lead: unknown team code 'nobody'"),
        ("{name: x, assist: [police, ghosts]}", "rules.0.assist.1: unknown team code 'ghosts'"),
        ("{name: x, categories: [weather], assist: [police]}", "rules.0.categories.0: unknown"),
        ("{name: x, lead: police, assist: [police]}", "rules.0.assist: a team is listed twice"),
        ("{name: x, injury: true, assist: [police]}", "rules.0.injury: needs injury_words"),
        ("{name: x, assist: []}", "rules.0.assist"),
        ("{name: x, assist: [police], colour: red}", "rules.0.colour"),
    ],
)
def test_a_broken_rule_is_named_with_file_and_field(tmp_path: Path, rule: str, message: str):
    (tmp_path / "joint.yaml").write_text(f"rules:\n  - {rule}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        JointPolicy.load(tmp_path, TEAMS)
    assert "joint.yaml" in str(error.value) and message in str(error.value)
