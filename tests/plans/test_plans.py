"""Development plans, position templates, onboarding plans, their pages, PDFs and CLI."""

import json
import time
from datetime import date, timedelta

import pytest
from plans_pdf_helpers import reader, text_of

from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.errors import HiringError
from hiring.pdf import background
from hiring.pdf.cache import PdfCache
from hiring.plans import documents, printing, schedule, services
from hiring.plans.models import DevelopmentPlan, OnboardingPlan
from hiring.positions.models import Position
from tests.waiting import wait_until

OUTCOME = "Billings of $500,000 from four new customers by the end of your tenth month."


@pytest.fixture
def hire(app, make_candidate):
    return make_candidate(stage="hired", name="Hana Hire")


def _candidate(candidate_id):
    return db.session.get(Candidate, candidate_id)


def test_milestone_dates_count_months_from_the_start_date():
    assert schedule.milestone_due(date(2027, 1, 31), 1) == date(2027, 2, 27)
    assert schedule.milestone_due(date(2027, 3, 1), 12) == date(2028, 2, 29)
    assert schedule.period_label(4) == "Month 4 (Q2)"


def test_ninety_days_make_thirteen_dated_weeks():
    weeks = schedule.onboarding_weeks(date(2027, 3, 1))
    assert len(weeks) == 13
    assert (weeks[0].starts, weeks[0].ends) == (date(2027, 3, 1), date(2027, 3, 7))
    assert weeks[-1].ends == date(2027, 3, 1) + timedelta(days=89)
    assert schedule.week_of(date(2027, 3, 1), date(2027, 3, 15)) == 3


def test_a_plan_starts_from_the_position_template_with_the_outcomes_as_destination(
        app, make_candidate):
    candidate_id = make_candidate(stage="interview")
    with app.app_context():
        candidate = _candidate(candidate_id)
        assert services.has_drafted_plan(candidate_id) is False
        services.save_template(
            candidate.position, None, how_we_sell="Challenger-style discovery",
            coaching_rhythm="Weekly deal reviews", learning_areas=["Financial literacy"],
            milestones=[{"month": "2", "title": "Ten first meetings", "measure": "CRM log"}])
        plan = services.draft_development_plan(candidate, None, date(2027, 3, 1))
        db.session.commit()
        assert [m.title for m in plan.milestones] == ["Ten first meetings"]
        assert plan.how_we_sell == "Challenger-style discovery"
        data = services.development_data(plan)
        assert data["destination"] == [OUTCOME]
        assert services.has_drafted_plan(candidate_id) is True
        with pytest.raises(HiringError, match="already has"):
            services.draft_development_plan(candidate, None)


def test_without_a_template_the_article_defaults_are_offered(app, make_candidate):
    candidate_id = make_candidate()
    with app.app_context():
        plan = services.draft_development_plan(_candidate(candidate_id), None, date(2027, 3, 1))
        areas = " ".join(plan.learning_areas).lower()
        for subject in ("financial literacy", "business models", "brands", "marketing",
                        "mergers and acquisitions"):
            assert subject in areas
        assert plan.milestones and plan.coaching_rhythm


def test_editing_milestones_keeps_the_reviews_of_those_sent_back(app, hire):
    with app.app_context():
        plan = services.draft_development_plan(_candidate(hire), None, date(2026, 1, 5))
        first = plan.milestones[0]
        services.record_review(plan, None, date(2026, 2, 10), {first.id: ("achieved", "Done")})
        rows = [{"id": str(first.id), "month": "1", "title": "Renamed", "measure": "x"},
                {"id": "", "month": "7", "title": "New one", "measure": ""}]
        services.update_development_plan(plan, None, start_date=date(2026, 1, 5),
                                         how_we_sell="", coaching_rhythm="",
                                         learning_areas=[], milestones=rows)
        db.session.commit()
        assert [(m.title, m.status) for m in plan.milestones] == [
            ("Renamed", "achieved"), ("New one", "open")]
        with pytest.raises(HiringError, match="from 1 to 12"):
            services.update_development_plan(
                plan, None, start_date=date(2026, 1, 5), how_we_sell="", coaching_rhythm="",
                learning_areas=[], milestones=[{"month": "13", "title": "Too late"}])


