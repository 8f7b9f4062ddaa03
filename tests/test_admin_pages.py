"""Admins reach prompts, the fact sheet, rubrics, adverse impact and API tokens by clicking."""

from markupsafe import escape

from hiring.rubrics import all_rubrics


def test_admin_start_page_and_rubrics(app, client, login_as, make_position):
    position_id = make_position(title="Enterprise AE")
    login_as("admin")
    dashboard = client.get("/dashboard").get_data(as_text=True)
    for href in ('href="/admin/"', 'href="/assessments/prompts"', 'href="/research/facts"',
                 'href="/admin/rubrics"', 'href="/reports/api-tokens"'):
        assert href in dashboard
    page = client.get("/admin/").get_data(as_text=True)
    assert f'href="/reports/positions/{position_id}/adverse-impact"' in page
    rubrics = client.get("/admin/rubrics").get_data(as_text=True)
    for rubric in all_rubrics().values():
        assert escape(rubric.title) in rubrics
        for criterion in rubric.criteria:
            assert escape(criterion.label) in rubrics
    assert "Clear purpose and a single ask" in rubrics and "Version" in rubrics


def test_managers_do_not_get_the_admin_pages(client, login_as):
    login_as("manager")
    assert client.get("/admin/rubrics").status_code == 403
    assert 'href="/admin/"' not in client.get("/dashboard").get_data(as_text=True)
