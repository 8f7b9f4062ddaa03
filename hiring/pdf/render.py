"""Plain data in, PDF bytes out: templates/pdf rendered by WeasyPrint in the calling process.

- `context` is plain data only (str, numbers, bool, None, date/datetime, lists/tuples, dicts with
  str keys), never ORM objects or Markup; every string is escaped by the template. Sizes are
  limited (see LIMITS); too much raises PdfInputError. All errors are HiringError.
- Templates live in templates/pdf/ and extend pdf/base.html (blocks: `cover`, `content`; variables
  `title`, `lang`, `running_header`). pdf/document.html is a generic document: see its header.
  A package adds template functions (a plan's timeline) with a `pdf_template_globals` hook.
- `render_pdf_here` renders in the calling process (RQ jobs, the CLI, the render processes of
  hiring.pdf.pool); `render_collection_here` renders several documents as one PDF, each
  numbering its own pages; `merge_pdfs` joins finished PDFs into one.
- Output is PDF/UA-1 (tagged, with title and language); only files under static/ can be fetched.
"""

from __future__ import annotations

import atexit
import dataclasses
import io
import os
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from hiring.errors import HiringError
from hiring.registry import hooks

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES_DIR = ROOT / "templates"
STATIC_DIR = ROOT / "static"
STYLESHEET = "css/pdf.css"
# Bumped whenever templates/pdf or static/css/pdf.css change what a PDF looks like: cached PDFs
# are keyed on it.
TEMPLATE_VERSION = "2026-11-24.2"

# Files the fetcher may serve, by suffix; everything else under static/ stays out of PDFs.
SERVABLE_SUFFIXES = {
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
}


@dataclass(frozen=True)
class Limits:
    """Sizes a PDF context may reach, and how long a render may take."""

    max_string: int = 20_000
    max_items: int = 500
    max_total_chars: int = 600_000
    max_depth: int = 8
    render_seconds: float = 30.0
    wait_for_renderer_seconds: float = 60.0
    worker_memory_bytes: int = 2 * 1024**3


LIMITS = Limits()


def configured_limits() -> Limits:
    """LIMITS with the time limits a deployment (or a slow test machine) sets in the environment:
    HIRING_PDF_RENDER_SECONDS and HIRING_PDF_WAIT_SECONDS."""
    def seconds(name: str, default: float) -> float:
        value = os.environ.get(name, "").strip()
        try:
            return float(value) if value and float(value) > 0 else default
        except ValueError:
            return default

    return dataclasses.replace(
        LIMITS, render_seconds=seconds("HIRING_PDF_RENDER_SECONDS", LIMITS.render_seconds),
        wait_for_renderer_seconds=seconds("HIRING_PDF_WAIT_SECONDS",
                                          LIMITS.wait_for_renderer_seconds))


class PdfError(HiringError):
    """A PDF could not be produced."""


class PdfInputError(PdfError):
    """The data given to a PDF template is too large or of the wrong kind."""


class PdfTimeout(PdfError):
    """Rendering took longer than the time limit."""


class PdfBusy(PdfError):
    """No render process became free in time."""


# ---------------------------------------------------------------------------------------------
# Fetching: only bundled files under static/


def _static_url() -> str:
    return STATIC_DIR.as_uri() + "/"


def _weasyprint():
    # Imported late so that importing this module (for render_html) stays cheap.
    import weasyprint

    return weasyprint


def static_only_fetcher():
    """A WeasyPrint URL fetcher that serves files under static/ and refuses everything else."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticOnlyFetcher(URLFetcher):
        """Serves bundled static files; refuses file:// elsewhere, http(s), data: and the rest."""

        def __init__(self):
            super().__init__(allowed_protocols={"file"}, allow_redirects=False, timeout=1)
            self.refused: list[str] = []

        def fetch(self, url, headers=None):
            path = static_path_for(url)
            if path is None:
                self.refused.append(url[:200])
                raise ValueError(f"Not a bundled static file: {url[:200]}")
            return URLFetcherResponse(
                path.as_uri(),
                body=path.read_bytes(),
                headers={"Content-Type": SERVABLE_SUFFIXES[path.suffix.lower()]},
            )

        def open(self, url, data=None, timeout=None):
            # The urllib opener path must never be reachable, whatever calls it.
            raise ValueError("Opening URLs is not allowed")

    return StaticOnlyFetcher()


