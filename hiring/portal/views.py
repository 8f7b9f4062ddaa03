from __future__ import annotations

from flask import Blueprint, render_template, session
from sqlalchemy import select

from hiring.auth.access import candidate_required, current_candidate
from hiring.candidates.models import Invitation
from hiring.db import db, utcnow

bp = Blueprint("portal", __name__, url_prefix="/candidate")


@bp.get("/")
@candidate_required
def home():
    candidate = current_candidate()
    now = utcnow()
    invitations = [
        invitation for invitation in db.session.scalars(
            select(Invitation).where(Invitation.candidate_id == candidate.id,
                                     Invitation.id.in_(session.get("inv", [])))
            .order_by(Invitation.created_at))
        if invitation.is_usable(now)
    ]
    return render_template("portal/home.html", candidate=candidate,
                           position=candidate.position, invitations=invitations)