def test_progress_is_recorded_only_after_the_hire(app, make_candidate, hire):
    with app.app_context():
        applicant = _candidate(make_candidate(stage="interview"))
        plan = services.draft_development_plan(applicant, None, date(2026, 1, 5))
        with pytest.raises(HiringError, match="after the hire"):
            services.record_review(plan, None, date(2026, 2, 1),
                                   {plan.milestones[0].id: ("achieved", "")})
        hired_plan = services.draft_development_plan(_candidate(hire), None, date(2026, 1, 5))
        with pytest.raises(HiringError, match="future"):
            services.record_review(hired_plan, None, date.today() + timedelta(days=2), {})
        count = services.record_review(hired_plan, None, date(2026, 2, 1), {
            hired_plan.milestones[0].id: ("missed", "Slipped a month"),
            hired_plan.milestones[1].id: ("open", ""),
        })
        assert count == 1
        assert hired_plan.milestones[0].status == "missed"


def test_onboarding_is_for_hires_and_tracks_both_checklists(app, make_candidate, hire):
    with app.app_context():
        with pytest.raises(HiringError, match="not hired"):
            services.create_onboarding_plan(_candidate(make_candidate()), None, date(2027, 3, 1))
        plan = services.create_onboarding_plan(_candidate(hire), None, date(2027, 3, 1))
        db.session.commit()
        assert all(c.introduced_by for c in plan.connections)
        before = services.checklist_progress(plan)
        mine = next(a for a in plan.activities if a.owner == "new_hire")
        services.set_done(plan, None, "activity", mine.id, True)
        services.set_done(plan, None, "connection", plan.connections[0].id, True)
        after = services.checklist_progress(plan)
        assert after["new_hire"].done == before["new_hire"].done + 1
        assert after["manager"].done == before["manager"].done + 1
        assert after["introductions"].done == 1
        with pytest.raises(HiringError, match="owner|required"):
            services.update_onboarding_plan(plan, None, start_date=date(2027, 3, 1),
                                            activities=[], connections=[
                                                {"name": "Ann", "role": "CFO", "by_week": "2",
                                                 "introduced_by": ""}])


def test_onboarding_context_dates_every_week_and_introduction():
    data = {"kind": "onboarding", "candidate": "A", "start_date": "2027-03-01",
            "activities": [{"week": 2, "kind": "shadowing", "text": "Shadow", "owner":
                            "new_hire", "done": True}],
            "connections": [{"name": "Ann", "role": "CFO", "why": "Pricing",
                             "introduced_by": "Bo", "by_week": 3, "done": False}]}
    context = documents.onboarding_context(data)
    assert context["weeks"][1]["activities"][0]["kind_label"] == "Shadowing"
    assert context["connections"][0]["by_date"] == date(2027, 3, 21)
    assert context["progress_label"] == "1 of 2 done (50%)"


def test_manager_drafts_edits_and_downloads_a_plan(app, client, login_as, hire):
    login_as("manager")
    response = client.post(f"/plans/candidates/{hire}/development/new",
                           data={"start_date": "2026-01-05"})
    assert response.headers["Location"].endswith(f"/plans/candidates/{hire}/development")
    page = client.get(f"/plans/candidates/{hire}/development").get_data(as_text=True)
    assert OUTCOME in page and "Record reaction" in page

    bad = client.post(f"/plans/candidates/{hire}/development", data={
        "start_date": "2026-01-05", "milestones-0-month": "14", "milestones-0-title": "X"})
    assert bad.status_code == 422

    first = client.get(f"/plans/candidates/{hire}/development.pdf")
    assert first.status_code in (200, 202)
    first.close()
    status_url = f"/plans/candidates/{hire}/development.pdf/status"
    wait_until(lambda: _ready(client.get(status_url).get_json()), "the PDF to be ready",
               seconds=300)
    done = client.get(f"/plans/candidates/{hire}/development.pdf")
    body = done.get_data()
    done.close()
    # Served from the cache (its key is the ETag), as a download the browser saves.
    assert done.status_code == 200 and done.mimetype == "application/pdf"
    assert done.headers["ETag"].strip('"') and done.headers["Content-Disposition"].startswith(
        "attachment;")
    printed = text_of(body)
    assert "Destination" in printed and "Billings of $500,000" in printed
    assert reader(body).metadata.title == "Development plan: Hana Hire"


