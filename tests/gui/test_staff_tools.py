"""Staff tools on a real sandbox: the link indicator, the queue with retry and discard, the PIN, the settings."""

from __future__ import annotations

import datetime as dt
import threading
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from kiosk.api import Problem
from kiosk.app import Backend
from kiosk.domain.errors import Notice
from kiosk.core.staff import check_manager_pin, hash_manager_pin
from kiosk.core.terminal import Terminal
from kiosk.domain.identifiers import with_check_digit
from kiosk.paths import Paths
from kiosk.services.context import ServiceContext
from kiosk.services.sync import OutboxQueue, SyncService, queue_trouble
from kiosk.settings import Settings, save_settings
from kiosk.store import Operation, OperationState, StoreFault, open_store
from kiosk.sync.connectivity import Connectivity, ConnectivityState
from kiosk.core.staff import ManagerPinLockout
from kiosk.domain.manager_pin import LOCKOUT_WAITS
from kiosk.ui import palette
from kiosk.ui.manager_pin import ManagerPinDialog
from kiosk.ui.queue_dialog import EMPTY_TEXT, QueueDialog
from kiosk.ui.settings_dialog import SettingsDialog
from kiosk.ui.status import ConnectivityIndicator
from kiosk.ui.words import say
from tests.gui.driver import MANAGER_PIN, runners_over, show_active
from tests.helpers import kiosk_log

GIULIA = with_check_digit("200000000001")
MARCO = with_check_digit("200000000003")  # blocked: the server refuses whatever is sent for it
WAIT = 15_000


# -- fixtures: a till folder whose kiosk.toml points at the sandbox -----------


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths.for_basedir(tmp_path / "till").create()


@pytest.fixture
def settings(sandbox: Any, paths: Paths) -> Settings:
    demo = sandbox.demo
    save_settings(
        paths.config,
        {
            "api_url": sandbox.url,
            "api_key": demo["apikey"],
            "campaign_id": demo["campaignid"],
            "terminal_username": demo["terminal"]["username"],
            "terminal_password": demo["terminal"]["password"],
            "terminal_serial": demo["terminal"]["serialnumber"],
            "connect_timeout": 2.0,
            "read_timeout": 15.0,
            "manager_pin_hash": hash_manager_pin(MANAGER_PIN),
            # The queue tests need purchases the server refuses (Marco's blocked card): a
            # directory fetched at start would tell the till first, and it would refuse them itself.
            "directory_refresh": 0,
        },
    )
    return Settings.load(paths.config, env={})


@pytest.fixture
def ctx(settings: Settings, paths: Paths) -> Iterator[ServiceContext]:
    client = Backend(settings).client()
    made = ServiceContext.create(settings, paths, client)
    yield made
    made.close()
    # Deliver the close's own result now: a TaskRunner freed with a result still queued crashes Qt.
    QApplication.processEvents()
    client.close()


@pytest.fixture
def sync(ctx: ServiceContext) -> Iterator[SyncService]:
    service = SyncService(ctx)
    service.start()
    yield service
    service.stop()


def _queue_purchases(ctx: ServiceContext, *amounts: int) -> list[Operation]:
    """Purchases on the blocked card, saved as the counter saves them (the campaign known from a look-up)."""
    with open_store(ctx.paths.store) as store:
        terminal = Terminal(store, ctx.client)
        terminal.lookup(GIULIA)
        return [
            terminal.queue_purchase(MARCO, amount=amount, receipt=f"R-{i}") for i, amount in enumerate(amounts, 1)
        ]


def _failed_in_store(qtbot: Any, ctx: ServiceContext, sync: SyncService, *amounts: int) -> list[Operation]:
    ops = _queue_purchases(ctx, *amounts)
    sync.wake()
    qtbot.waitUntil(lambda: sync.current.failed == len(amounts), timeout=WAIT)
    return ops


def _state(ctx: ServiceContext, op: Operation) -> OperationState:
    with open_store(ctx.paths.store) as store:
        found = store.operation(op.operationid)
    assert found is not None
    return found.state


def _open_queue(qtbot: Any, sync: SyncService) -> QueueDialog:
    dialog = QueueDialog(sync)
    show_active(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.counts.text() != "Reading the queue…", timeout=WAIT)
    return dialog


