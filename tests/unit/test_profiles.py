"""Profiles: settings on disk, secrets only in the keyring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from claimdesk.service.profiles import Profile, ProfileError, ProfileStore, check_url
from tests.helpers.keyrings import MemoryKeyring


def myrewards(name: str = "Acme MR", url: str = "https://mr.example.com") -> Profile:
    return Profile(name=name, platform="myrewards", url=url, api_key="KEY-1")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8765",
        "http://localhost:9",
        "http://[::1]:80",
        "http://127.3.4.5",
        "https://mr.example.com/",
        "HTTPS://x.io",
    ],
)
def test_accepted_urls(url: str) -> None:
    assert check_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://mr.example.com", "must use https:// for mr.example.com"),
        ("http://10.0.0.5", "must use https:// for 10.0.0.5"),
        ("ftp://x.io", "must be a web address"),
        ("mr.example.com", "must be a web address"),
        ("https://user:pw@x.io", "must not contain a user name or password"),
        ("https://x.io/?token=abc", "must not contain ? or #"),
    ],
)
def test_refused_urls_say_why(url: str, why: str) -> None:
    with pytest.raises(ValueError, match=why.replace("?", r"\?")):
        check_url(url)


def test_each_platform_needs_its_settings() -> None:
    with pytest.raises(ValidationError, match="API key: MyRewards needs it"):
        Profile(name="x", platform="myrewards", url="https://x.io")
    with pytest.raises(
        ValidationError,
        match=r"Touchpoint code: Thalamus needs it\. Partner principal: Thalamus needs it",
    ):
        Profile(name="x", platform="thalamus", url="https://x.io")
    peak = Profile(
        name="p", platform="peak", url="https://x.io", solution="QP_OOTB", api_key="ignored"
    )
    assert peak.settings == {  # not api_key; the upload path's default
        "solution": "QP_OOTB",
        "prefix": "",
        "suffix": "",
        "ingest_path": "auto",
    }


def test_a_setting_no_platform_has_is_refused() -> None:
    with pytest.raises(ValidationError, match="unknown settings: colour"):
        Profile(name="x", platform="claret", url="https://x.io", tenant="t", colour="red")
    with pytest.raises(ValidationError, match="must be one of myrewards, claret, peak, thalamus"):
        Profile(name="x", platform="nowhere", url="https://x.io")


def test_training_names_are_kept_for_training_mode() -> None:
    with pytest.raises(ValidationError):
        Profile(name="Training · MyRewards", platform="myrewards", url="https://x", api_key="k")
    profile = Profile.training("myrewards", "http://127.0.0.1:9", {"api_key": "demo-key"})
    assert profile.name == "Training · MyRewards"


# profiles.json as ClaimDesk wrote it before settings were declared in the registry: every
# platform's setting flat beside the name, empty where another platform's.
TODAYS_FILE = {
    "version": 1,
    "profiles": [
        {
            "name": "Acme MR",
            "platform": "myrewards",
            "url": "https://mr.example.com",
            "api_key": "KEY-1",
            "tenant": "",
            "solution": "",
            "prefix": "",
            "suffix": "",
            "touchpoint": "",
            "user": "",
            "beta_confirmed": False,
        },
        {
            "name": "Partner",
            "platform": "thalamus",
            "url": "https://t.example.com",
            "api_key": "",
            "tenant": "",
            "solution": "",
            "prefix": "",
            "suffix": "",
            "touchpoint": "DESKTOP",
            "user": "partner",
            "beta_confirmed": True,
        },
    ],
}


def test_a_profiles_file_in_todays_format_loads_and_keeps_its_shape(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "profiles.json"
    path.write_text(json.dumps(TODAYS_FILE, indent=2))
    store = ProfileStore(path)
    acme, partner = store.list()
    assert acme.settings == {"api_key": "KEY-1"}
    # Written before the login path was a setting: it loads with the documented path.
    assert partner.settings == {
        "touchpoint": "DESKTOP",
        "user": "partner",
        "login_path": "/api/v4/signin",
    }
    assert partner.beta_confirmed
    store.save(acme.model_copy(update={"url": "https://mr2.example.com"}))
    written = {p["name"]: p for p in json.loads(path.read_text())["profiles"]}
    assert written["Acme MR"] == {
        "name": "Acme MR",
        "platform": "myrewards",
        "url": "https://mr2.example.com",
        "api_key": "KEY-1",
        "beta_confirmed": False,
    }
    assert written["Partner"] == {
        "name": "Partner",
        "platform": "thalamus",
        "url": "https://t.example.com",
        "touchpoint": "DESKTOP",
        "user": "partner",
        "login_path": "/api/v4/signin",
        "beta_confirmed": True,
    }


def test_save_keeps_secrets_out_of_the_file(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    store.save(myrewards(), {"secret_key": "S3CRET-mr-1"})
    text = (tmp_path / "profiles.json").read_text()
    assert "S3CRET-mr-1" not in text
    assert json.loads(text)["profiles"][0]["api_key"] == "KEY-1"
    assert memory_keyring.store == {("ClaimDesk", "Acme MR:secret_key"): "S3CRET-mr-1"}
    assert store.secrets_of(store.get("Acme MR")) == {"secret_key": "S3CRET-mr-1"}


def test_a_new_profile_needs_its_secret(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "p.json")
    peak = Profile(
        name="Acme PK", url="https://peak.example.com", platform="peak", solution="QP_OOTB"
    )
    with pytest.raises(ProfileError, match="needs its secrets: token"):
        store.save(peak, {})
    assert not (tmp_path / "p.json").exists()


def test_a_myrewards_api_key_may_have_no_secret_key(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = ProfileStore(tmp_path / "p.json")
    store.save(myrewards(), {})  # the docs allow `Token token=KEY` alone
    assert store.secrets_of(store.get("Acme MR")) == {"secret_key": ""}  # read as none


def test_edit_without_secret_keeps_the_stored_one(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = ProfileStore(tmp_path / "p.json")
    store.save(myrewards(), {"secret_key": "first"})
    store.save(myrewards(url="https://mr2.example.com"), {"secret_key": ""}, replacing="Acme MR")
    assert store.get("Acme MR").url == "https://mr2.example.com"
    assert store.secrets_of(store.get("Acme MR")) == {"secret_key": "first"}


def test_rename_moves_the_secret(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = ProfileStore(tmp_path / "p.json")
    store.save(myrewards(), {"secret_key": "moving"})
    store.save(myrewards(name="Acme renamed"), {}, replacing="Acme MR")
    assert [p.name for p in store.list()] == ["Acme renamed"]
    assert memory_keyring.store == {("ClaimDesk", "Acme renamed:secret_key"): "moving"}


def test_rename_onto_an_existing_name_is_refused(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "p.json")
    store.save(myrewards("A"), {"secret_key": "a"})
    store.save(myrewards("B"), {"secret_key": "b"})
    with pytest.raises(ProfileError, match="already exists"):
        store.save(myrewards("B"), {}, replacing="A")


def test_remove_deletes_the_secret(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = ProfileStore(tmp_path / "p.json")
    store.save(myrewards(), {"secret_key": "gone"})
    store.remove("Acme MR")
    assert store.list() == []
    assert memory_keyring.store == {}
    with pytest.raises(ProfileError, match="no profile named"):
        store.remove("Acme MR")


def test_thalamus_keeps_two_secrets(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = ProfileStore(tmp_path / "p.json")
    profile = Profile(
        name="T",
        platform="thalamus",
        url="https://t.example.com",
        touchpoint="DESKTOP",
        user="partner",
    )
    store.save(profile, {"password": "pw-1234", "api_token": "tok-5678"})
    assert store.secrets_of(profile) == {"password": "pw-1234", "api_token": "tok-5678"}


def test_missing_secret_in_keyring_is_named(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = ProfileStore(tmp_path / "p.json")
    peak = Profile(
        name="Acme PK", url="https://peak.example.com", platform="peak", solution="QP_OOTB"
    )
    store.save(peak, {"token": "x"})
    memory_keyring.store.clear()
    with pytest.raises(ProfileError, match="holds no token for profile 'Acme PK'"):
        store.secrets_of(store.get("Acme PK"))


def test_a_damaged_profiles_file_is_reported_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text("{not json")
    store = ProfileStore(path)
    with pytest.raises(ProfileError, match="could not be read"):
        store.list()
    with pytest.raises(ProfileError):
        store.save(myrewards(), {"secret_key": "x"})
    assert path.read_text() == "{not json"


def test_default_location_is_the_config_folder(claimdesk_home: Path) -> None:
    assert ProfileStore().path == claimdesk_home / "config" / "profiles.json"


def test_a_peak_profile_saved_before_the_upload_path_setting_loads_as_auto(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "profiles.json"
    old = {"name": "Peak", "platform": "peak", "url": "https://p.example.com"}
    old |= {"solution": "QP_OOTB", "prefix": "QP_", "suffix": "_OOTB", "beta_confirmed": False}
    path.write_text(json.dumps({"version": 1, "profiles": [old]}))
    [peak] = ProfileStore(path).list()
    assert peak.setting("ingest_path") == "auto"


def test_the_upload_path_takes_only_its_documented_values() -> None:
    for value in ("auto", "objects", "ingest"):
        profile = Profile(
            name="p", platform="peak", url="https://x.io", solution="S", ingest_path=value
        )
        assert profile.setting("ingest_path") == value
    with pytest.raises(ValidationError, match="Upload path: must be one of: auto, objects, ingest"):
        Profile(name="p", platform="peak", url="https://x.io", solution="S", ingest_path="v3")


def test_a_thalamus_password_may_be_empty(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    """A touchpoint that needs no password: nothing is kept for it, and it reads as ""."""
    store = ProfileStore(tmp_path / "profiles.json")
    kiosk = Profile(
        name="Kiosk", platform="thalamus", url="https://t.io", touchpoint="KIOSK", user="p"
    )
    store.save(kiosk, {"password": "", "api_token": "TOKEN-k"})
    assert memory_keyring.store == {("ClaimDesk", "Kiosk:api_token"): "TOKEN-k"}
    assert store.secrets_of(store.get("Kiosk")) == {"password": "", "api_token": "TOKEN-k"}
    with pytest.raises(ProfileError, match="needs its secrets: api_token"):
        store.save(kiosk.model_copy(update={"name": "Other"}), {"password": "pw-1234"})
