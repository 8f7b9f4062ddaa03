"""Each kind of audit entry reads as a sentence: names, labels, no ids or raw keys."""

import re

import pytest

from hiring.audit.sentences import SENTENCES, describe, people_in

NAMES = {2: "Ana Alvarez", 3: "Ben Brooks", 4: "Cy Chen"}
LABELS = {"purpose_and_ask": "Purpose and ask", "tone": "Tone"}

CASES = [
    ("candidate.created", None, {"position_id": 1, "stage": "applied", "via": "form"},
     "Added to the position."),
    ("candidate.created", None, {"position_id": 1, "stage": "applied", "via": "import"},
     "Added to the position from a CSV import."),
    ("candidate.updated", None, {"fields": ["email", "phone"]}, "Details corrected: email, phone."),
    ("candidate.stage_changed", {"stage": "applied"}, {"stage": "interview"},
     "Moved from Applied to Interview."),
    ("candidate.screened_out", {"stage": "writing"}, {"stage": "screened_out",
                                                      "reason": "writing"},
     "Screened out at Writing test: Writing test below the bar."),
    ("candidate.screen_out_reversed", {"stage": "screened_out"}, {"stage": "research"},
     "Screen-out reversed; back in Research exercise."),
    ("candidate.screen_out_suggested", None, {"step": "writing", "score": 41.5,
                                              "pass_threshold": 60.0},
     "The Writing test gate suggested a screen-out: score 41.5, below the pass mark of 60."),
    ("candidate.screen_out_suggestion_confirmed", None, {"resolution": "confirmed"},
     "The suggested screen-out was confirmed."),
    ("candidate.screen_out_suggestion_dismissed", None, {"resolution": "dismissed"},
     "The suggested screen-out was dismissed; the candidate stays in the process."),
    ("candidate.exported", None, None, "Everything held about the candidate was exported."),
    ("candidate.legal_hold_changed", {"legal_hold": False}, {"legal_hold": True},
     "Put on legal hold."),
    ("candidate.legal_hold_changed", {"legal_hold": True}, {"legal_hold": False},
     "Legal hold lifted."),
    ("candidate.erased", {"stage": "applied"}, {"reason": "request"},
     "The candidate's data was erased."),
    ("invitation.created", None, {"step": "research",
                                  "expires_at": "2026-12-12T09:00:00+00:00"},
     "Company-research exercise invitation link created, valid until 12 Dec 2026."),
    ("invitation.revoked", None, None, "An invitation link was revoked."),
    ("note.added", None, None, "Note added."),
    ("review.assigned", None, {"reviewer_id": 4}, "Cy Chen was asked to review the submission."),
    ("review.unassigned", {"reviewer_id": 4}, None, "Cy Chen no longer reviews the submission."),
    ("submission.reconciled", {"score": 70.0}, {"score": 81.82,
                                                "agreed": {"purpose_and_ask": 3, "tone": 4}},
     "The reviewers agreed on Purpose and ask at 3; Tone at 4; the submission's score is now "
     "81.82 (was 70)."),
    ("interview.scheduled", None, {"panel": [2, 3, 4],
                                   "scheduled_at": "2030-03-04T10:00:00+00:00"},
     "Interview scheduled for 04 Mar 2030 10:00 UTC with Ana Alvarez, Ben Brooks and Cy Chen."),
    ("scorecard.submitted", None, {"ratings": {"5": 2, "6": 4, "7": 3}, "recommendation": "yes"},
     "Scorecard submitted with 3 questions rated, recommending Hire."),
    ("scorecard.amended", {"points:5": "2", "recommendation": "no"},
     {"points:5": "3", "recommendation": "yes"},
     "Scorecard amended: the recommendation and 1 rating changed."),
    ("interview.decided", {"decision": None}, {"decision": "hire"},
     "Decision recorded: Make an offer."),
    ("interview.decided", {"decision": "more_evidence"}, {"decision": "no_hire"},
     "Decision recorded: Do not hire (was Gather more evidence first)."),
    ("plans.development_drafted", None, {"milestones": 4},
     "Development plan drafted with 4 milestones."),
    ("plans.development_updated", None, {"milestones": 1},
     "Development plan updated; it has 1 milestone."),
    ("plans.reaction_recorded", None, None,
     "The candidate's reaction to the development plan was recorded."),
    ("plans.shared_with_candidate", None, None,
     "The development plan was shared with the candidate."),
    ("plans.sharing_stopped", None, None,
     "The development plan was no longer shared with the candidate."),
    ("plans.candidate_responded", None, None,
     "The candidate wrote back about the development plan in their own words."),
    ("plans.progress_reviewed", None, {"recorded": 3},
     "Progress reviewed on 3 milestones of the development plan."),
    ("plans.onboarding_created", None, None, "Onboarding plan created."),
    ("plans.onboarding_updated", None, {"activities": 6, "connections": 1},
     "Onboarding plan updated: 6 activities, 1 person to meet."),
    ("plans.checklist_ticked", None, None, "An onboarding item was ticked off."),
    ("plans.checklist_unticked", None, None, "An onboarding item was marked as not done."),
    ("reports.outcome_recorded", None, {"checkpoint_days": 90, "met": 3, "total": 5},
     "Outcomes at 90 days recorded: 3 of 5 met."),
    ("reports.self_identified", None, None,
     "The candidate answered the voluntary self-identification."),
]


@pytest.mark.parametrize(("action", "before", "after", "expected"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_event_kind_reads_as_a_sentence(action, before, after, expected):
    text = describe(action, before, after, names=NAMES, criterion_label=LABELS.get)
    assert text == expected
    assert not re.search(r"[{}\[\]]|_id\b|\bid\b", text)


def test_every_kind_has_a_case():
    assert set(SENTENCES) <= {c[0] for c in CASES}


def test_an_unknown_kind_still_reads_without_its_data():
    assert describe("offer.sent", None, {"amount_id": 7}) == "Offer: sent."


def test_a_former_staff_member_is_named_as_such():
    assert describe("review.assigned", None, {"reviewer_id": 99}, names=NAMES) == (
        "A former staff member was asked to review the submission.")


def test_people_in_lists_ids_to_look_up():
    assert people_in("interview.scheduled", None, {"panel": [2, 3]}) == {2, 3}
    assert people_in("review.unassigned", {"reviewer_id": 4}, None) == {4}
