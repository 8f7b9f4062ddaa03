"""attempt(): the one way a view carries out a service call."""

from __future__ import annotations

from flask import get_flashed_messages
from sqlalchemy import select

from hiring.actions import attempt
from hiring.auth.models import User
from hiring.db import db
from hiring.errors import HiringError


def _add_user(email: str) -> User:
    user = User(email=email, role="manager", name="", password_hash="x")
    db.session.add(user)
    db.session.flush()
    return user


def test_a_successful_call_commits_and_flashes(app):
    with app.test_request_context():
        result = attempt(lambda: _add_user("a@example.test"), "Added.")
        assert result and result.value.email == "a@example.test" and result.error is None
        assert get_flashed_messages(with_categories=True) == [("success", "Added.")]
        db.session.remove()
        assert db.session.scalar(select(User.email)) == "a@example.test"


def test_a_refusal_flashes_its_message_and_keeps_nothing(app):
    def refuse():
        _add_user("b@example.test")
        raise HiringError("That email is taken: choose another.")

    with app.test_request_context():
        result = attempt(refuse, "Added.")
        assert not result and result.value is None
        assert str(result.error) == "That email is taken: choose another."
        assert get_flashed_messages(with_categories=True) == [
            ("error", "That email is taken: choose another.")]
        db.session.commit()
        assert db.session.scalar(select(User.email)) is None


def test_a_refusal_can_be_left_to_the_caller_to_show(app):
    def refuse():
        raise HiringError("No.")

    with app.test_request_context():
        assert not attempt(refuse, flash_error=False)
        assert get_flashed_messages() == []


class _Duplicate(HiringError):
    pass


def test_a_kind_of_refusal_can_have_its_own_category_or_none(app):
    def duplicate():
        raise _Duplicate("You applied already.")

    def other():
        raise HiringError("Broken.")

    with app.test_request_context():
        assert isinstance(attempt(duplicate, categories={_Duplicate: "info"}).error, _Duplicate)
        assert get_flashed_messages(with_categories=True) == [("info", "You applied already.")]
    with app.test_request_context():
        assert not attempt(duplicate, categories={_Duplicate: None})
        assert not attempt(other, categories={_Duplicate: None})
        assert get_flashed_messages(with_categories=True) == [("error", "Broken.")]


def test_a_refusal_can_keep_what_was_done_before_it(app):
    def save_then_refuse():
        _add_user("c@example.test")
        raise HiringError("Something is missing.")

    with app.test_request_context():
        assert not attempt(save_then_refuse, keep_on_refusal=True)
        assert get_flashed_messages(with_categories=True) == [
            ("error", "Something is missing.")]
        db.session.remove()
        assert db.session.scalar(select(User.email)) == "c@example.test"
