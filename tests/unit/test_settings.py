"""Settings come from defaults, the TOML file, KIOSK_* variables and flags, in that order."""

from __future__ import annotations

import pytest

from kiosk.__main__ import build_parser
from kiosk.paths import Paths
from kiosk.settings import SETTINGS, Settings, SettingsError
from kiosk.cli_text import say
from kiosk.domain.errors import Why
from tests.helpers import raises_saying


def test_every_setting_is_declared_with_type_and_default():
    required = {
        "KIOSK_API_URL", "KIOSK_API_KEY", "KIOSK_CAMPAIGN_ID", "KIOSK_TERMINAL_USERNAME",
        "KIOSK_TERMINAL_PASSWORD", "KIOSK_TERMINAL_SERIAL", "KIOSK_SYNCHRO_USERNAME",
        "KIOSK_SYNCHRO_PASSWORD", "KIOSK_LANGUAGE",
    }
    assert required <= {s.env for s in SETTINGS}
    for setting in SETTINGS:
        assert isinstance(setting.default, setting.type)


def test_defaults_apply_when_nothing_else_is_given(tmp_path):
    settings = Settings.load(tmp_path, env={})
    assert settings.api_url == ""
    assert settings.language == "en"
    assert settings.source("language") == "default"


def test_file_then_environment_then_flags(tmp_path):
    (tmp_path / "kiosk.toml").write_text(
        'api_url = "https://file.example"\ncampaign_id = 7\nlanguage = "it"\nread_timeout = 9.5\n'
    )
    env = {"KIOSK_CAMPAIGN_ID": "42", "KIOSK_LANGUAGE": "ru"}
    settings = Settings.load(tmp_path, env=env, flags={"language": "pt", "api_key": None})
    assert settings.api_url == "https://file.example" and settings.source("api_url") == "file"
    assert settings.campaign_id == 42 and settings.source("campaign_id") == "environment"
    assert settings.language == "pt" and settings.source("language") == "flag"
    assert settings.read_timeout == 9.5
    assert settings.api_key == "" and settings.source("api_key") == "default"


@pytest.mark.parametrize("language", ["it", "en", "ru", "pt", " IT "])
def test_the_four_languages_of_the_screens_are_taken(tmp_path, language):
    settings = Settings.load(tmp_path, env={"KIOSK_LANGUAGE": language})
    assert settings.language == language.strip().lower()


@pytest.mark.parametrize("language", ["de", "fr", "it_IT", "pt-BR", ""])
def test_a_language_the_screens_do_not_speak_is_refused_by_name(tmp_path, language):
    with raises_saying(SettingsError, r"KIOSK_LANGUAGE \(environment\) must be one of it, en, ru, pt, not “"):
        Settings.load(tmp_path, env={"KIOSK_LANGUAGE": language})


def test_a_bad_value_names_the_setting_and_where_it_came_from(tmp_path):
    with raises_saying(SettingsError, r"KIOSK_CAMPAIGN_ID \(environment\) must be a whole number"):
        Settings.load(tmp_path, env={"KIOSK_CAMPAIGN_ID": "abc"})
    (tmp_path / "kiosk.toml").write_text("campain_id = 3\n")
    with raises_saying(SettingsError, "unknown setting “campain_id”"):
        Settings.load(tmp_path, env={})
    (tmp_path / "kiosk.toml").write_text("this is = = not toml")
    with raises_saying(SettingsError, "cannot be read"):
        Settings.load(tmp_path, env={})


def test_secrets_are_masked_when_shown(tmp_path):
    settings = Settings.load(tmp_path, env={"KIOSK_TERMINAL_PASSWORD": "s3cret-pass"})
    shown = settings.as_dict()
    assert shown["terminal_password"] == "****"
    assert "s3cret-pass" not in repr(shown)


def test_flags_work_before_and_after_the_sub_command():
    parser = build_parser()
    before = parser.parse_args(["--basedir", "/tmp/b", "--language", "it", "settings"])
    after = parser.parse_args(["settings", "--basedir", "/tmp/b", "--language", "it"])
    for args in (before, after):
        assert args.basedir == "/tmp/b"
        assert args.setting_language == "it"


def test_basedir_holds_every_folder(tmp_path):
    paths = Paths.for_basedir(tmp_path).create()
    for folder in (paths.data, paths.config, paths.logs):
        assert folder.is_dir()
        assert tmp_path in folder.parents


def test_the_password_rules_of_enrolment_come_from_the_settings(tmp_path):
    from kiosk.domain import onboarding as ob
    from kiosk.services.enrolment import rules_for

    relaxed = Settings.load(tmp_path, env={"KIOSK_PASSWORD_MIN_LENGTH": "10", "KIOSK_PASSWORD_NEEDS_DIGIT": "no"})
    rules = rules_for(relaxed, None)
    assert (rules.password_min_length, rules.password_needs_letter, rules.password_needs_digit) == (10, True, False)
    assert ob.check_password("lettersonly", "lettersonly", rules) is None
    assert ob.check_password("letters", "letters", rules).params == {"length": 10, "letter": False, "digit": False}
    assert "at least 10 characters" in say(ob.check_password("letters", "letters", rules))
    strict = rules_for(Settings.load(tmp_path, env={}), None)
    assert ob.check_password("lettersonly", "lettersonly", strict).params == {"length": 0, "letter": False, "digit": True}


def test_a_guessed_pin_flag_is_refused_without_repeating_what_followed_it(capsys: pytest.CaptureFixture[str]) -> None:
    # No abbreviations: "--pin" is not taken for --pin-pad-scrambled, and the error never echoes the PIN.
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["redeem", "--card", "2000000000015", "--points", "100", "--pin", "8642"])
    assert stopped.value.code == 2
    said = capsys.readouterr().err
    assert "unknown option --pin" in said and "8642" not in said


def test_a_secret_is_never_taken_from_the_flags(tmp_path):
    with pytest.raises(SettingsError) as refused:
        Settings.load(tmp_path, env={}, flags={"terminal_password": "flag-pw-123"})
    assert refused.value.what is Why.SETTING_IS_SECRET
    assert "KIOSK_TERMINAL_PASSWORD" in say(refused.value)
    assert "flag-pw-123" not in say(refused.value) and "flag-pw-123" not in str(refused.value.params)