def static_path_for(url: str) -> Path | None:
    """The bundled static file a file:// URL names, or None when it must not be served."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        return None
    if parts.query or parts.fragment:
        return None
    try:
        path = Path(unquote(parts.path)).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):
        return None
    static = STATIC_DIR.resolve()
    if not path.is_relative_to(static) or not path.is_file():
        return None
    if path.suffix.lower() not in SERVABLE_SUFFIXES:
        return None
    return path


# ---------------------------------------------------------------------------------------------
# Templates


def _format_date(value: date | datetime | None, style: str = "long") -> str:
    if value is None:
        return ""
    if style == "short":
        return f"{value.day} {value:%b %Y}"
    return f"{value.day} {value:%B %Y}"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["date"] = _format_date
    # Functions return markup they built from plain data (an SVG chart), so it is not escaped.
    for contribute in hooks("pdf_template_globals"):
        for name, function in contribute().items():
            env.globals[name] = _as_markup(function)
    return env


def _as_markup(function):
    return lambda *args, **kwargs: Markup(function(*args, **kwargs))


def pdf_env() -> Environment:
    """The Jinja environment for templates/pdf: autoescaped, usable without a Flask app."""
    return _environment()


def clean_context(context: dict, limits: Limits = LIMITS) -> dict:
    """A plain copy of `context`, checked against the size limits; raises PdfInputError."""
    total = 0

    def walk(value, where: str, depth: int):
        nonlocal total
        if depth > limits.max_depth:
            raise PdfInputError(f"{where} is nested too deeply to print.")
        if value is None or isinstance(value, bool | int | float | date):
            return value
        if isinstance(value, str):
            if len(value) > limits.max_string:
                raise PdfInputError(
                    f"{where} is too long to print ({len(value):,} characters; "
                    f"at most {limits.max_string:,})."
                )
            total += len(value)
            if total > limits.max_total_chars:
                raise PdfInputError("This document holds too much text to print as one PDF.")
            # A Markup string would skip escaping; every string reaches a template as plain text.
            return str.__str__(value) if type(value) is not str else value
        if isinstance(value, list | tuple):
            if len(value) > limits.max_items:
                raise PdfInputError(
                    f"{where} has too many entries to print ({len(value)}; "
                    f"at most {limits.max_items})."
                )
            return [walk(item, f"{where}[{i}]", depth + 1) for i, item in enumerate(value)]
        if isinstance(value, dict):
            if len(value) > limits.max_items:
                raise PdfInputError(f"{where} has too many fields to print.")
            cleaned = {}
            for key, item in value.items():
                if not isinstance(key, str):
                    raise PdfInputError(f"{where} has a field name that is not text.")
                cleaned[key] = walk(item, f"{where}.{key}" if where else key, depth + 1)
            return cleaned
        raise PdfInputError(f"{where} is a {type(value).__name__}, which cannot be printed.")

    if not isinstance(context, dict):
        raise PdfInputError("A PDF context must be a dict of plain values.")
    return walk(context, "", 0)


def render_html(template: str, context: dict, *, title: str, lang: str = "en",
                stylesheet_href: str | None = None) -> str:
    """HTML of a templates/pdf template; `stylesheet_href` links pdf.css for a browser preview."""
    data = clean_context(context)
    data.update(
        title=clean_context({"title": title})["title"],
        lang=_clean_lang(lang),
        stylesheet_href=stylesheet_href,
    )
    return pdf_env().get_template(template).render(data)


def _clean_lang(lang: str) -> str:
    # A BCP 47 tag only; it lands in an attribute and in the PDF catalog.
    cleaned = "".join(ch for ch in str(lang)[:35] if ch.isascii() and (ch.isalnum() or ch == "-"))
    return cleaned or "en"


# ---------------------------------------------------------------------------------------------
# Rendering in this process (with the parsed stylesheet and fonts kept between renders)


@lru_cache(maxsize=1)
def render_resources():
    weasyprint = _weasyprint()
    from weasyprint.text.fonts import FontConfiguration

    fetcher = static_only_fetcher()
    fonts = FontConfiguration()
    # Dropped before interpreter shutdown: FontConfiguration's finaliser needs its modules.
    atexit.register(render_resources.cache_clear)
    css = weasyprint.CSS(
        url=_static_url() + STYLESHEET, url_fetcher=fetcher, font_config=fonts
    )
    return fetcher, fonts, css


# Several documents in one PDF: each starts on a new page and numbers its own pages (a total
# would count the whole cohort, so it is left out).
COLLECTION_CSS = (
    ".collected { page: collected; break-before: page; }"
    "@page collected:nth(1 of collected) { counter-reset: page 1;"
    " @top-left { content: none; } @top-right { content: none; } }"
    '@page { @bottom-right { content: "Page " counter(page); } }'
)


@lru_cache(maxsize=1)
def _collection_css():
    _, fonts, _ = render_resources()
    return _weasyprint().CSS(string=COLLECTION_CSS, font_config=fonts)


def html_to_pdf(html: str, *, collection: bool = False) -> bytes:
    """PDF/UA-1 bytes of an HTML string, fetching nothing but bundled static files."""
    weasyprint = _weasyprint()
    fetcher, fonts, css = render_resources()
    document = weasyprint.HTML(string=html, base_url=_static_url(), url_fetcher=fetcher)
    return document.write_pdf(
        stylesheets=[css, _collection_css()] if collection else [css],
        font_config=fonts,
        pdf_variant="pdf/ua-1",
        # Attachments in user text must never become embedded files.
        attachments=[],
    )


def render_pdf_here(template: str, context: dict, *, title: str, lang: str = "en") -> bytes:
    """Render in the calling process, without a time limit of its own (RQ jobs set one)."""
    return html_to_pdf(render_html(template, context, title=title, lang=lang))


def render_collection_here(items: list[tuple[str, dict, str]], *, title: str,
                           lang: str = "en") -> bytes:
    """One PDF of several (template, context, title) documents, each numbering its pages.

    Rendering them as one document shares the layout set-up, the font subsets and the PDF
    writing among them, which is what makes printing a cohort fast.
    """
    if not items:
        raise PdfError("There is nothing to print.")
    bodies = []
    for template, context, item_title in items:
        html = render_html(template, context, title=item_title, lang=lang)
        body = html.split("<body>", 1)[1].rsplit("</body>", 1)[0]
        bodies.append(f'<div class="collected">{body}</div>')
    head = (f'<!doctype html><html lang="{_clean_lang(lang)}"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title></head><body>")
    return html_to_pdf(head + "".join(bodies) + "</body></html>", collection=True)


def merge_pdfs(documents: list[bytes], *, title: str = "Plans", lang: str = "en") -> bytes:
    """One PDF holding the pages of every document, in order."""
    import pikepdf

    if not documents:
        raise PdfError("There is nothing to print.")
    # qpdf copies pages without re-parsing content: ten times faster than pure Python here.
    merged = pikepdf.Pdf.new()
    # The sources stay open until the merged file is written: pages are copied lazily.
    sources = [pikepdf.Pdf.open(io.BytesIO(data)) for data in documents]
    for source in sources:
        merged.pages.extend(source.pages)
    merged.Root.Lang = pikepdf.String(_clean_lang(lang))
    merged.docinfo["/Title"] = pikepdf.String(title)
    out = io.BytesIO()
    merged.save(out)
    return out.getvalue()
