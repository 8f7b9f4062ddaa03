"""User text in PDF templates can neither pull in a local file nor reach the network."""

import socket
import threading
import uuid

import pytest
from plans_pdf_helpers import inflated, reader, text_of

from hiring.pdf import render as pdf


@pytest.fixture
def listener():
    """A local TCP listener that records every connection made to it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    hits: list[bytes] = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(1)
                try:
                    hits.append(conn.recv(1024) or b"(connected)")
                except OSError:
                    hits.append(b"(connected)")
                conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: text/css\r\n\r\nbody{}")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], hits
    stop.set()
    server.close()
    thread.join(timeout=2)


@pytest.fixture
def secrets(tmp_path):
    """Local files outside static/ whose content would show if any of them were read."""
    marker = "LEAKED-" + uuid.uuid4().hex
    text = tmp_path / "secret.txt"
    text.write_text(marker)
    css = tmp_path / "secret.css"
    css.write_text(f'body::after {{ content: "{marker}" }} /* {marker} */')
    svg = tmp_path / "secret.svg"
    svg.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="20">'
        f'<text x="0" y="15">{marker}</text></svg>'
    )
    return marker, text, css, svg


def payloads(port, text, css, svg):
    """Every channel through which HTML could fetch a file or a URL."""
    web = f"http://127.0.0.1:{port}"
    return [
        f"file://{text}",
        f'<link rel="attachment" href="file://{text}">',
        f'<a rel="attachment" href="file://{text}">attached</a>',
        f'<link rel="attachment" href="{web}/attachment">',
        f'<img src="file://{svg}" alt="x">',
        f'<img src="{web}/image.png" alt="x">',
        f'<link rel="stylesheet" href="file://{css}">',
        f'<link rel="stylesheet" href="{web}/style.css">',
        f'<style>@import url("file://{css}"); @import "{web}/import.css";</style>',
        f'<div style="background: url(\'{web}/bg.png\')">bg</div>',
        f'<style>body {{ background-image: url("file://{svg}") }}'
        f' @font-face {{ font-family: x; src: url("{web}/font.woff") }}</style>',
        f'<svg xmlns="http://www.w3.org/2000/svg"><image href="file://{svg}" width="9"'
        f' height="9"/><image href="{web}/svg-image.png" width="9" height="9"/></svg>',
        f'<iframe src="{web}/frame"></iframe><object data="file://{svg}"></object>',
        f'<img src="file:///static/../{svg}"> <img src="../../../../../../{svg}">',
    ]


def assert_nothing_leaked(document: bytes, marker: str, hits: list[bytes]):
    assert hits == [], f"the renderer connected to the listener: {hits!r}"
    everything = inflated(document)
    assert marker.encode() not in everything
    assert marker not in text_of(document)
    assert b"/EmbeddedFile" not in everything
    assert b"/Subtype /Image" not in everything and b"/Subtype/Image" not in everything


def test_user_text_fields_are_printed_as_text_and_fetch_nothing(listener, secrets):
    port, hits = listener
    marker, text, css, svg = secrets
    attacks = payloads(port, text, css, svg)
    context = {
        "kicker": attacks[0],
        "subtitle": attacks[1],
        "summary": [{"label": attack[:40], "value": attack} for attack in attacks],
        "footnote": attacks[8],
        "sections": [
            {
                "heading": attack[:60],
                "intro": attack,
                "paragraphs": [attack, attack.upper()],
                "items": [attack],
                "table": {
                    "caption": attack,
                    "columns": [{"label": attack[:30], "width": 50}, {"label": "b", "width": 50}],
                    "rows": [[attack, attack]],
                },
            }
            for attack in attacks
        ],
    }
    document = pdf.render_pdf_here("pdf/document.html", context, title=attacks[2], lang="en")

    assert_nothing_leaked(document, marker, hits)
    # Escaped, so the markup is printed for the reader to see instead of being obeyed.
    printed = text_of(document)
    assert 'rel="attachment"' in printed
    assert f"127.0.0.1:{port}/image.png" in printed


def test_even_unescaped_markup_reaches_only_bundled_files(listener, secrets):
    port, hits = listener
    marker, text, css, svg = secrets
    body = "\n".join(f"<div>{attack}</div>" for attack in payloads(port, text, css, svg))
    html = f'<!doctype html><html lang="en"><title>Raw</title><body>{body}</body></html>'
    fetcher = pdf.render_resources()[0]
    fetcher.refused.clear()

    document = pdf.html_to_pdf(html)

    assert_nothing_leaked(document, marker, hits)
    refused = " ".join(fetcher.refused)
    # The renderer did try these channels; the fetcher turned each one down.
    assert f"127.0.0.1:{port}/image.png" in refused
    assert f"127.0.0.1:{port}/style.css" in refused
    assert str(svg) in refused and str(css) in refused


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "file://localhost/etc/hostname",
        "http://127.0.0.1/css/pdf.css",
        "https://example.com/css/pdf.css",
        "data:text/css,body{}",
        "ftp://example.com/x",
        "file:///{static}/../pyproject.toml",
        "file:///{static}/css/pdf.css?x=1",
        "file:///{static}/css/pdf.css#frag",
        "file://example.com/{static}/css/pdf.css",
        "file:///{static}/css/missing.css",
        "file:///{static}/css",
    ],
)
def test_fetcher_refuses_anything_but_a_bundled_file(url):
    url = url.replace("/{static}", str(pdf.STATIC_DIR))
    assert pdf.static_path_for(url) is None
    with pytest.raises(ValueError):
        pdf.static_only_fetcher().fetch(url)


def test_fetcher_serves_the_bundled_stylesheet():
    response = pdf.static_only_fetcher().fetch((pdf.STATIC_DIR / "css" / "pdf.css").as_uri())
    assert response.content_type == "text/css"
    assert b"@page" in response.read()


def test_fetcher_refuses_symlinks_out_of_static_and_unlisted_file_types(tmp_path, monkeypatch):
    static = tmp_path / "static"
    (static / "css").mkdir(parents=True)
    outside = tmp_path / "outside.css"
    outside.write_text("body{}")
    (static / "css" / "link.css").symlink_to(outside)
    (static / "page.html").write_text("<p>")
    (static / "ok.css").write_text("body{}")
    monkeypatch.setattr(pdf, "STATIC_DIR", static)

    assert pdf.static_path_for((static / "css" / "link.css").as_uri()) is None
    assert pdf.static_path_for((static / "page.html").as_uri()) is None
    assert pdf.static_path_for((static / "ok.css").as_uri()) == (static / "ok.css").resolve()


def test_the_urllib_opener_path_is_closed():
    with pytest.raises(ValueError):
        pdf.static_only_fetcher().open("http://127.0.0.1:9/")


@pytest.mark.parametrize("lang", ["en", "de-CH"])
def test_output_is_tagged_pdf_ua_with_title_and_language(lang):
    document = pdf.render_pdf_here(
        "pdf/document.html",
        {"sections": [{"heading": "Outcomes", "paragraphs": ["Four new customers."]}]},
        title="Account Executive — Northeast",
        lang=lang,
    )
    pdf_reader = reader(document)
    catalog = pdf_reader.trailer["/Root"]
    assert catalog["/Lang"] == lang
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in catalog
    assert pdf_reader.metadata.title == "Account Executive — Northeast"
    xmp = inflated(document)
    assert b"pdfuaid:part" in xmp
    # Selectable, searchable text rather than pictures of text.
    assert "Four new customers." in text_of(document)


def test_language_is_reduced_to_a_language_tag():
    html = pdf.render_html("pdf/document.html", {}, title="T", lang='en" onload="x')
    assert '<html lang="enonloadx">' in html