def _settled(prompt: ManagerPinDialog) -> bool:
    try:
        return not prompt.isVisible() or prompt.problem.text() != "Checking…"
    except RuntimeError:
        return True  # accepted and already deleted


def _outcome(prompt: ManagerPinDialog) -> str:
    try:
        return prompt.problem.text() if prompt.isVisible() else "accepted"
    except RuntimeError:
        return "accepted"


def _answer_pin_prompt(qtbot: Any, *pins: str, seen: list[str]) -> None:
    """When the manager PIN prompt opens, type each PIN with Enter, note what it said, then press Esc if still open."""

    def act() -> None:
        prompt = QApplication.activeModalWidget()
        if not isinstance(prompt, ManagerPinDialog):
            QTimer.singleShot(10, act)  # the prompt is not open yet: look again once events ran
            return
        for pin in pins:
            qtbot.keyClicks(prompt.pin, pin)
            qtbot.keyClick(prompt.pin, Qt.Key.Key_Return)
            # The check runs on the store's thread: wait for its answer.
            qtbot.waitUntil(lambda: _settled(prompt), timeout=WAIT)
            seen.append(_outcome(prompt))
        if _outcome(prompt) != "accepted":
            qtbot.keyClick(prompt.pin, Qt.Key.Key_Escape)

    QTimer.singleShot(0, act)


# -- the indicator ------------------------------------------------------------


TEN_42 = dt.datetime.now().replace(hour=10, minute=42, second=0, microsecond=0).timestamp()


@pytest.mark.parametrize(
    ("connectivity", "words"),
    [
        (Connectivity(ConnectivityState.ONLINE, pending=2), "● Online · 2 waiting to sync"),
        (Connectivity(ConnectivityState.ONLINE), "● Online · all synced"),
        (Connectivity(ConnectivityState.OFFLINE, since=TEN_42, pending=3), "● Offline since 10:42 · 3 waiting"),
        (
            Connectivity(ConnectivityState.DEGRADED, since=TEN_42, pending=1, failed=1,
                         last_error=Notice(Problem.SERVER_FAULT)),
            "● Trouble reaching the server since 10:42 · 1 waiting · 1 failed",
        ),
        (Connectivity(ConnectivityState.ONLINE, failed=2), "● Online · 2 failed"),
    ],
)
def test_the_indicator_says_how_the_link_is_and_what_waits(qtbot, connectivity, words):
    indicator = ConnectivityIndicator(clock=lambda: TEN_42 + 600)
    qtbot.addWidget(indicator)
    indicator.show_connectivity(connectivity)
    assert indicator.summary == words
    assert "(F9)" in indicator.label.text() and "F9" in indicator.toolTip()
    colours = palette.in_force()
    colour = {"online": colours.good, "offline": colours.hint, "degraded": colours.warning}[connectivity.state.value]
    assert colour in indicator.label.text()
    assert (colours.problem in indicator.label.text()) == bool(connectivity.failed)
    assert (say(connectivity.last_error) or "F9") in indicator.toolTip()


def test_before_anything_is_heard_from_the_server_the_indicator_says_connecting_and_what_waits(qtbot):
    indicator = ConnectivityIndicator(clock=lambda: TEN_42)
    qtbot.addWidget(indicator)
    assert indicator.summary == "● Connecting…", "a new indicator knows nothing of the link"
    indicator.show_connectivity(Connectivity(ConnectivityState.ONLINE, pending=2, unknown=True))
    assert indicator.summary == "● Connecting… · 2 waiting"
    assert palette.in_force().good not in indicator.label.text()
    indicator.show_connectivity(Connectivity(ConnectivityState.ONLINE, pending=2))
    assert indicator.summary == "● Online · 2 waiting to sync"


def test_trouble_since_an_earlier_day_shows_the_date(qtbot):
    indicator = ConnectivityIndicator(clock=lambda: TEN_42 + 2 * 86_400)
    qtbot.addWidget(indicator)
    indicator.show_connectivity(Connectivity(ConnectivityState.OFFLINE, since=TEN_42))
    day = dt.datetime.fromtimestamp(TEN_42).strftime("%d/%m")  # day/month, as the English screens write it
    assert indicator.summary == f"● Offline since {day} 10:42"


# -- the service --------------------------------------------------------------


