"""A candidate's browser session: who they are and which invitation links they opened."""

from __future__ import annotations

from functools import cache, wraps

from flask import g, render_template, session
from sqlalchemy import and_, bindparam, select

from hiring.auth.access import Access
from hiring.auth.models import LoginSession
from hiring.auth.tokens import hash_token
from hiring.candidates.models import Candidate, Invitation
from hiring.db import among, among_parameter, db, dialect_name, utcnow


def current_candidate() -> Candidate | None:
    """The candidate of this browser's invitation session, if any."""
    if "current_candidate" not in g:
        _load_session()
    return g.current_candidate


def _load_session() -> None:
    """The session's candidate and the invitations this browser opened, in one statement:
    every candidate page asks for both (who, and which step they may take)."""
    token, unlocked = session.get("csid"), tuple(session.get("inv", []))
    g.current_candidate, g.opened_invitations = None, (unlocked, [])
    if not token:
        return
    if not unlocked:
        g.current_candidate = db.session.scalar(_candidate_query(), _session_parameters(token))
        return
    load_session_with(session_statement(dialect_name()))


def _session_parameters(token: str) -> dict:
    return {"token_hash": hash_token(token), "now": utcnow()}


def _remember(unlocked: tuple, rows) -> None:
    """What current_candidate() and candidate_invitation() answer, from session_statement()'s
    rows (none when the session is not live)."""
    g.current_candidate, g.opened_invitations = None, (unlocked, [])
    if rows:
        g.current_candidate = rows[0][0]
        g.opened_invitations = (unlocked, [row[1] for row in rows if row[1] is not None])


def load_session_with(statement, **params) -> list:
    """Run `statement`, session_statement() with more columns, in place of the lookup
    current_candidate() makes, and remember its candidate and links as that lookup would: a
    page reads what it shows in the same round trip. Returns the rows; none, and nothing run,
    when the browser opened no link (current_candidate() then looks the session up itself)."""
    token, unlocked = session.get("csid"), tuple(session.get("inv", []))
    if not token or not unlocked:
        return []
    rows = db.session.execute(statement, {**_session_parameters(token),
                                          "unlocked": list(unlocked), **params}).all()
    _remember(unlocked, rows)
    return rows


# Every candidate page runs one of these two: built once, run with the session's values as
# parameters (building and keying the statement cost more than the database's answer).
def _live_session() -> tuple:
    return (LoginSession.token_hash == bindparam("token_hash"),
            LoginSession.expires_at > bindparam("now"))


@cache
def _candidate_query():
    return (select(Candidate).join(LoginSession, LoginSession.candidate_id == Candidate.id)
            .where(*_live_session()))


@cache
def session_statement(dialect: str):
    """The session's candidate with each invitation this browser opened (a row each, usable
    or not), for the parameters token_hash, now and unlocked (the opened invitations' ids).
    A page adds columns to it for load_session_with()."""
    return (select(Candidate, Invitation)
            .join(LoginSession, LoginSession.candidate_id == Candidate.id)
            .outerjoin(Invitation, and_(Invitation.candidate_id == Candidate.id,
                                        among_parameter(Invitation.id, "unlocked", dialect)))
            .where(*_live_session()).order_by(Invitation.id))


def statement_parameters() -> dict | None:
    """This browser's session as parameters of may_take(): token_hash and unlocked (the
    statement gives `now`). None when it holds no session or opened no link: such a request
    is refused, and candidate_required and candidate_invitation() say how."""
    token, unlocked = session.get("csid"), session.get("inv")
    if not token or not unlocked:
        return None
    return {"token_hash": hash_token(token), "unlocked": list(unlocked)}


def may_take(candidate_id, step, dialect: str):
    """SQL: `candidate_id` is the candidate of this browser's live session, who opened a
    usable link of theirs for `step` here: candidate_required and candidate_invitation() as
    one condition, for a statement that checks the session itself (statement_parameters())."""
    session_candidate = select(LoginSession.candidate_id).where(*_live_session())
    usable_link = select(Invitation.id).where(
        among_parameter(Invitation.id, "unlocked", dialect),
        Invitation.candidate_id == candidate_id, Invitation.step == step,
        Invitation.revoked_at.is_(None), Invitation.expires_at > bindparam("now"))
    return and_(candidate_id == session_candidate.scalar_subquery(), usable_link.exists())


def candidate_invitation(step: str) -> Invitation | None:
    """The usable invitation for `step` that this browser has opened, if any."""
    candidate = current_candidate()
    if candidate is None:
        return None
    unlocked = tuple(session.get("inv", []))
    if not unlocked:
        return None
    opened_for, opened = g.opened_invitations
    if opened_for != unlocked:  # the session opened another link since
        opened = list(db.session.scalars(select(Invitation).where(
            among(Invitation.id, unlocked), Invitation.candidate_id == candidate.id)
            .order_by(Invitation.id)))
        g.opened_invitations = (unlocked, opened)
    now = utcnow()
    for invitation in opened:
        if invitation.step == step and invitation.is_usable(now):
            return invitation
    return None


def candidate_required(view):
    """Pages of a candidate who arrived through an invitation link."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if current_candidate() is None:
            return render_template("errors/no_candidate_session.html"), 403
        return view(*args, **kwargs)

    wrapped.access = Access("candidate")
    return wrapped


def candidate_checked_by_view(view):
    """A candidate page that checks the session itself, in the statement that does its work,
    and takes a candidate_required path whenever that statement finds nothing to do."""
    view.access = Access("candidate")
    return view
