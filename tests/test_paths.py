"""Where the archive and the settings file are: the quick look for a settings file agrees with
platformdirs, and a broken settings file is still reported wherever platformdirs finds it; and
--site's one SQL test answers what its three did."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from platformdirs import user_config_path

from clipper.cli import paths

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the quick look is Linux's")


def platformdirs_file() -> Path:
    return user_config_path("clipper", appauthor=False) / "config.toml"


@linux
@pytest.mark.parametrize(
    "xdg",
    [None, "", "   ", "absolute", "relative"],
)
def test_no_settings_file_is_assumed_only_where_platformdirs_finds_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg: str | None
) -> None:
    monkeypatch.delenv("CLIPPER_CONFIG", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    if xdg is None:
        monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    elif xdg == "absolute":
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    elif xdg == "relative":
        monkeypatch.setenv("XDG_CONFIG_HOME", "rel")
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME", xdg)
    assert not paths._settings_file_may_exist()
    assert not platformdirs_file().exists()
    # Wherever platformdirs looks, a file there is seen.
    where = platformdirs_file()
    where.parent.mkdir(parents=True)
    where.write_text('template = "obsidian"\n', encoding="utf-8")
    assert paths._settings_file_may_exist()


@linux
def test_a_settings_file_in_either_place_is_seen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLIPPER_CONFIG", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    for folder in (tmp_path / "home" / ".config", tmp_path / "xdg"):
        found = folder / "clipper" / "config.toml"
        found.parent.mkdir(parents=True)
        found.mkdir()  # a folder where the file should be is an error to report, not nothing
        assert paths._settings_file_may_exist()
        found.rmdir()
        assert not paths._settings_file_may_exist()


def test_clipper_config_always_goes_to_the_settings_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIPPER_CONFIG", str(tmp_path / "none.toml"))
    assert paths._settings_file_may_exist()


@linux
def test_a_broken_settings_file_in_the_config_folder_stops_a_reading_command(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    settings = home / ".config" / "clipper" / "config.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text("templat = 'x'\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("CLIPPER_CONFIG", "XDG_CONFIG_HOME")}
    env.update(HOME=str(home), CLIPPER_DB=str(tmp_path / "a.db"))
    done = subprocess.run(
        [sys.executable, "-m", "clipper", "list"], env=env, capture_output=True, text=True
    )
    assert done.returncode != 0
    assert "unknown setting 'templat'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@given(
    st.one_of(st.none(), st.text(max_size=12)),
    st.one_of(
        st.none(),
        st.text(max_size=30),
        st.builds(
            lambda scheme, host, rest: f"{scheme}://{host}{rest}",
            st.sampled_from(["http", "https", "HTTPS", "ftp"]),
            st.from_regex(
                r"(www\.)?([A-Za-zÀ-ÿ0-9-]{1,8}\.){0,3}[A-Za-zÀ-ÿ]{1,6}(:\d{1,4})?", fullmatch=True
            ),
            st.sampled_from(["", "/", "/a/b?c#d", "?q=1"]),
        ),
    ),
    st.sampled_from(
        ["Le Journal", "example.com", "www.Example.COM", "https://b.example.com/x", "é.fr", " "]
    ),
)
def test_the_site_test_is_the_three_it_replaces(
    site_name: str | None, url: str | None, site: str
) -> None:
    """clipper_on_site answers what the name, host and subdomain tests answered together."""
    from clipper.store.connection import host_of, on_site

    folded, host = site.casefold(), host_of(site)
    by_name = isinstance(site_name, str) and site_name.casefold() == folded
    try:
        found = host_of(url) if isinstance(url, str) else None
    except ValueError:  # an address urlsplit can't read has no host (the SQL used to fail)
        found = None
    by_host = found is not None and (found == host or found[-(len(host) + 1) :] == f".{host}")
    assert on_site(site_name, url, folded, host) == int(by_name or by_host)
