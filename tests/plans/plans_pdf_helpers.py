"""Reading back what a PDF really contains."""

import io
import re
import zlib

from pypdf import PdfReader


def inflated(pdf: bytes) -> bytes:
    """The PDF's raw bytes followed by every Flate stream, decompressed."""
    parts = [pdf]
    for match in re.finditer(rb"stream\r?\n", pdf):
        try:
            parts.append(zlib.decompressobj().decompress(pdf[match.end():]))
        except zlib.error:
            continue
    return b"\n".join(parts)


def text_of(pdf: bytes) -> str:
    """All text a reader can select in the PDF."""
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))
