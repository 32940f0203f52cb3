"""Settings: option > environment variable > settings file > default, for every setting;
a broken or mistyped file is a one-line error naming the line; `config path` and `config show`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clipper import config
from clipper.cli.paths import resolve_db_path
from helpers import FIXTURES, invoke

ARTICLE = FIXTURES / "article.html"


def ok(*args: str) -> str:
    code, out, err = invoke(*args)
    assert code == 0, err
    return out


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "settings" / "config.toml"
    path.parent.mkdir()
    monkeypatch.setenv("CLIPPER_CONFIG", str(path))
    return path


# For each setting: a value for the file (as TOML), for the variable, for the option,
# and what each of them resolves to.
PRECEDENCE = {
    "database": ('"/file/archive.db"', "/env/archive.db", Path("/opt/archive.db"),
                 Path("/file/archive.db"), Path("/env/archive.db")),
    "template": ('"jekyll"', "hugo", "obsidian", "jekyll", "hugo"),
    "export_folder": ('"/file/out"', "/env/out", Path("/opt/out"), Path("/file/out"),
                      Path("/env/out")),
    "assets_folder": ('"/file/assets"', "/env/assets", Path("/opt/assets"),
                      Path("/file/assets"), Path("/env/assets")),
    "tags": ('["from-file", "two"]', "from-env, three", ("from-option",),
             ("from-file", "two"), ("from-env", "three")),
    "images": ("true", "0", True, True, False),
    "jobs": ("3", "5", 7, 3, 5),
}  # fmt: skip


def test_every_setting_is_in_the_precedence_table() -> None:
    assert set(PRECEDENCE) == set(config.BY_KEY)


@pytest.mark.parametrize("key", list(PRECEDENCE))
def test_option_beats_variable_beats_file_beats_default(
    key: str, settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_file, in_env, option, from_file, from_env = PRECEDENCE[key]
    setting = config.BY_KEY[key]
    monkeypatch.delenv(setting.env, raising=False)
    default = config.resolve(key)
    assert (default.value, default.origin) == (setting.default, "default")
    settings_file.write_text(f"# mine\n\n{key} = {in_file}\n", encoding="utf-8")
    found = config.resolve(key)
    assert found.value == from_file and found.origin == f"{settings_file}, line 3"
    monkeypatch.setenv(setting.env, in_env)
    found = config.resolve(key)
    assert found.value == from_env and found.origin == f"${setting.env}"
    found = config.resolve(key, option, "--opt")
    assert found.value == option and found.origin == "--opt"


def test_the_database_order_is_db_then_variable_then_file_then_data_folder(
    settings_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("CLIPPER_DB")
    path, why = resolve_db_path(None)
    assert why == "default" and path.name == "clippings.db"
    settings_file.write_text('database = "~/from-file.db"\n', encoding="utf-8")
    assert resolve_db_path(None) == (Path.home() / "from-file.db", f"{settings_file}, line 1")
    monkeypatch.setenv("CLIPPER_DB", str(tmp_path / "env.db"))
    assert resolve_db_path(None) == (tmp_path / "env.db", "CLIPPER_DB")
    assert resolve_db_path(tmp_path / "opt.db") == (tmp_path / "opt.db", "--db")
    # The command that says where the archive is agrees.
    monkeypatch.delenv("CLIPPER_DB")
    code, out, err = invoke("db", "path")
    assert out.strip() == str(Path.home() / "from-file.db") and "config.toml, line 1" in err


def test_the_template_setting_chooses_the_export_template(
    settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = json.loads(ok("clip", "--json", str(ARTICLE)))["id"]
    assert ok("export", str(cid)).startswith("---\ntitle:")
    assert "\nclipped_at:" in ok("export", str(cid))  # the default: clipper's own
    settings_file.write_text('template = "obsidian"\n', encoding="utf-8")
    assert "\ncreated: " in ok("export", str(cid))
    monkeypatch.setenv("CLIPPER_TEMPLATE", "hugo")
    assert "\ndraft: false\n" in ok("export", str(cid))
    assert "\nlayout: " in ok("export", str(cid), "--template", "jekyll")
    # The setting is for Markdown; other formats don't mind it.
    assert json.loads(ok("export", str(cid), "--format", "json"))["id"] == cid


def test_the_export_folder_setting_is_where_export_writes(
    settings_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cid = json.loads(ok("clip", "--json", str(ARTICLE)))["id"]
    vault = tmp_path / "vault"
    settings_file.write_text(f"export_folder = {json.dumps(str(vault))}\n", encoding="utf-8")
    code, out, err = invoke("export", str(cid))
    assert code == 0 and out == "" and len(list(vault.iterdir())) == 1
    env_folder = tmp_path / "env-folder"
    monkeypatch.setenv("CLIPPER_EXPORT_FOLDER", str(env_folder))
    ok("export", str(cid))
    assert len(list(env_folder.iterdir())) == 1
    assert ok("export", str(cid), "-o", "-").startswith("---\n")  # - is stdout, as ever
    one = tmp_path / "one.md"
    ok("export", str(cid), "-o", str(one))
    assert one.is_file()


def test_the_tags_setting_tags_new_clippings_unless_tag_is_given(
    settings_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings_file.write_text('tags = ["inbox"]\n', encoding="utf-8")
    assert json.loads(ok("clip", "--json", str(ARTICLE)))["tags"] == ["inbox"]
    monkeypatch.setenv("CLIPPER_TAGS", "to-read,news")
    assert json.loads(ok("clip", "--json", str(ARTICLE)))["tags"] == ["inbox", "news", "to-read"]
    clipped = json.loads(ok("clip", "--json", str(ARTICLE), "--tag", "mine"))
    assert "mine" in clipped["tags"]


def test_the_jobs_setting_reaches_a_batch(
    settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clipper import batch

    seen: list[int] = []

    class Spy(batch.Batch):
        def __init__(self, db, options, *args, **kwargs):  # type: ignore[no-untyped-def]
            seen.append(options.jobs)
            super().__init__(db, options, *args, **kwargs)

    monkeypatch.setattr(batch, "Batch", Spy)
    sources = [str(FIXTURES / "article.html"), str(FIXTURES / "dumps" / "de_news.txt")]
    settings_file.write_text("jobs = 1\n", encoding="utf-8")
    ok("clip", *sources)
    monkeypatch.setenv("CLIPPER_JOBS", "2")
    ok("clip", "--refresh", *sources)
    ok("clip", "--refresh", "--jobs", "1", *sources)
    assert seen == [1, 2, 1]


# --- a broken settings file is an error, never ignored ----------------------------------------


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('template = "obsidian"\ntags = ["a"\n', "line 2"),
        ('template = "obsidian"\njobz = 3\n', "line 2: unknown setting 'jobz'. Did you mean jobs?"),
        ('\n\njobs = "4"\n', "line 3: jobs must be a whole number"),
        ("images = 1\n", "line 1: images must be true or false"),
        ("tags = 'news'\n", "line 1: tags must be a list of strings"),
        ('template = ""\n', "line 1: template must be a string"),
        ("template = obsidian\n", "line 1"),
        ("[export]\ntemplate = 'obsidian'\n", "unknown setting 'export'"),
    ],
)
def test_a_broken_settings_file_is_a_one_line_error_naming_the_line(
    settings_file: Path, text: str, needle: str
) -> None:
    settings_file.write_text(text, encoding="utf-8")
    for args in (("list",), ("config", "show"), ("clip", str(ARTICLE)), ("export", "--all")):
        code, out, err = invoke(*args)
        assert code == 2, (args, err)
        assert needle in err and str(settings_file) in err
        assert err.count("\n") == 1 and "Traceback" not in err
    assert ok("config", "path").strip() == str(settings_file)  # still says where to fix it


@pytest.mark.parametrize(
    ("variable", "value", "needle"),
    [("CLIPPER_JOBS", "many", "$CLIPPER_JOBS must be a whole number"),
     ("CLIPPER_IMAGES", "maybe", "$CLIPPER_IMAGES must be 1 or 0")],
)  # fmt: skip
def test_a_bad_variable_is_a_one_line_error(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, needle: str
) -> None:
    monkeypatch.setenv(variable, value)
    code, _, err = invoke("config", "show")
    assert code == 2 and needle in err and err.count("\n") == 1


def test_a_settings_file_that_is_not_utf8_or_a_folder(settings_file: Path) -> None:
    settings_file.write_bytes(b"template = '\xff'\n")
    code, _, err = invoke("config", "show")
    assert code == 2 and "UTF-8" in err
    settings_file.unlink()
    settings_file.mkdir()
    code, _, err = invoke("config", "show")
    assert code == 2 and "not a file" in err


# --- config path and config show ---------------------------------------------------------------


def test_config_show_says_where_each_value_came_from(
    settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_file.write_text('template = "obsidian"\n\ntags = ["inbox"]\n', encoding="utf-8")
    monkeypatch.setenv("CLIPPER_JOBS", "2")
    rows = {r["key"]: r for r in json.loads(ok("config", "show", "--json"))}
    assert set(rows) == set(config.BY_KEY)
    assert rows["template"] == {
        "key": "template",
        "value": "obsidian",
        "origin": f"{settings_file}, line 1",
    }
    assert rows["tags"]["value"] == ["inbox"] and rows["tags"]["origin"].endswith("line 3")
    assert rows["jobs"] == {"key": "jobs", "value": 2, "origin": "$CLIPPER_JOBS"}
    assert rows["images"] == {"key": "images", "value": False, "origin": "default"}
    assert rows["database"]["origin"] == "CLIPPER_DB"
    table = ok("config", "show")
    assert "obsidian" in table and "line 1" in table and "$CLIPPER_JOBS" in table


def test_config_path_is_in_the_users_config_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_config_path

    monkeypatch.delenv("CLIPPER_CONFIG")
    code, out, err = invoke("config", "path")
    assert code == 0
    assert Path(out.strip()) == user_config_path("clipper", appauthor=False) / "config.toml"


def test_settings_in_a_real_process(tmp_path: Path) -> None:
    settings = tmp_path / "config.toml"
    archive = tmp_path / "from-settings.db"
    settings.write_text(
        f'database = {json.dumps(str(archive))}\ntags = ["inbox"]\ntemplate = "obsidian"\n',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIPPER_")}
    env["CLIPPER_CONFIG"] = str(settings)
    run = [sys.executable, "-m", "clipper"]
    done = subprocess.run(
        [*run, "clip", "--json", str(ARTICLE)], env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout)["tags"] == ["inbox"] and archive.is_file()
    done = subprocess.run(
        [*run, "export", "--all"], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith('---\ntitle: "Harbour Bridge Reopens After Repairs"\nsource:')


def test_config_show_prints_long_paths_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the archive lives is what people run `config show` for: no "…" in its place."""
    deep = tmp_path / ("a-folder-with-a-long-name-" * 3) / "clippings.db"
    monkeypatch.setenv("CLIPPER_DB", str(deep))
    out = ok("config", "show")
    assert "…" not in out
    assert "clippings.db" in out.replace("\n", "").replace(" ", "").replace("│", "")


@pytest.mark.parametrize(
    ("file_text", "env", "needle"),
    [
        ('template = "obsidan"\n', None, "config.toml, line 1: No template 'obsidan'"),
        ("", "hugoo", "$CLIPPER_TEMPLATE: No template 'hugoo'"),
    ],
)
def test_a_template_setting_that_is_wrong_says_where_it_was_set(
    settings_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    file_text: str,
    env: str | None,
    needle: str,
) -> None:
    """No --template was typed: the error names the file line (or variable) to fix."""
    settings_file.write_text(file_text, encoding="utf-8")
    if env is not None:
        monkeypatch.setenv("CLIPPER_TEMPLATE", env)
    code, _, err = invoke("export", "--all")
    assert code == 2 and needle in err and err.count("\n") == 1, err
    # typed on the command line, the option is plainly what to fix
    code, _, err = invoke("export", "--all", "--template", "nope")
    assert code == 2 and err.startswith("clipper: No template 'nope'"), err
