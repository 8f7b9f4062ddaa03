"""Erasure: a candidate's plans leave no printed copy behind in the PDF cache."""

from __future__ import annotations

from hiring.plans import printing


def forget(candidate) -> None:
    """Delete the cached PDFs of the candidate's development and onboarding plans."""
    printing.forget(candidate)