def test_connectivity_arrives_on_the_gui_thread_with_the_failed_count(qtbot, ctx, sync):
    threads: list[int] = []
    seen: list[Connectivity] = []
    sync.changed.connect(lambda c: (threads.append(threading.get_ident()), seen.append(c)))
    _failed_in_store(qtbot, ctx, sync, 1500)
    assert seen[-1].failed == 1 and seen[-1].state is ConnectivityState.ONLINE
    assert set(threads) == {threading.main_thread().ident}


def test_a_missing_operation_is_a_problem_in_words(qtbot, ctx, sync):
    refused: list[Exception] = []
    sync.retry("no-such-operation", parent=None).failure(refused.append).run()
    qtbot.waitUntil(lambda: bool(refused), timeout=WAIT)
    assert [queue_trouble(exc) for exc in refused] == [Notice(StoreFault.UNKNOWN_OPERATION)]
    assert say(queue_trouble(refused[0])) == "This operation is not in the terminal's queue."


# -- the queue ----------------------------------------------------------------


def test_an_empty_queue_says_nothing_failed(qtbot, sync):
    dialog = _open_queue(qtbot, sync)
    assert dialog.empty.isVisible() and dialog.empty.text() == EMPTY_TEXT
    assert not dialog.table.isVisible()
    assert not dialog.retry.isEnabled() and not dialog.discard.isEnabled()


def test_a_failed_purchase_is_listed_with_its_error(qtbot, ctx, sync):
    _failed_in_store(qtbot, ctx, sync, 1500)
    dialog = _open_queue(qtbot, sync)
    assert dialog.counts.text() == "0 waiting to sync · 1 failed · 0 sent · 0 discarded"
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, column).text() for column in range(dialog.table.columnCount())]
    assert row[0].startswith("today ")
    assert row[1:4] == [MARCO, "Purchase, receipt R-1", "€15.00 → +15 points"]
    assert "blocked" in row[4]
    assert dialog.table.hasFocus()
    assert dialog.retry.text() == "Retry (R)" and dialog.discard.text() == "Discard… (D)"
    assert dialog.close_button.text() == "Close (Esc)"


def test_retry_with_r_sends_it_again_once_the_card_is_unblocked(qtbot, ctx, sync):
    (op,) = _failed_in_store(qtbot, ctx, sync, 1500)
    points_before = ctx.client.card(card=MARCO).points
    ctx.client.unblock_card(MARCO)
    dialog = _open_queue(qtbot, sync)
    qtbot.keyClick(dialog.table, Qt.Key.Key_R)
    sent = "0 waiting to sync · 0 failed · 1 sent · 0 discarded"
    qtbot.waitUntil(lambda: dialog.counts.text() == sent, timeout=WAIT)
    assert dialog.empty.isVisible()
    assert _state(ctx, op) is OperationState.DONE
    assert ctx.client.card(card=MARCO).points == points_before + 15


def test_a_row_discarded_elsewhere_meanwhile_is_refused_in_words_and_the_queue_shown_as_it_is(qtbot, ctx, sync):
    (op,) = _failed_in_store(qtbot, ctx, sync, 1500)
    dialog = _open_queue(qtbot, sync)
    with open_store(ctx.paths.store) as store:  # the CLI, on the same till, got there first
        store.discard(op.operationid)
    qtbot.keyClick(dialog.table, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: "discarded, not failed" in dialog.note.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=WAIT)
    assert dialog.counts.text() == "0 waiting to sync · 0 failed · 0 sent · 1 discarded"


def test_send_now_with_s_sends_what_waits_on_the_servers_retry_after(qtbot, ctx, sync, control, shots):
    # The server asked to wait (Retry-After); staff at the queue screen overrule it.
    control.set_faults(status=503, count=1, retryafter=3600, path="/terminal/movement")
    with open_store(ctx.paths.store) as store:
        Terminal(store, ctx.client).lookup(GIULIA)
        op = Terminal(store, ctx.client).queue_purchase(GIULIA, amount=1500, receipt="R-S")
    sync.wake()
    qtbot.waitUntil(lambda: _attempts(ctx, op) == 1 and sync.current.pending == 1, timeout=WAIT)
    dialog = _open_queue(qtbot, sync)
    assert dialog.counts.text().startswith("1 waiting to sync")
    assert dialog.send_now.isEnabled() and dialog.send_now.text() == "Send now (S)"
    assert dialog.grab().save(str(shots / "queue-send-now.png"))
    qtbot.keyClick(dialog.table if dialog.table.isVisible() else dialog.close_button, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: dialog.counts.text().startswith("0 waiting to sync"), timeout=WAIT)
    assert _state(ctx, op) is OperationState.DONE


