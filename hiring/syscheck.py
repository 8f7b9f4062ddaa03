"""Checks the system libraries the portal needs, with one clear sentence when one is missing."""

from __future__ import annotations

import sys


def pango_problem() -> str | None:
    try:
        import weasyprint  # noqa: F401
    except OSError:
        return ("WeasyPrint needs the Pango library, which is not installed: on Debian or Ubuntu "
                "run `sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0` and try again.")
    return None


def main() -> int:
    problem = pango_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
