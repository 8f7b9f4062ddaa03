"""Reuse the interview fixtures: a position with a plan, a candidate and a panel."""

from tests.interviews.conftest import schedule, score, setup  # noqa: F401