def _attempts(ctx: ServiceContext, op: Operation) -> int:
    with open_store(ctx.paths.store) as store:
        found = store.operation(op.operationid)
    assert found is not None
    return found.attempts if found.state is OperationState.PENDING else -1


def test_discard_with_d_needs_the_manager_pin_and_acts_on_the_row_chosen_with_arrows(qtbot, ctx, sync):
    first, second = _failed_in_store(qtbot, ctx, sync, 1500, 2500)
    dialog = _open_queue(qtbot, sync)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.selected_operation().operationid == second.operationid
    seen: list[str] = []
    _answer_pin_prompt(qtbot, MANAGER_PIN, seen=seen)
    qtbot.keyClick(dialog.table, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)  # a shortcut's key arrives through the event loop
    assert seen == ["accepted"]
    qtbot.waitUntil(lambda: "1 discarded" in dialog.counts.text(), timeout=WAIT)
    assert _state(ctx, second) is OperationState.DISCARDED
    assert _state(ctx, first) is OperationState.FAILED
    assert dialog.table.rowCount() == 1
    qtbot.waitUntil(lambda: sync.current.failed == 1, timeout=WAIT)


def test_discard_is_refused_with_a_wrong_manager_pin(qtbot, ctx, sync):
    (op,) = _failed_in_store(qtbot, ctx, sync, 1500)
    dialog = _open_queue(qtbot, sync)
    seen: list[str] = []
    _answer_pin_prompt(qtbot, "111111", seen=seen)
    qtbot.keyClick(dialog.table, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: dialog.note.isVisible(), timeout=WAIT)
    assert seen == ["Wrong manager PIN."]
    assert dialog.note.text() == "Nothing was discarded."
    assert _state(ctx, op) is OperationState.FAILED
    assert dialog.table.rowCount() == 1


# -- the manager PIN prompt ---------------------------------------------------


def _pin_dialog(qtbot: Any, ctx: ServiceContext, stored: str, clock: list[float] | None = None) -> ManagerPinDialog:
    """The prompt over the till's runners and store; `clock`: the lock-out's time, moved by the test."""
    lockout = None if clock is None else ManagerPinLockout(ctx.stores.get, clock=lambda: clock[0])
    dialog = ManagerPinDialog(ctx, stored, lockout=lockout)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def till_ctx(paths: Paths) -> Iterator[ServiceContext]:
    with runners_over(paths) as made:
        yield made


def _enter(qtbot: Any, dialog: ManagerPinDialog, pin: str, field: str = "pin") -> None:
    """Type `pin` and Enter, then wait for the answer from the store thread."""
    qtbot.keyClicks(getattr(dialog, field), pin)
    qtbot.keyClick(getattr(dialog, field), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problem.text() not in {"Checking…", "Saving…"}, timeout=WAIT)


def _wrong_five_times(qtbot: Any, dialog: ManagerPinDialog) -> None:
    for _ in range(5):
        _enter(qtbot, dialog, "999999")
        assert dialog.pin.text() == ""


def test_five_wrong_pins_in_a_row_lock_the_prompt_for_a_minute(qtbot, till_ctx):
    now = [1000.0]
    dialog = _pin_dialog(qtbot, till_ctx, hash_manager_pin(MANAGER_PIN), now)
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password
    _wrong_five_times(qtbot, dialog)
    assert dialog.problem.text() == "Too many wrong manager PINs: try again in 60 seconds."
    assert not dialog.ok.isEnabled()
    dialog.pin.setText(MANAGER_PIN)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    now[0] += 60
    dialog.show_lockout()
    assert dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.pin, MANAGER_PIN)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=WAIT)
    assert dialog.pin.text() == ""  # cleared as it closed


