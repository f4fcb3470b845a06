"""The case state table on its own."""

from __future__ import annotations

import pytest

from gridbot.states import (
    FINAL_STATUSES,
    STATUS_LABELS,
    TRANSITIONS,
    Action,
    Status,
    TransitionError,
    can,
    next_status,
)


def test_the_happy_path_runs_from_report_to_closed() -> None:
    status = Status.REPORTED
    for action in (Action.DISPATCH, Action.ACCEPT, Action.RESOLVE, Action.CONFIRM):
        status = next_status(status, action)
    assert status is Status.CLOSED


def test_an_unhappy_reporter_sends_a_resolved_case_back_to_dispatch() -> None:
    assert next_status(Status.RESOLVED, Action.REOPEN) is Status.DISPATCHED


def test_returned_cases_go_to_triage_and_triage_dispatches_them() -> None:
    assert next_status(Status.ACCEPTED, Action.RETURN) is Status.TRIAGE
    assert next_status(Status.TRIAGE, Action.DISPATCH) is Status.DISPATCHED


def test_a_case_cannot_be_accepted_twice_or_resolved_before_acceptance() -> None:
    with pytest.raises(TransitionError):
        next_status(Status.ACCEPTED, Action.ACCEPT)
    assert not can(Status.DISPATCHED, Action.RESOLVE)


@pytest.mark.parametrize("final", sorted(FINAL_STATUSES))
def test_nothing_leaves_a_final_state(final: Status) -> None:
    assert not any(can(final, action) for action in Action)


def test_withdrawal_is_possible_until_resolution_but_not_after() -> None:
    assert can(Status.ACCEPTED, Action.WITHDRAW)
    assert not can(Status.RESOLVED, Action.WITHDRAW)


def test_every_status_has_a_chinese_label_and_every_target_is_a_status() -> None:
    assert set(STATUS_LABELS) == set(Status)
    assert all(isinstance(target, Status) for target in TRANSITIONS.values())
