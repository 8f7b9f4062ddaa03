"""The scheduling page's "Draft the development plan" creates the plan; it never leads to a 404."""

import re

from sqlalchemy import select

from hiring.db import db
from tests.interviews.test_views import as_user  # noqa: F401 (fixture)


def test_draft_the_development_plan_from_the_scheduling_page(app, setup, as_user):  # noqa: F811
    from hiring.plans.models import DevelopmentPlan

    manager = as_user("max")
    page = manager.get(f"/interviews/candidates/{setup.candidate_id}/schedule").get_data(
        as_text=True)
    assert "Draft the development plan" in page
    # What the page offers must work when followed: a link that answers, or a form to post.
    form = re.search(r'<form method="post" action="([^"]+)"[^>]*>(?:(?!</form>).)*'
                     r'Draft the development plan', page, re.S)
    assert form, "the scheduling page offers no way to create the plan"
    response = manager.post(form.group(1), data={"start_date": ""})
    location = response.headers["Location"]
    assert location.endswith(f"/plans/candidates/{setup.candidate_id}/development")
    assert manager.get(location).status_code == 200
    with app.app_context():
        assert db.session.scalar(select(DevelopmentPlan.candidate_id)) == setup.candidate_id