def test_the_lock_out_outlives_the_prompt_and_a_restart_and_grows(qtbot, paths):
    """Kept in the store: a new prompt after a restart is still locked, and each round locks longer."""
    now = [1000.0]
    stored = hash_manager_pin(MANAGER_PIN)
    for wait in LOCKOUT_WAITS[:2]:
        with runners_over(paths) as ctx:
            dialog = _pin_dialog(qtbot, ctx, stored, now)
            _wrong_five_times(qtbot, dialog)
            dialog.reject()
        with runners_over(paths) as restarted:  # the app started again
            again = _pin_dialog(qtbot, restarted, stored, now)
            locked = f"Too many wrong manager PINs: try again in {wait} seconds."
            qtbot.waitUntil(lambda: again.problem.text() == locked, timeout=WAIT)
            assert not again.ok.isEnabled()
            again.reject()
        now[0] += wait


def test_letters_cannot_be_typed_into_the_pin(qtbot, till_ctx):
    dialog = _pin_dialog(qtbot, till_ctx, hash_manager_pin(MANAGER_PIN))
    qtbot.keyClicks(dialog.pin, "12ab34")
    assert dialog.pin.text() == "1234"


def test_with_no_manager_pin_yet_one_is_chosen_typed_twice_and_saved_as_a_hash(qtbot, till_ctx):
    config = till_ctx.paths.config
    save_settings(config, {"language": "it"})
    dialog = _pin_dialog(qtbot, till_ctx, "")
    assert dialog.choosing and "No manager PIN is set yet" in dialog.intro.text()
    assert "6 to 8 digits" in dialog.intro.text()
    _enter(qtbot, dialog, "13579")
    assert dialog.problem.text() == "The manager PIN must be 6 to 8 digits."  # 5 were enough before
    dialog.pin.clear()
    _enter(qtbot, dialog, "135791")
    assert dialog.focusWidget() is dialog.again and dialog.isVisible() and not dialog.problem.text()
    _enter(qtbot, dialog, "135790", field="again")
    assert dialog.problem.text().startswith("The two PINs are not the same")
    qtbot.keyClicks(dialog.again, "135791")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    # The hash (scrypt) and the fsync are on the store thread: the prompt says so and stays live meanwhile.
    assert dialog.problem.text() == "Saving…" and dialog.isVisible() and not dialog.ok.isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=WAIT)
    table = tomllib.loads((config / "kiosk.toml").read_text())
    assert table["language"] == "it" and check_manager_pin("135791", table["manager_pin_hash"])
    assert b"135791" not in (config / "kiosk.toml").read_bytes()


# -- the settings -------------------------------------------------------------


def _settings_dialog(qtbot: Any, ctx: ServiceContext) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    show_active(qtbot, dialog)
    return dialog


def _test_connection(qtbot: Any, dialog: SettingsDialog) -> str:
    dialog.outcome.clear()
    qtbot.keyClick(dialog.api_url, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.outcome.text() not in {"", "Testing the connection…"}, timeout=WAIT)
    assert dialog.test_button.isEnabled()
    return dialog.outcome.text()


def test_secrets_are_never_shown_and_the_values_in_force_are(qtbot, ctx, sandbox):
    dialog = _settings_dialog(qtbot, ctx)
    assert dialog.api_url.text() == sandbox.url
    assert dialog.api_key.text() == "" and dialog.api_key.placeholderText() == "unchanged"
    assert dialog.terminal_password.text() == "" and dialog.terminal_password.placeholderText() == "unchanged"
    assert dialog.api_key.echoMode() == dialog.api_key.EchoMode.Password
    assert dialog.campaign_id.text() == str(sandbox.demo["campaignid"])
    assert dialog.idle_timeout.value() == 90
    assert dialog.test_button.text() == "Test connection (Ctrl+T)"
    assert dialog.save_button.text() == "Save (Ctrl+S)" and dialog.cancel_button.text() == "Cancel (Esc)"


def test_test_connection_says_what_is_wrong_in_plain_words(qtbot, ctx):
    dialog = _settings_dialog(qtbot, ctx)
    assert _test_connection(qtbot, dialog) == "Connected: campaign “Demo Shop Rewards” (EUR)."
    assert palette.tone_of(dialog.outcome) is palette.Tone.GOOD
    qtbot.keyClicks(dialog.api_key, "not-the-key")
    assert _test_connection(qtbot, dialog) == (
        "The loyalty server refused the api key or the terminal's user name and password: check them."
    )
    assert palette.tone_of(dialog.outcome) is palette.Tone.PROBLEM
    dialog.api_key.clear()
    dialog.campaign_id.setText("4242")
    assert "Campaign 4242 does not exist" in _test_connection(qtbot, dialog)


