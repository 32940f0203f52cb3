"""Export templates: golden files for every built-in, front matter that YAML readers parse,
round trips through `clip`, Obsidian Web Clipper's own notes, file names, template errors."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from clipper.export import frontmatter
from clipper.export.template import BUILTIN, builtin_template, load_template
from clipper.models import Highlight
from export_cases import CASES, GOLDEN, build
from helpers import invoke

LOADERS = [yaml.SafeLoader, *([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])]


def ok(*args: str) -> str:
    code, out, err = invoke(*args)
    assert code == 0, err
    return out


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("cases")
    return {name: build(folder / f"{name}.db", name) for name in CASES}


def with_highlights(clipping):  # type: ignore[no-untyped-def]
    words = clipping.text.split()
    return replace(
        clipping,
        highlights=[
            Highlight(1, clipping.id, " ".join(words[2:6]), "Worth *quoting*.", "x", 0, 1),
            Highlight(2, clipping.id, " ".join(words[10:13]), None, "x", 2, 3),
        ],
    )


# --- golden files ---------------------------------------------------------------------------


@pytest.mark.parametrize("template", BUILTIN)
@pytest.mark.parametrize("case", list(CASES))
def test_each_builtin_template_writes_its_golden_file(
    cases: dict, template: str, case: str
) -> None:
    text, _ = builtin_template(template).render(cases[case])
    assert text == (GOLDEN / f"{template}-{case}.md").read_text(encoding="utf-8")


def test_the_clipper_template_is_the_classic_export(cases: dict) -> None:
    from clipper.export.markdown import to_markdown

    # The clipper-*.md golden files were written by the export before templates existed.
    for case, clipping in cases.items():
        assert to_markdown(clipping) == (GOLDEN / f"clipper-{case}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("template", BUILTIN)
def test_highlights_are_quotes_under_a_heading_in_every_builtin(cases: dict, template: str) -> None:
    clipping = with_highlights(cases["article"])
    text, _ = builtin_template(template).render(clipping)
    plain, _ = builtin_template(template).render(cases["article"])
    first, second = clipping.highlights
    assert text == (
        plain + f"\n## Highlights\n\n> {first.passage}\n\nWorth \\*quoting\\*.\n\n"
        f"> {second.passage}\n"
    )


# --- front matter read by YAML parsers and by clipper ---------------------------------------


@pytest.mark.parametrize("loader", LOADERS, ids=lambda loader: loader.__name__)
@pytest.mark.parametrize("template", BUILTIN)
def test_front_matter_parses_with_pyyaml_and_clippers_reader(
    cases: dict, template: str, loader: type
) -> None:
    for clipping in cases.values():
        text, _ = builtin_template(template).render(with_highlights(clipping))
        block = text.split("---\n", 2)[1]
        parsed = yaml.load(block, Loader=loader)
        assert isinstance(parsed, dict)
        found = frontmatter.split(text)
        assert found is not None
        assert found[0] == {str(k): v for k, v in parsed.items()}
        assert parsed["title"] == clipping.title


def test_obsidian_properties_are_web_clippers_in_its_order(cases: dict) -> None:
    clipping = cases["jsonld"]
    text, filename = builtin_template("obsidian").render(clipping)
    meta = yaml.safe_load(text.split("---\n", 2)[1])
    assert list(meta) == [
        "title", "source", "author", "published", "created", "description", "tags"
    ]  # fmt: skip
    assert meta["author"] == ["[[Ana Lima]]", "[[Tom Berg]]"]
    assert str(meta["published"]) == "2024-03-05" and str(meta["created"]) == "2026-11-27"
    assert meta["tags"][0] == "clippings"
    assert meta["source"] == clipping.url
    assert filename == clipping.title
    # Empty properties are written as Web Clipper writes them: the key alone.
    assert "\ndescription:\n" in builtin_template("obsidian").render(cases["captions"])[0]


# --- round trips ------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """The words of a clipping's text; a text dump's "- " list marks are layout, not words."""
    return [w for w in text.split() if w != "-"]


CARRIED = {
    "clipper": ("title", "url", "authors", "published", "site_name", "lang", "excerpt", "tags",
                "note", "clipped_at", "section", "captions", "corrections"),
    "obsidian": ("title", "url", "authors", "excerpt", "tags"),
    "jekyll": ("title", "url", "authors", "excerpt", "tags", "section"),
    "hugo": ("title", "url", "authors", "published", "excerpt", "tags", "section"),
}  # fmt: skip


@pytest.mark.parametrize("template", BUILTIN)
@pytest.mark.parametrize("case", ["article", "jsonld", "captions"])
def test_clipping_an_exported_note_brings_the_clipping_back(
    tmp_path: Path, cases: dict, template: str, case: str
) -> None:
    clipping = with_highlights(cases[case])
    note = tmp_path / "note.md"
    note.write_text(builtin_template(template).render(clipping)[0], encoding="utf-8")
    back = json.loads(ok("clip", "--json", "--db", str(tmp_path / "new.db"), str(note)))
    for name in CARRIED[template]:
        if name == "url" and clipping.url is None:
            continue
        assert back[name] == json.loads(json.dumps(getattr(clipping, name))), name
    original, returned = words(clipping.text), words(back["text"])
    if template == "clipper":
        assert returned == original
    else:
        # Only clipper's own template lists captions, so elsewhere a photo's caption (and
        # credit) comes back as a line of text: nothing else is added, nothing is lost.
        extra = iter(returned)
        assert all(word in extra for word in original)
        assert len(returned) - len(original) <= 2 * sum(len(c.split()) for c in clipping.captions)
    assert (back["published"] or "")[:10] == (clipping.published or "")[:10]
    assert [(h["passage"], h["note"]) for h in back["highlights"]] == [
        (h.passage, h.note) for h in clipping.highlights
    ]


WEB_CLIPPER_NOTE = """---
title: "Harbour Bridge Reopens After Repairs"
source: "https://www.example.com/news/2025/03/03/harbour-bridge.html"
author:
  - "[[Marta Lindqvist]]"
  - "[[Jon Ek|J. Ek]]"
