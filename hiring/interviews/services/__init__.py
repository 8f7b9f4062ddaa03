"""Interview services, one module per concern:

    questions    the question bank and the question checker
    planning     the position's interview plan and its coverage of the outcomes
    scheduling   panels, scheduling, moving and cancelling interviews
    visibility   who sees which interview; scorecards still outstanding
    scorecards   blind scorecards, submission and amendments
    results      the debrief, the decision and where it leads, calibration
    kit          the interview kit (page and printed document)
    lookup       the interviews, positions, questions and candidates the pages start from

The names are importable from here too, as `services.<name>`.
"""

from __future__ import annotations

from hiring.interviews.services.kit import (
    exercise_summary,
    kit_context,
    kit_document,
)
from hiring.interviews.services.lookup import (
    candidate_by_id,
    interview_by_id,
    position_by_id,
    positions,
    question_by_id,
)
from hiring.interviews.services.planning import (
    EXERCISE_STEPS,
    CoverageRow,
    ExerciseCriterion,
    PlanEntry,
    coverage,
    criterion_links,
    exercise_criteria,
    plan,
    save_criterion_links,
    save_plan,
)
from hiring.interviews.services.questions import (
    MAX_QUESTION_CHARS,
    bank,
    clean_anchors,
    lint_dict,
    save_question,
)
from hiring.interviews.services.results import (
    DECISION_STAGES,
    NO_HIRE_DETAILS,
    Calibration,
    Debrief,
    DebriefRow,
    PanelAgreement,
    calibration,
    debrief,
    debrief_loads,
    latest_interviews,
    move_after_decision,
    record_decision,
    submitted_ratings,
    weighted_total,
)
from hiring.interviews.services.scheduling import (
    CLOSED_STAGES,
    NUMBER_WORDS,
    PANEL_MAX,
    PANEL_MIN,
    PlanGate,
    cancel_interview,
    check_panel,
    development_plan_gate,
    move_interview,
    panel_candidates,
    position_interviews_query,
    ready_for_interview_query,
    schedule_interview,
)
from hiring.interviews.services.scorecards import (
    RatingInput,
    amend_scorecard,
    not_started,
    save_scorecard,
    scorecard_for,
)
from hiring.interviews.services.visibility import (
    all_interviews_query,
    can_view,
    debrief_block,
    interviews_for_query,
    is_panelist,
    outstanding_among,
    outstanding_count,
    outstanding_scorecards,
    own_scorecard,
    panel_users,
    sits_on_panels,
)

__all__ = [
    "CLOSED_STAGES",
    "Calibration",
    "CoverageRow",
    "DECISION_STAGES",
    "Debrief",
    "DebriefRow",
    "EXERCISE_STEPS",
    "ExerciseCriterion",
    "MAX_QUESTION_CHARS",
    "NO_HIRE_DETAILS",
    "NUMBER_WORDS",
    "PANEL_MAX",
    "PANEL_MIN",
    "PanelAgreement",
    "PlanEntry",
    "PlanGate",
    "RatingInput",
    "all_interviews_query",
    "amend_scorecard",
    "bank",
    "calibration",
    "can_view",
    "cancel_interview",
    "candidate_by_id",
    "check_panel",
    "clean_anchors",
    "coverage",
    "criterion_links",
    "debrief",
    "debrief_block",
    "debrief_loads",
    "latest_interviews",
    "development_plan_gate",
    "exercise_criteria",
    "exercise_summary",
    "interview_by_id",
    "interviews_for_query",
    "is_panelist",
    "kit_context",
    "kit_document",
    "lint_dict",
    "move_after_decision",
    "move_interview",
    "not_started",
    "outstanding_among",
    "outstanding_count",
    "outstanding_scorecards",
    "own_scorecard",
    "panel_candidates",
    "panel_users",
    "plan",
    "position_by_id",
    "position_interviews_query",
    "positions",
    "question_by_id",
    "ready_for_interview_query",
    "record_decision",
    "save_criterion_links",
    "save_plan",
    "save_question",
    "save_scorecard",
    "schedule_interview",
    "scorecard_for",
    "sits_on_panels",
    "submitted_ratings",
    "weighted_total",
]
