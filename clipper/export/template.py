"""Notes from templates: Jinja2 in a sandbox, built in (clipper, obsidian, jekyll, hugo) or a file.

A template gets every clipping field by its JSON name (``title``, ``url``,
``authors``, ``published``, ``site_name``, ``clipped_at``, ``tags`` …) plus
``content`` (the article as Markdown), ``highlights`` (a list of passage,
note, start, end), ``note``, ``domain`` (the URL's host without ``www.``) and
``slug``. A top-level ``{% set filename = … %}`` names the file (``--name``
still wins). Naming anything else is an error before a file is written
(StrictUndefined); a field the clipping has no value for prints as nothing.
The sandbox keeps a template from reaching into Python.

Filters for writing front matter safely: ``yaml`` (any value as a YAML
scalar or flow list), ``wikilink`` (``[[Name]]``), ``day`` (``2025-03-03``),
``jekyll_date`` (``2025-03-03 17:04:00 -0500``), ``one_line``, ``quote`` (a
Markdown blockquote), ``escape_markdown``; and ``front_matter(mapping)``,
which writes a whole YAML block the way clipper does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clipper.errors import UsageError

if TYPE_CHECKING:
    from jinja2 import Template

    from clipper.models import Clipping

BUILTIN = ("clipper", "obsidian", "jekyll", "hugo")
PARTS = ("highlights",)  # built-in pieces a template can {% include %}
TEMPLATE_SUFFIX = ".md.j2"
MAX_TEMPLATE_BYTES = 1_000_000
# What a template may name besides the clipping's own fields.
EXTRA_FIELDS = ("content", "highlights", "note", "domain", "slug", "clipper_properties")
FILENAME_VARIABLE = "filename"

# Characters a YAML reader refuses raw in a document (DEL, C1 controls,
# the two non-characters) and the line breaks YAML knows beyond \n and \r (NEL,
# U+2028, U+2029): written as escapes, so any text stays one scalar, unchanged.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def yaml_scalar(value: Any) -> str:
    """A value as a YAML scalar (a string JSON-quoted: valid YAML whatever it holds)."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int | float):
        return str(value)
    text = json.dumps(str(value), ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def yaml_value(value: Any) -> str:
    """A scalar, or a list as a flow sequence (``["a", "b"]``); None is empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "[" + ", ".join(yaml_scalar(v) for v in value) + "]"
    return yaml_scalar(value)


def front_matter_block(
    values: dict[str, Any], *, blank_empty: bool = False, bare: tuple[str, ...] = ()
) -> str:
    """A YAML block between ``---`` lines: one key a line, lists as ``- item`` lines.

    None is left out (or, with ``blank_empty``, written as ``key:`` with nothing,
    as Obsidian does); the keys in ``bare`` are written unquoted (dates that a
    YAML reader should take as dates).
    """
    lines = ["---"]
    for name, value in values.items():
        key = name if re.fullmatch(r"[A-Za-z_][\w.-]*", name) else yaml_scalar(name)
        if value is None or (blank_empty and value in ("", [])):
            if blank_empty:
                lines.append(f"{key}:")
            continue
        if isinstance(value, list | tuple):
            if not value:
                lines.append(f"{key}: []")
                continue
            lines.append(f"{key}:")
            lines.extend(f"  - {yaml_scalar(item)}" for item in value)
        elif name in bare and isinstance(value, str) and _bare_date(value):
            lines.append(f"{key}: {value}")
        else:
            lines.append(f"{key}: {yaml_scalar(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def _bare_date(value: str) -> bool:
    """Whether the value is a plain ISO date or date-time, safe to write unquoted."""
    return _BARE_DATE.fullmatch(value) is not None


_BARE_DATE = re.compile(
    r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}| [+-]\d{4})?)?"
)


def wikilink(name: Any) -> str:
    """``[[Name]]``, with the characters that would end or split the link taken out."""
    cleaned = " ".join(re.sub(r"[\[\]|#^]", " ", str(name)).split())
    return f"[[{cleaned}]]" if cleaned else ""


def day(value: Any) -> str:
    """The day of an ISO date (``2025-03-03``); "" when there is none."""
    text = str(value or "")
    return text[:10] if _ISO_DATE.match(text) else ""


def jekyll_date(value: Any) -> str:
    """Jekyll's own date form, ``2025-03-03 17:04:00 -0500``; a day alone stays a day."""
    text = str(value or "")
    if not _ISO_DATE.match(text):
        return ""
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text[:10]
    if len(text) <= 10:
        return text[:10]
    stamp = parsed.strftime("%Y-%m-%d %H:%M:%S")
    return f"{stamp} {parsed.strftime('%z')}" if parsed.tzinfo else stamp


def one_line(value: Any) -> str:
    from clipper.untrusted import printable

    return printable(str(value or ""), single_line=True)


def paragraphs(value: Any) -> str:
    """Text as Markdown paragraphs, each on one line, its marks escaped."""
    from clipper.export.markdown import escape_markdown
    from clipper.untrusted import printable

    parts = [" ".join(p.split()) for p in printable(str(value or "")).split("\n\n")]
    return "\n\n".join(escape_markdown(p) for p in parts if p)


def quote(value: Any) -> str:
    """Text as a Markdown blockquote, paragraph by paragraph, its marks escaped."""
    from clipper.export.markdown import escape_markdown
    from clipper.untrusted import printable

    parts = [" ".join(p.split()) for p in printable(str(value or "")).split("\n\n")]
    return "\n>\n".join(f"> {escape_markdown(p)}" for p in parts if p)


# --- the environment ----------------------------------------------------------------------


def _environment() -> Any:
    from jinja2 import FunctionLoader, StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    from clipper.export.markdown import escape_markdown

    env = ImmutableSandboxedEnvironment(
        # Any template may include the built-in parts by name ("highlights").
        loader=FunctionLoader(lambda name: builtin_source(name) if name in PARTS else None),
        undefined=StrictUndefined,
        # A field the clipping has no value for prints as nothing, not "None".
        finalize=lambda value: "" if value is None else value,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        yaml=yaml_value,
        wikilink=wikilink,
        day=day,
        jekyll_date=jekyll_date,
        one_line=one_line,
        quote=quote,
        paragraphs=paragraphs,
        escape_markdown=escape_markdown,
    )
    env.globals.update(front_matter=front_matter_block)
    return env


@dataclass(frozen=True)
class NoteTemplate:
    """A compiled template and where it came from (a built-in's name or a file)."""

    name: str
    template: Template

    def render(self, clipping: Clipping) -> tuple[str, str | None]:
        """The note's text and the file name the template gives it (None: use --name)."""
        from jinja2 import TemplateError, UndefinedError

        try:
            module = self.template.make_module(note_context(clipping))
            text = str(module)
        except UndefinedError as exc:
            raise UsageError(
                f"The template {self.name} names something clippings don't have: "
                f"{(exc.message or '').rstrip('.')}. "
                f"Fields: {', '.join(known_fields())}."
            ) from None
        except TemplateError as exc:
            raise UsageError(
                f"The template {self.name} failed: {(exc.message or '').rstrip('.')}."
            ) from None
        except (ArithmeticError, LookupError, TypeError, ValueError) as exc:
            # A template is code: its own mistakes ({{ x / 0 }}, {{ title + 1 }}, a range
            # the sandbox refuses) are the user's to fix, said in one line like the rest.
            raise UsageError(f"The template {self.name} failed: {str(exc).rstrip('.')}.") from None
        filename = getattr(module, FILENAME_VARIABLE, None)
        return text, (one_line(filename) or None) if filename is not None else None


def known_fields() -> list[str]:
    from dataclasses import fields

    from clipper.models import Clipping

    return list(dict.fromkeys([*(f.name for f in fields(Clipping)), *EXTRA_FIELDS]))


def builtin_source(name: str) -> str:
    from importlib.resources import files

    return (files("clipper.export") / "templates" / f"{name}{TEMPLATE_SUFFIX}").read_text(
        encoding="utf-8"
    )


def load_template(spec: str) -> NoteTemplate:
    """A built-in by name, or a template file by path; syntax and unknown names checked now."""
    from jinja2 import TemplateSyntaxError, meta

    if spec in BUILTIN:
        source, name = builtin_source(spec), spec
    else:
        path = Path(spec).expanduser()
        if not path.is_file():
            raise UsageError(
                f"No template {spec!r}: give one of {', '.join(BUILTIN)} or a template file."
            )
        try:
            if path.stat().st_size > MAX_TEMPLATE_BYTES:
                raise UsageError(f"The template {path} is over {MAX_TEMPLATE_BYTES:,} bytes.")
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"Can't read the template {path}: {exc}.") from None
        name = str(path)
    env = _environment()
    try:
        parsed = env.parse(source)
        compiled = env.from_string(source)  # compiling finds what parsing doesn't: filters
    except TemplateSyntaxError as exc:
        raise UsageError(
            f"The template {name}, line {exc.lineno}: {(exc.message or '').rstrip('.')}."
        ) from None
    allowed = set(known_fields()) | set(env.globals) | {FILENAME_VARIABLE}
    unknown = sorted(meta.find_undeclared_variables(parsed) - allowed)
    if unknown:
        raise UsageError(
            f"The template {name} names {', '.join(unknown)}, which clippings don't have. "
            f"Fields: {', '.join(known_fields())}."
        )
    return NoteTemplate(name, compiled)


@cache
def builtin_template(name: str) -> NoteTemplate:
    """A built-in template, compiled once per process."""
    return load_template(name)


def note_context(clipping: Clipping) -> dict[str, Any]:
    """Everything a template can name: the clipping's JSON fields and the extras."""
    from urllib.parse import urlsplit

    from clipper.export.filenames import slugify
    from clipper.export.markdown import body_markdown, clipper_properties

    data = clipping.to_json(include_html=True)
    host = (urlsplit(clipping.url).hostname or "") if clipping.url else ""
    data.update(
        content=body_markdown(clipping),
        domain=host.removeprefix("www."),
        slug=slugify(clipping.title) or f"clipping-{clipping.id}",
        clipper_properties=clipper_properties(clipping),
    )
    return data
