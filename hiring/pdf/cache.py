"""What to print (Document) and the finished PDFs on disk, one file per cache key."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from hiring.pdf.render import TEMPLATE_VERSION

# A render not finished in this time is presumed dead: its claim may be taken over.
RENDER_TIMEOUT = 120


@dataclass(frozen=True)
class Document:
    """What to print: a templates/pdf template, its plain-data context, title and language."""

    template: str
    context: dict
    title: str
    lang: str = "en"

    def key(self) -> str:
        """Digest of the template version and everything printed: equal content, equal PDF."""
        payload = json.dumps([TEMPLATE_VERSION, self.template, self.title, self.lang,
                              self.context], sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.sha256(payload.encode()).hexdigest()


class PdfCache:
    """Finished PDFs on disk, one file per cache key; files unused for `max_age_days` go."""

    def __init__(self, directory: str | Path, max_age_days: float = 30):
        self.directory = Path(directory)
        self.max_age = max_age_days * 86400
        self._puts = 0

    def path(self, key: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}|bulk-[0-9a-f]{32}", key):
            raise ValueError("not a cache key")
        return self.directory / f"{key}.pdf"

    def get(self, key: str) -> Path | None:
        path = self.path(key)
        return path if path.is_file() else None

    def claim(self, key: str, stale_after: float = RENDER_TIMEOUT) -> bool:
        """Mark `key` as being rendered; False when another process already is (web workers
        share the directory, so a plan is rendered once however many of them are asked)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        marker = self.directory / f"{key}.pending"
        try:
            fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            try:
                if time.time() - marker.stat().st_mtime < stale_after:
                    return False
                marker.unlink()
            except FileNotFoundError:
                pass
            return self.claim(key, stale_after)
        os.close(fd)
        return True

    def release(self, key: str) -> None:
        (self.directory / f"{key}.pending").unlink(missing_ok=True)

    def is_claimed(self, key: str, stale_after: float = RENDER_TIMEOUT) -> bool:
        marker = self.directory / f"{key}.pending"
        try:
            return time.time() - marker.stat().st_mtime < stale_after
        except FileNotFoundError:
            return False

    def put(self, key: str, data: bytes) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed, so a reader never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".part")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, self.path(key))
        self._puts += 1
        # Every edit leaves the previous version behind; sweep now and then, not on every write.
        if self._puts % 50 == 1:
            self.prune()
        return self.path(key)

    def touch(self, key: str) -> None:
        self.path(key).touch(exist_ok=True)

    def prune(self) -> int:
        """Delete cached PDFs not written or downloaded for `max_age_days`; returns how many."""
        cutoff = time.time() - self.max_age
        removed = 0
        for path in self.directory.glob("*.pdf"):
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except FileNotFoundError:
                continue
        return removed
