"""Erasure: an applicant's résumé file goes with them."""

from __future__ import annotations

from flask import current_app

from hiring.jobs.services import application_for, resume_folder


def forget(candidate) -> None:
    """Delete the résumé file the candidate sent with their application."""
    application = application_for(candidate.id)
    if application is not None and application.resume_file:
        (resume_folder(current_app.instance_path) / application.resume_file).unlink(
            missing_ok=True)