def _ready(status: dict) -> bool:
    """Whether a requested PDF is ready; a failed render stops the wait with its reason."""
    assert status["state"] != "failed", status["message"]
    return status["state"] == "ready"


def _seat_on_panel(candidate_id: int, user_id: int) -> None:
    from hiring.db import utcnow
    from hiring.interviews.models import Interview, PanelMember

    candidate = _candidate(candidate_id)
    interview = Interview(candidate_id=candidate_id, position_id=candidate.position_id,
                          scheduled_at=utcnow())
    db.session.add(interview)
    db.session.flush()
    db.session.add(PanelMember(interview_id=interview.id, candidate_id=candidate_id,
                               user_id=user_id))
    db.session.commit()


def test_interviewer_records_the_reaction_but_cannot_edit(app, client, login_as, hire):
    with app.app_context():
        services.draft_development_plan(_candidate(hire), None, date(2027, 3, 1))
        db.session.commit()
    interviewer = login_as("interviewer")
    with app.app_context():
        _seat_on_panel(hire, interviewer)
    response = client.post(f"/plans/candidates/{hire}/development/reaction",
                           data={"reaction": "Asked who owns the introductions."})
    assert response.headers["Location"].endswith("#reaction-section")
    assert client.post(f"/plans/candidates/{hire}/development",
                       data={"start_date": "2027-03-01"}).status_code == 403
    with app.app_context():
        assert services.development_plan_for(hire).candidate_reaction.startswith("Asked")


def test_an_interviewer_off_the_panel_cannot_see_the_plan(app, client, login_as, hire):
    with app.app_context():
        services.draft_development_plan(_candidate(hire), None, date(2027, 3, 1))
        db.session.commit()
    login_as("interviewer")
    for path in ("development", "development/timeline.svg", "development.pdf"):
        assert client.get(f"/plans/candidates/{hire}/{path}").status_code == 403, path
    response = client.post(f"/plans/candidates/{hire}/development/reaction",
                           data={"reaction": "Not my panel."})
    assert response.status_code == 403
    with app.app_context():
        assert services.development_plan_for(hire).candidate_reaction == ""


def test_onboarding_page_ticks_an_item(app, client, login_as, hire):
    with app.app_context():
        plan = services.create_onboarding_plan(_candidate(hire), None, date(2027, 3, 1))
        db.session.commit()
        activity_id = plan.activities[0].id
    login_as("manager")
    page = client.get(f"/plans/candidates/{hire}/onboarding").get_data(as_text=True)
    assert "Week 13" in page and "Key internal connections" in page
    response = client.post(f"/plans/candidates/{hire}/onboarding/check",
                           data={"item_type": "activity", "item_id": activity_id, "done": "y"})
    assert response.headers["Location"].endswith("#checklist-section")
    with app.app_context():
        assert db.session.get(OnboardingPlan, plan.id).activities[0].done_at is not None


def test_bulk_print_merges_a_cohort_in_order_with_progress(app, tmp_path, make_candidate):
    ids = [make_candidate(stage="hired", name=f"Cohort {n}") for n in range(4)]
    with app.app_context():
        datas = []
        for candidate_id in ids:
            candidate = _candidate(candidate_id)
            plan = services.create_onboarding_plan(candidate, None, date(2027, 3, 1))
            datas.append(services.onboarding_data(plan))
        db.session.commit()
    cache = PdfCache(tmp_path / "cache")
    # One plan was printed on its last save; the others are rendered in chunks.
    cache.put(documents.cache_key(datas[1]), printing.render_plan(datas[1]))
    job_id = background.start_bulk(printing.items_of(datas), cache,
                                   title=printing.COHORT_TITLE)
    wait_until(lambda: background.bulk_status(job_id, cache)["state"] != "running",
               "the cohort to be printed", seconds=300)
    status = background.bulk_status(job_id, cache)
    assert status == {"state": "done", "done": 4, "total": 4, "message": "The PDF is ready."}
    merged = reader(cache.get(f"bulk-{job_id}").read_bytes())
    first_pages = [page.extract_text() for page in merged.pages
                   if "Day 90" in page.extract_text()]
    assert [next(f"Cohort {n}" for n in range(4) if f"Cohort {n}" in text)
            for text in first_pages] == ["Cohort 0", "Cohort 1", "Cohort 2", "Cohort 3"]
    # Every plan numbers its own pages.
    assert sum("Page 1" in page.extract_text() for page in merged.pages) == 4
    with pytest.raises(HiringError):
        background.bulk_status("../../etc/passwd", cache)


