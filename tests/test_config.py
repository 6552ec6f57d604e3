from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from bondlens.config import DEFAULT_MAX_ENTRY_CHARS, SETTINGS, Settings
from bondlens.errors import InvalidInput
from bondlens.journal import Journal


def test_defaults_with_a_home(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "journal-home", env={})
    assert settings == Settings(
        home=tmp_path / "journal-home",
        database_url=f"sqlite:///{tmp_path / 'journal-home' / 'journal.db'}",
        max_entry_chars=DEFAULT_MAX_ENTRY_CHARS,
        account="local",
    )


def test_home_comes_from_the_environment(tmp_path: Path) -> None:
    settings = Settings.load(env={"BONDLENS_HOME": str(tmp_path / "from-env")})
    assert settings.home == tmp_path / "from-env"
    assert settings.database_url == f"sqlite:///{tmp_path / 'from-env' / 'journal.db'}"


def test_home_given_on_the_command_line_wins_over_the_environment(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "flag", env={"BONDLENS_HOME": str(tmp_path / "env")})
    assert settings.home == tmp_path / "flag"


def test_home_is_made_absolute_and_expands_the_user_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert Settings.load("relative/home", env={}).home == tmp_path / "relative" / "home"
    monkeypatch.setenv("HOME", str(tmp_path / "me"))
    assert Settings.load("~/journal", env={}).home == tmp_path / "me" / "journal"


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG data folder is Linux's")
def test_home_defaults_to_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert Settings.load(env={}).home == tmp_path / "xdg" / "bondlens"
    assert Settings.load(env={"BONDLENS_HOME": ""}).home == tmp_path / "xdg" / "bondlens"


def test_settings_are_read_from_os_environ_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BONDLENS_HOME", str(tmp_path / "env-home"))
    monkeypatch.setenv("BONDLENS_MAX_ENTRY_CHARS", "2000")
    monkeypatch.setenv("BONDLENS_ACCOUNT", "  me  ")
    settings = Settings.load()
    assert (settings.home, settings.max_entry_chars, settings.account) == (
        tmp_path / "env-home",
        2000,
        "me",
    )


def test_database_url_from_the_environment(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    settings = Settings.load(tmp_path / "home", env={"BONDLENS_DATABASE_URL": url})
    assert settings.database_url == url
    with Journal(settings) as journal:
        assert journal.db.path == tmp_path / "elsewhere.db"
    assert (tmp_path / "elsewhere.db").is_file()


@pytest.mark.parametrize("value", ["1000", "1000000", "25000"])
def test_max_entry_chars_within_range(tmp_path: Path, value: str) -> None:
    settings = Settings.load(tmp_path, env={"BONDLENS_MAX_ENTRY_CHARS": value})
    assert settings.max_entry_chars == int(value)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("999", "between 1,000 and 1,000,000"),
        ("1000001", "between 1,000 and 1,000,000"),
        ("-5", "between 1,000 and 1,000,000"),
        ("lots", "should be a whole number, not 'lots'"),
        ("2.5e4", "should be a whole number"),
    ],
)
def test_bad_max_entry_chars_is_refused(tmp_path: Path, value: str, problem: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        Settings.load(tmp_path, env={"BONDLENS_MAX_ENTRY_CHARS": value})
    assert caught.value.message.startswith("BONDLENS_MAX_ENTRY_CHARS ")
    assert problem in caught.value.message


def test_empty_values_fall_back_to_defaults(tmp_path: Path) -> None:
    env = {"BONDLENS_MAX_ENTRY_CHARS": "", "BONDLENS_ACCOUNT": "", "BONDLENS_DATABASE_URL": ""}
    settings = Settings.load(tmp_path, env=env)
    assert settings.max_entry_chars == DEFAULT_MAX_ENTRY_CHARS
    assert settings.account == "local"
    assert settings.database_url == f"sqlite:///{tmp_path / 'journal.db'}"


def test_a_blank_account_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="BONDLENS_ACCOUNT cannot be empty"):
        Settings.load(tmp_path, env={"BONDLENS_ACCOUNT": "   "})


@pytest.mark.parametrize(
    "url", ["postgresql://localhost/bondlens", "sqlite://", "sqlite:///", "journal.db"]
)
def test_a_database_url_we_cannot_open_is_refused_before_anything_is_written(
    tmp_path: Path, url: str
) -> None:
    settings = Settings.load(tmp_path / "home", env={"BONDLENS_DATABASE_URL": url})
    with pytest.raises(InvalidInput, match="sqlite:///"):
        Journal(settings)
    assert not (tmp_path / "home").exists()


def test_every_setting_is_documented_with_a_default_and_help() -> None:
    fields = {f.name: f for f in dataclasses.fields(Settings)}
    assert [s.name for s in SETTINGS] == list(fields)
    for setting in SETTINGS:
        assert setting.env == f"BONDLENS_{setting.name.upper()}"
        assert setting.default.strip()
        assert setting.help.strip().endswith(".")
    documented = {s.name: s.default for s in SETTINGS}
    assert documented["max_entry_chars"] == str(fields["max_entry_chars"].default)
    assert documented["account"] == fields["account"].default


def test_every_documented_variable_is_read(tmp_path: Path) -> None:
    values = {
        "BONDLENS_HOME": str(tmp_path / "h"),
        "BONDLENS_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
        "BONDLENS_MAX_ENTRY_CHARS": "1234",
        "BONDLENS_ACCOUNT": "therapy",
        "BONDLENS_REGION": "ie",
        "BONDLENS_READING": "off",
    }
    assert {s.env for s in SETTINGS} == set(values)
    settings = Settings.load(env=values)
    assert dataclasses.asdict(settings) == {
        "home": tmp_path / "h",
        "database_url": values["BONDLENS_DATABASE_URL"],
        "max_entry_chars": 1234,
        "account": "therapy",
        "region": "IE",
        "reading": False,
    }


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("", True), ("on", True), ("YES", True), ("off", False), (" no ", False), ("0", False)],
)
def test_reading_is_on_unless_switched_off(tmp_path: Path, raw: str, expected: bool) -> None:
    assert Settings.load(tmp_path, env={"BONDLENS_READING": raw}).reading is expected


def test_an_unclear_reading_switch_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="BONDLENS_READING should be on or off"):
        Settings.load(tmp_path, env={"BONDLENS_READING": "sometimes"})


def test_region_is_not_set_by_default(tmp_path: Path) -> None:
    assert Settings.load(tmp_path, env={}).region == ""
    assert Settings.load(tmp_path, env={"BONDLENS_REGION": "  "}).region == ""


@pytest.mark.parametrize(
    ("value", "region"),
    [("US", "US"), ("gb", "GB"), ("UK", "GB"), (" nz ", "NZ"), ("de", "DE"), ("ca", "CA")],
)
def test_region_is_read_and_normalised(tmp_path: Path, value: str, region: str) -> None:
    assert Settings.load(tmp_path, env={"BONDLENS_REGION": value}).region == region


@pytest.mark.parametrize("value", ["Mars", "XX", "USA", "england"])
def test_an_unknown_region_is_refused_kindly(tmp_path: Path, value: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        Settings.load(tmp_path, env={"BONDLENS_REGION": value})
    message = caught.value.message
    assert message.startswith(f"BONDLENS_REGION {value!r} is not a region")
    assert "GB" in message
    assert "leave it empty" in message