def test_saving_writes_what_changed_into_kiosk_toml(qtbot, ctx, paths):
    before = tomllib.loads((paths.config / "kiosk.toml").read_text())
    dialog = _settings_dialog(qtbot, ctx)
    dialog.idle_timeout.setValue(30)
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    assert not dialog.pin_pad_scrambled.isChecked()
    qtbot.mouseClick(dialog.pin_pad_scrambled, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as blocker:
        qtbot.keyClick(dialog.api_url, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [{"idle_timeout": 30, "language": "it", "pin_pad_scrambled": True}]
    after = tomllib.loads((paths.config / "kiosk.toml").read_text())
    assert after == {**before, "idle_timeout": 30, "language": "it", "pin_pad_scrambled": True}
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_plain_http_address_elsewhere_is_not_saved(qtbot, ctx, paths):
    before = (paths.config / "kiosk.toml").read_bytes()
    dialog = _settings_dialog(qtbot, ctx)
    dialog.api_url.setText("http://loyalty.example.com")
    dialog.save()
    assert "must use https://" in dialog.outcome.text()
    assert (paths.config / "kiosk.toml").read_bytes() == before


# -- no secret leaks ------------------------------------------------------------


@pytest.fixture
def log_file(paths: Paths) -> Iterator[Path]:
    with kiosk_log(paths.logs) as path:
        yield path


def test_typed_pins_keys_and_passwords_never_reach_the_log_or_the_store(qtbot, ctx, sync, paths, log_file):
    new_key, new_password, wrong_pin = "sk-typed-7f3a9c", "pw-typed-51d2e8", "97531864"
    _failed_in_store(qtbot, ctx, sync, 1500)
    queue = _open_queue(qtbot, sync)
    seen: list[str] = []
    _answer_pin_prompt(qtbot, wrong_pin, MANAGER_PIN, seen=seen)
    qtbot.keyClick(queue.table, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT)
    assert seen == ["Wrong manager PIN.", "accepted"]
    qtbot.waitUntil(lambda: "1 discarded" in queue.counts.text(), timeout=WAIT)

    cancelled = _settings_dialog(qtbot, ctx)
    qtbot.keyClicks(cancelled.api_key, new_key)
    qtbot.keyClicks(cancelled.terminal_password, new_password)
    _test_connection(qtbot, cancelled)
    qtbot.keyClick(cancelled.api_url, Qt.Key.Key_Escape)
    assert cancelled.api_key.text() == "" and cancelled.terminal_password.text() == ""
    toml = (paths.config / "kiosk.toml").read_bytes()
    assert new_key.encode() not in toml and new_password.encode() not in toml

    saved = _settings_dialog(qtbot, ctx)
    qtbot.keyClicks(saved.api_key, new_key)
    qtbot.keyClicks(saved.terminal_password, new_password)
    with qtbot.waitSignal(saved.saved, timeout=WAIT) as blocker:
        saved.save()
    assert blocker.args == [{"api_key": "****", "terminal_password": "****"}]
    toml = (paths.config / "kiosk.toml").read_bytes()
    assert new_key.encode() in toml and new_password.encode() in toml  # saving them is the point
    for pin in (MANAGER_PIN, wrong_pin):
        assert f'"{pin}"'.encode() not in toml and f"= {pin}".encode() not in toml

    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    files = [log_file, *paths.data.glob("terminal.sqlite3*")]
    assert log_file.exists() and paths.store.exists()
    for path in files:
        data = path.read_bytes()
        for secret in (new_key, new_password, MANAGER_PIN, wrong_pin):
            assert secret.encode() not in data, f"{secret} found in {path.name}"


def test_the_queue_snapshot_counts_every_state(qtbot, ctx, sync):
    _failed_in_store(qtbot, ctx, sync, 1500)
    loaded: list[OutboxQueue] = []
    sync.load_queue(parent=None).success(loaded.append).run()
    qtbot.waitUntil(lambda: bool(loaded), timeout=WAIT)
    (queue,) = loaded
    assert isinstance(queue, OutboxQueue)
    assert [op.card for op in queue.failed] == [MARCO]
    assert queue.counts[OperationState.FAILED] == 1 and queue.waiting == 0 and queue.currency == "EUR"
