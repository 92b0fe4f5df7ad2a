"""The short load: twenty terminal processes on one sandbox for ~30 s, sync workers killed with -9 now and then."""

from __future__ import annotations

import pytest

from tests.e2e import load_twenty


@pytest.mark.slow
def test_twenty_terminals_on_one_sandbox_apply_every_operation_exactly_once_in_order(tmp_path):
    report = load_twenty.run(30, tmp_path, terminals=20, seed=20261130)
    assert report.command_failures == [], report
    assert report.terminals == 20
    assert report.purchases >= 20 and report.redemptions >= 1, report
    assert report.duplicates == 0, report
    assert report.missing == 0, report
    assert report.out_of_order == 0, report
    assert report.unsettled == 0, report
    assert report.refused == 0, report  # every card had the points: no redemption may be turned down
    # Only a redemption whose request never got through under the load may be missing, and then it is nowhere.
    assert report.applied == report.purchases + report.redemptions - report.unreached, report
    assert report.slow_stops == 0, report  # each watch ended within 5 s of SIGTERM
    assert report.kills >= 1, report
    assert report.requests > 0 and 0 < report.p50_ms <= report.p99_ms, report