published: 2025-03-03
created: 2025-03-04
description: "The city's oldest bridge is open again."
tags:
  - "clippings"
  - "transport"
---
The city's oldest bridge reopened to traffic on Monday after eighteen months of repairs.

## What changed

Engineers replaced the steel deck and added a **protected** cycle lane.
"""


def test_a_note_from_obsidian_web_clippers_default_template_is_clipped(tmp_path: Path) -> None:
    note = tmp_path / "Harbour Bridge Reopens After Repairs.md"
    note.write_text(WEB_CLIPPER_NOTE, encoding="utf-8")
    back = json.loads(ok("clip", "--json", str(note)))
    assert back["title"] == "Harbour Bridge Reopens After Repairs"
    assert back["url"] == "https://www.example.com/news/2025/03/03/harbour-bridge.html"
    assert back["authors"] == ["Marta Lindqvist", "Jon Ek"]
    assert back["published"] == "2025-03-03" and back["clipped_at"] == "2025-03-04"
    assert back["excerpt"] == "The city's oldest bridge is open again."
    assert back["tags"] == ["transport"]  # Web Clipper's own "clippings" says nothing here
    assert back["text"].startswith("The city's oldest bridge reopened")
    assert "protected cycle lane" in back["text"]


# --- exporting with templates from the command line -----------------------------------------


def clip_fixture() -> int:
    from helpers import FIXTURES

    return json.loads(ok("clip", "--json", str(FIXTURES / "article.html"), "--tag", "city"))["id"]


def test_file_names_come_from_the_template_and_name_still_wins(tmp_path: Path) -> None:
    cid = clip_fixture()
    ok("export", str(cid), "--template", "obsidian", "-o", f"{tmp_path / 'vault'}/")
    assert [p.name for p in (tmp_path / "vault").iterdir()] == [
        "Harbour Bridge Reopens After Repairs.md"
    ]
    ok("export", str(cid), "--template", "jekyll", "-o", f"{tmp_path / 'posts'}/")
    assert [p.name for p in (tmp_path / "posts").iterdir()] == [
        "2025-03-03-harbour-bridge-reopens-after-repairs.md"
    ]
    ok("export", str(cid), "--template", "hugo", "--name", "{id}-{site}", "-o", f"{tmp_path}/h/")
    assert [p.name for p in (tmp_path / "h").iterdir()] == [f"{cid}-the-daily-example.md"]


def test_exporting_again_with_a_template_refreshes_the_same_files(tmp_path: Path) -> None:
    cid = clip_fixture()
    for _ in range(2):
        ok("export", "--all", "--template", "obsidian", "-o", str(tmp_path / "vault"))
    ok("tag", str(cid), "bridges")
    ok("export", "--all", "--template", "obsidian", "-o", str(tmp_path / "vault"))
    files = list((tmp_path / "vault").iterdir())
    assert len(files) == 1 and "bridges" in files[0].read_text(encoding="utf-8")


def test_a_template_file_with_every_extra_field(tmp_path: Path) -> None:
    cid = clip_fixture()
    ok("highlight", str(cid), "protected cycle lane", "--note", "yes")
    template = tmp_path / "mine.md.j2"
    template.write_text(
        "{% set filename = domain ~ '-' ~ slug %}"
        "# {{ title }} ({{ site_name }}, {{ word_count }} words)\n"
        "{{ note or '' }}{{ tags | join(' ') }} {{ authors | map('wikilink') | join(', ') }}\n"
        "{% for h in highlights %}* {{ h.passage }} ({{ h.note }})\n{% endfor %}"
        "{{ content }}",
        encoding="utf-8",
    )
    out = ok("export", str(cid), "--template", str(template))
    assert out.startswith("# Harbour Bridge Reopens After Repairs (The Daily Example, 126 words)\n")
    assert "city [[Marta Lindqvist]]\n* protected cycle lane (yes)\n" in out
    assert "## What changed" in out
    ok("export", str(cid), "--template", str(template), "-o", f"{tmp_path}/out/")
    assert [p.name for p in (tmp_path / "out").iterdir()] == [
        "harbour-bridge-reopens-after-repairs.md"  # a file clipping has no domain
    ]


@pytest.mark.parametrize(
    ("source", "needle"),
    [
        ("{{ title }} {{ headline }}", "names headline, which clippings don't have"),
        ("{% if title %}never closed", "line 1"),
        ("{{ title.__class__.__mro__ }}", "unsafe"),
        ("{{ authors.nothing.deeper }}", "names something clippings don't have"),
        ("{% include 'secrets' %}", "failed"),
        ("{{ title | no_such_filter }}", "line 1: No filter named 'no_such_filter'"),
        ("{% for x in range(10**9) %}{% endfor %}", "failed: Range too big"),
        ("{{ word_count / 0 }}", "failed: division by zero"),
        ("{{ title + 1 }}", "failed"),
    ],
)
def test_a_bad_template_is_a_one_line_error_before_anything_is_written(
    tmp_path: Path, source: str, needle: str
) -> None:
    clip_fixture()
    clip_fixture_2(tmp_path)
    template = tmp_path / "bad.j2"
    template.write_text(source, encoding="utf-8")
    out_dir = tmp_path / "out"
    code, out, err = invoke("export", "--all", "--template", str(template), "-o", f"{out_dir}/")
    assert code == 2, err
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out_dir.exists() or not list(out_dir.iterdir())


def clip_fixture_2(tmp_path: Path) -> int:
    page = tmp_path / "second.html"
    page.write_text(
        "<html><head><title>Second Story</title></head><body><article><h1>Second Story</h1>"
        + "<p>Another article with enough words to be stored by the extractor, and more.</p>" * 5
        + "</article></body></html>",
        encoding="utf-8",
    )
    return json.loads(ok("clip", "--json", str(page)))["id"]


def test_a_template_failing_on_a_later_clipping_writes_no_file(tmp_path: Path) -> None:
    clip_fixture()
    clip_fixture_2(tmp_path)
    template = tmp_path / "picky.j2"
    # Only the second clipping (no authors) reaches the missing name.
    template.write_text("{{ title }}{% if not authors %}{{ authors[5] }}{% endif %}", "utf-8")
    code, _, err = invoke("export", "--all", "--template", str(template), "-o", f"{tmp_path}/o/")
    assert code == 2 and "clippings don't have" in err
    assert not list((tmp_path / "o").iterdir())


def test_template_and_format_errors() -> None:
    clip_fixture()
    for args, needle in (
        (("--template", "nope"), "No template 'nope'"),
        (("--template", "hugo", "--format", "json"), "--template is for Markdown"),
    ):
        code, _, err = invoke("export", "1", *args)
        assert code == 2 and needle in err


def test_load_template_checks_names_without_a_clipping() -> None:
    from clipper.errors import UsageError

    for name in BUILTIN:
        assert load_template(name).name == name
    with pytest.raises(UsageError):
        load_template("/no/such/template.j2")


# --- hostile front matter ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("block", "needle"),
    [
        ('a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
         "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
         "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n", "aliases"),
        ('title: !!python/object/apply:os.system ["echo pwned"]\n', "tag"),
        ("title: !custom x\n", "tag"),
        ("title: " + "{a: " * 200 + "1" + "}" * 200 + "\n", "levels deep"),
        ("title: [" + ", ".join(["1"] * 30_000) + "]\n", "values"),
        ("title: '" + "x" * 300_000 + "'\n", "bytes"),
    ],
    ids=["alias-bomb", "python-tag", "custom-tag", "deep", "many", "huge"],
)  # fmt: skip
def test_unsafe_front_matter_is_refused_with_one_line(
    tmp_path: Path, block: str, needle: str
) -> None:
    note = tmp_path / "hostile.md"
    note.write_text(f"---\n{block}---\nBody text of the note.\n", encoding="utf-8")
    code, out, err = invoke("clip", str(note))
    assert code == 5, err
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err
    assert json.loads(ok("list", "--json")) == []
