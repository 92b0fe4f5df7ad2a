"""The short crash loop: real `kiosk earn`, `kiosk sync --watch` killed with -9, a sandbox with faults."""

from __future__ import annotations

import pytest

from tests.e2e import crash_loop


@pytest.mark.slow
def test_every_queued_purchase_is_applied_exactly_once_in_order(tmp_path):
    report = crash_loop.run(8, tmp_path, seed=20261122)
    assert report.earn_failures == [], report
    assert report.queued > 8
    assert report.duplicates == 0, report
    assert report.missing == 0, report
    assert report.out_of_order == 0, report
    assert report.failed == 0, report
    assert report.applied == report.queued, report
    assert report.kills == 8
