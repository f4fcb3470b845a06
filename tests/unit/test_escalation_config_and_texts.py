"""The escalation section of deadlines.yaml, the Timekeeper's arithmetic, and the Chinese
texts that address the team lead and the duty leader."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from gridbot.clock import SHANGHAI
from gridbot.config import ConfigError
from gridbot.deadlines import DeadlinePolicy, Duration
from gridbot.messages import CaseView
from gridbot.timekeeping import Timekeeper
from gridbot.workcalendar import WorkCalendar
from handlers.presenter import ChinesePresenter

CONFIG_DIR = Path(__file__).resolve().parents[2] / "config"
KEEPER = Timekeeper(DeadlinePolicy.load(CONFIG_DIR), WorkCalendar.load(CONFIG_DIR))
DEFAULT = "default:\n  urgent: {accept: 15m, resolve: 4h}\n  normal: {accept: 4wh, resolve: 3wd}\n"


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SHANGHAI)


def test_the_shipped_config_has_the_three_rung_ladder() -> None:
    esc = KEEPER.escalation
    assert esc.ladder == ("team_lead", "community", "command")
    assert esc.step(True) == Duration(10, "m") and esc.step(False) == Duration(2, "wh")
    assert esc.supervise_days == 1


@pytest.mark.parametrize(
    ("section", "where"),
    [
        ("escalation: {ladder: [boss]}", "escalation.ladder.0"),
        ("escalation: {step: {urgent: 2wh}}", "escalation.step.urgent"),
        ("escalation: {supervise_days: 0}", "escalation.supervise_days"),
    ],
)
def test_a_bad_escalation_section_names_the_field(tmp_path: Path, section: str, where: str):
    (tmp_path / "deadlines.yaml").write_text(DEFAULT + section + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        DeadlinePolicy.load(tmp_path)
    assert "deadlines.yaml" in str(exc.value) and where in str(exc.value)


def test_half_time_counts_working_hours_for_normal_cases_and_minutes_for_urgent() -> None:
    friday = at(2026, 11, 27, 16, 0)
    deadline = KEEPER.accept_deadline("environment", False, friday)
    assert KEEPER.halfway("environment", False, friday, deadline) == at(2026, 11, 30, 9, 0)
    night = at(2026, 11, 28, 2, 0)
    urgent = KEEPER.accept_deadline("fire_safety", True, night)  # 5 minutes
    assert KEEPER.halfway("fire_safety", True, night, urgent) == night + timedelta(minutes=2.5)


def test_the_next_office_morning_skips_the_weekend_and_counts_a_tiaoxiu_saturday() -> None:
    assert KEEPER.next_office_morning(at(2026, 11, 27, 10)) == at(2026, 11, 30, 8, 30)
    assert KEEPER.next_office_morning(at(2026, 10, 9, 10)) == at(2026, 10, 10, 8, 30)


VIEW = CaseView(
    id=1, number="20261123-0001", text="路灯坏了", category="municipal_facility",
    label="市政设施", urgent=False, confidence=0.9, keywords=(), status="dispatched",
    status_label="已派单", grid_code="XF-01", grid_name="幸福社区第一网格",
    community_name="幸福社区", place=None, latitude=None, longitude=None, photos=(),
    reporter_name="张三", reporter_role="网格员", team_code="municipal", team_name="市政维护组",
    dispatch_seq=1, accept_deadline=at(2026, 11, 23, 15), accepted_by=None, accepted_at=None,
    resolution=None, resolution_photo=None, created_at=at(2026, 11, 23, 9),
)  # fmt: skip
PRESENTER = ChinesePresenter()


def test_the_team_lead_is_addressed_by_mention_by_name_or_by_title() -> None:
    assert (
        "@wang_dz 请立即"
        in PRESENTER.escalation_notice(VIEW, "team_lead", "accept", "@wang_dz").text
    )
    assert (
        "王队长请立即" in PRESENTER.escalation_notice(VIEW, "team_lead", "accept", "王队长").text
    )
    assert "队长请督促" in PRESENTER.accept_reminder(VIEW, "").text


def test_the_command_centre_can_supervise_from_the_escalation_unless_already_supervised():
    notice = PRESENTER.escalation_notice(VIEW, "command", "resolve", "@duty")
    assert "@duty" in notice.text and "超过办结时限" in notice.text
    assert [b.text for row in notice.buttons for b in row] == ["督办"]
    supervised = replace(VIEW, supervise_until=at(2026, 11, 24, 17, 30))
    assert PRESENTER.escalation_notice(supervised, "command", "resolve", "").buttons == ()


def test_flags_head_the_team_card() -> None:
    flagged = replace(VIEW, overdue=True, supervise_until=at(2026, 11, 24, 17, 30))
    assert PRESENTER.team_card(flagged).text.startswith("📋【督办】【已超时】事件 20261123-0001")
    assert "【" not in PRESENTER.team_card(VIEW).text.splitlines()[0]