def test_cli_exports_json_and_renders_it(app, runner, hire, tmp_path):
    with app.app_context():
        plan = services.draft_development_plan(_candidate(hire), None, date(2027, 3, 1))
        db.session.commit()
        plan_id = plan.id
    exported = runner.invoke(args=["plans", "export", str(plan_id), "--kind", "development"])
    assert exported.exit_code == 0, exported.output
    data = json.loads(exported.output)
    assert data["destination"] == [OUTCOME] and data["start_date"] == "2027-03-01"
    source = tmp_path / "plan.json"
    source.write_text(exported.output)
    out = tmp_path / "plan.pdf"
    rendered = runner.invoke(args=["plans", "render", str(source), "--kind", "development",
                                   "-o", str(out)])
    assert rendered.exit_code == 0, rendered.output
    assert "Hana Hire" in text_of(out.read_bytes())
    wrong = runner.invoke(args=["plans", "render", str(source), "--kind", "onboarding",
                                "-o", str(out)])
    assert wrong.exit_code != 0 and "not a onboarding plan" in wrong.output
    missing = runner.invoke(args=["plans", "export", "999", "--kind", "onboarding"])
    assert missing.exit_code != 0


def test_demo_data_has_the_first_plan_of_each_kind(app):
    from hiring.demo import load_demo

    with app.app_context():
        load_demo()
        db.session.commit()
        development = db.session.get(DevelopmentPlan, 1)
        onboarding = db.session.get(OnboardingPlan, 1)
        assert development is not None and onboarding is not None
        assert development.candidate_reaction
        assert onboarding.candidate.stage in services.HIRED_STAGES
        assert db.session.get(Position, development.candidate.position_id).outcomes


def test_the_cache_forgets_pdfs_nobody_used_for_a_month(tmp_path):
    import os

    cache = PdfCache(tmp_path)
    old, fresh = "a" * 64, "b" * 64
    cache.put(old, b"%PDF-old")
    cache.put(fresh, b"%PDF-fresh")
    month_ago = time.time() - 31 * 86400
    os.utime(cache.path(old), (month_ago, month_ago))
    assert cache.prune() == 1
    assert cache.get(old) is None and cache.get(fresh) is not None
    with pytest.raises(ValueError):
        cache.path("../escape")


def test_erasure_removes_the_cached_plan_pdfs(app, client, login_as, hire):
    from pathlib import Path

    from hiring.candidates.services import erase_candidate
    from hiring.plans.documents import cache_key

    with app.app_context():
        plan = services.draft_development_plan(_candidate(hire), None, date(2027, 3, 1))
        db.session.commit()
        cache = PdfCache(Path(app.instance_path) / "pdf-cache")
        kept = cache.put(cache_key(services.development_data(plan, "")), b"%PDF-1.7 Hana Hire")
        other = cache.put("f" * 64, b"%PDF-1.7 someone else")
        erase_candidate(_candidate(hire), None)
        db.session.commit()
    assert not kept.exists() and other.exists()


def test_the_destination_carries_the_positions_period_into_the_plan_and_its_pdf(app, hire):
    period = "by the end of the twelfth full month after your hire date"
    with app.app_context():
        candidate = _candidate(hire)
        candidate.position.outcomes_due = period
        plan = services.draft_development_plan(candidate, None, date(2027, 3, 1))
        db.session.commit()
        data = services.development_data(plan)
    assert data["destination"] == [OUTCOME] and data["destination_due"] == period
    assert documents.development_context(data)["destination_due"] == period
    text = " ".join(text_of(printing.render_plan(data)).split())
    assert "By the end of the twelfth full month after your hire date:" in text
    # A plan exported before the period existed still renders, with no heading.
    del data["destination_due"]
    assert documents.development_context(data)["destination_due"] == ""
