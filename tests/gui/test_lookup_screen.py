"""The first screen: type or scan a demo card, press Enter, see the customer and balances."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.domain.identifiers import with_check_digit


def _card(demo, **match):
    return next(c for c in demo["cards"] if all(c[k] == v for k, v in match.items()))


def _type_and_enter(qtbot, window, text):
    window.search.clear()
    qtbot.keyClicks(window.search, text)
    with qtbot.waitSignal(window._customers.found, timeout=10_000) as blocker:
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    return blocker.args[0]


def test_a_typed_demo_card_shows_name_points_and_credit(qtbot, window, backend):
    giulia = _card(backend.demo, name="Giulia")
    _type_and_enter(qtbot, window, giulia["card"])
    assert window.panel.isVisible()
    assert window.name.text() == "Giulia Rossi"
    assert window.points.text() == "1,250"
    assert window.credit.text() == "€15.00"
    assert window.card_state.text() == "Active"
    assert window.campaign.text() == "Demo Shop Rewards"


def test_a_scanner_burst_with_control_characters_is_read(qtbot, window, backend):
    giulia = _card(backend.demo, name="Giulia")
    window.search.setText(f"\x02]E0{giulia['card']}\x03")
    with qtbot.waitSignal(window._customers.found, timeout=10_000):
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.name.text() == "Giulia Rossi"


def test_an_email_finds_the_same_customer(qtbot, window, backend):
    giulia = _card(backend.demo, name="Giulia")
    view = _type_and_enter(qtbot, window, giulia["email"].upper())
    assert view.card.card == giulia["card"]
    assert window.name.text() == "Giulia Rossi"


def test_a_blocked_card_is_impossible_to_miss(qtbot, window, backend):
    blocked = _card(backend.demo, status="blocked")
    _type_and_enter(qtbot, window, blocked["card"])
    assert window.card_state.text() == "BLOCKED"
    assert "b71c1c" in window.card_state.styleSheet()


def test_a_misread_scan_is_refused_before_any_call(qtbot, window, backend):
    giulia = _card(backend.demo, name="Giulia")
    wrong = giulia["card"][:-1] + str((int(giulia["card"][-1]) + 1) % 10)
    window.search.setText(wrong)
    with qtbot.assertNotEmitted(window._customers.busy):
        with qtbot.waitSignal(window._customers.failed) as blocker:
            qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert "check digit" in blocker.args[0]
    assert "check digit" in window.status.text()
    assert not window.panel.isVisible()


def test_an_unknown_card_says_so(qtbot, window):
    window.search.setText(with_check_digit("299999999999"))
    with qtbot.waitSignal(window._customers.failed, timeout=10_000) as blocker:
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert blocker.args[0] == window.status.text()
    assert "card" in blocker.args[0].lower()
    assert not window.panel.isVisible()
