"""Scale data: many realistic candidates across positions and stages, with submissions,
reviews, interviews with scorecards, and plans, written in bulk so that every list and
report can be measured at the size a busy hiring team reaches.

Rows are built as plain values and written a batch at a time: with PostgreSQL's COPY
(through psycopg, in the session's transaction), elsewhere with one multi-row INSERT per
batch. The generator times itself: how long each table took to write, and the whole run."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import JSON, func, insert, select, text

from hiring.analysis.writing import analyse
from hiring.assessments.models import Review, Submission
from hiring.assessments.prompt_files import load_prompts
from hiring.assessments.services import seed_prompts
from hiring.audit.models import AuditEvent
from hiring.auth.models import User
from hiring.candidates.models import Candidate, ScreenOut, StageEntry
from hiring.db import db, utcnow
from hiring.interviews.models import AskedQuestion, Interview, PanelMember, Rating, Scorecard
from hiring.plans.models import DevelopmentPlan, Milestone, OnboardingPlan
from hiring.positions.models import Outcome, Position
from hiring.rubrics import get_rubric

PER_POSITION = 10_000
BATCH = 5_000
# Where candidates stand on an ordinary busy day: most are early or screened out.
STAGE_WEIGHTS = {"applied": 30, "writing": 18, "research": 12, "interview": 8, "decision": 3,
                 "offer": 1, "hired": 2, "onboarding": 2, "screened_out": 25}
ORDER = ("applied", "writing", "research", "interview", "decision", "offer", "hired",
         "onboarding")
FIRST = ("Ava", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonah",
         "Kemi", "Liam", "Maya", "Nils", "Olu", "Priya", "Quinn", "Rosa", "Sven", "Tara")
LAST = ("Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Haddad", "Ito",
        "Jensen", "Kowalski", "Lopez", "Mensah", "Novak", "Okafor", "Patel", "Quist", "Rossi",
        "Silva", "Tanaka")
SOURCES = ("Careers page", "Referral", "Job board", "Recruiter", "Event")
REASONS = ("writing", "research", "interview", "withdrew", "other")
SAMPLE_TEXTS = [
    "Subject: Your Dock 4 delays\n\nDear Ms. Okafor,\n\nI read that your Columbus site added a "
    "second shift last month. Teams that grow that fast often lose an hour a day at the dock. "
    "We cut that time by a third for two distributors your size.\n\nWould a twenty-minute call "
    "on Tuesday or Wednesday next week suit you?\n\nKind regards,\nSam",
    "Subject: touching base\n\nHi,\n\nI am just reaching out to touch base and see if you have "
    "some time to chat about our best-in-class solutions. We are the leading provider and we "
    "have a proven track record. As I said in my last email, we have not received a response."
    "\n\nThanks",
    "Dear Mr. Haddad,\n\nThank you for the time on Thursday. You said returns take nine days to "
    "credit and your largest customer has noticed. Here is what we would do in the first "
    "ninety days to bring that to four.\n\nCould we meet with your finance lead on the 14th?"
    "\n\nBest regards,\nJordan",
]


def _next_ids(model, count: int) -> range:
    start = (db.session.scalar(select(func.max(model.id))) or 0) + 1
    return range(start, start + count)


@dataclass
class ScaleReport:
    """What the generator wrote: rows and seconds spent writing, per table, and in all."""

    rows: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    total_seconds: float = 0.0
    candidates: int = 0

    def add(self, table: str, rows: int, seconds: float) -> None:
        self.rows[table] = self.rows.get(table, 0) + rows
        self.seconds[table] = self.seconds.get(table, 0.0) + seconds

    def lines(self) -> list[str]:
        """The report as lines of text: one per table, then the total."""
        out = [f"{'table':26} {'rows':>11} {'seconds':>8} {'rows/s':>10}"]
        for table, rows in self.rows.items():
            if rows:
                seconds = self.seconds[table]
                out.append(f"{table:26} {rows:11,} {seconds:8.1f} "
                           f"{rows / seconds if seconds else 0:10,.0f}")
        total_rows = sum(self.rows.values())
        writing = sum(self.seconds.values())
        out.append(f"{'all tables (writing)':26} {total_rows:11,} {writing:8.1f} "
                   f"{total_rows / writing if writing else 0:10,.0f}")
        out.append(f"Generated in {self.total_seconds:.1f} s: {self.candidates:,} candidates "
                   f"({self.candidates / self.total_seconds if self.total_seconds else 0:,.0f}"
                   f" a second), {total_rows:,} rows "
                   f"({total_rows / self.total_seconds if self.total_seconds else 0:,.0f} "
                   "a second)")
        return out


def _copy(model, rows: list[dict]) -> None:
    """Rows into the model's table with PostgreSQL's COPY, in the session's transaction."""
    table = model.__table__
    names = list(rows[0])
    # COPY knows only the database's defaults: the models' own come from here, as INSERT
    # through SQLAlchemy would fill them in.
    defaults = {column.name: column.default.arg if column.default.is_scalar
                else column.default.arg(None)
                for column in table.c if column.name not in names
                and column.default is not None and not column.primary_key}
    as_json = {name for name in (*names, *defaults) if isinstance(table.c[name].type, JSON)}
    fixed = [json.dumps(value) if name in as_json else value
             for name, value in defaults.items()]
    connection = db.session.connection().connection.driver_connection
    columns = ", ".join(f'"{name}"' for name in (*names, *defaults))
    with connection.cursor() as cursor, cursor.copy(
            f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
        for row in rows:
            # None in a JSON column is JSON null, as SQLAlchemy's INSERT writes it.
            copy.write_row([json.dumps(row[name]) if name in as_json else row[name]
                            for name in names] + fixed)


def _insert(model, rows: list[dict], report: ScaleReport) -> None:
    if not rows:
        return
    started = time.perf_counter()
    if db.engine.dialect.name == "postgresql":
        _copy(model, rows)
    else:
        for start in range(0, len(rows), BATCH):
            db.session.execute(insert(model), rows[start:start + BATCH])
    report.add(model.__tablename__, len(rows), time.perf_counter() - started)


def _fix_sequences(models) -> None:
    """After inserting explicit ids, PostgreSQL's sequences must move past them."""
    if db.engine.dialect.name != "postgresql":
        return
    for model in models:
        table = model.__table__.name
        db.session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f"(SELECT COALESCE(MAX(id), 1) FROM \"{table}\"))"))


def generate(count: int, *, seed: int = 2026,
             progress: Callable[[int], None] = lambda done: None) -> ScaleReport:
    """Add `count` candidates with their records; reports rows and time per table."""
    started = time.perf_counter()
    rng = random.Random(seed)
    now = utcnow()
    seed_prompts(load_prompts())
    manager = db.session.scalar(select(User).where(User.role == "manager").order_by(User.id))
    interviewers = list(db.session.scalars(select(User.id).where(User.role == "interviewer")))
    if manager is None or len(interviewers) < 2:
        raise ValueError("Load the demo data first (flask --app app demo load): the scale data "
                         "needs its manager and interviewers.")
    prompt_id = db.session.scalar(text("SELECT id FROM prompt WHERE step = 'writing' "
                                       "ORDER BY id LIMIT 1"))
    writing = get_rubric("business-writing")
    analyses = [analyse(sample, word_range=(120, 250), is_email=True).to_dict()
                for sample in SAMPLE_TEXTS]

    positions = _positions(count, manager.id, now)
    stages, weights = zip(*STAGE_WEIGHTS.items(), strict=True)
    report = ScaleReport(candidates=count)
    made = 0
    for position_id, outcome_ids, size in positions:
        for start in range(0, size, BATCH):
            batch = min(BATCH, size - start)
            rows = _batch(rng, position_id, outcome_ids, batch, made + start, stages, weights,
                          now, manager.id, interviewers, prompt_id, writing, analyses)
            for model, model_rows in rows:
                _insert(model, model_rows, report)
            made_now = made + start + batch
            progress(batch)
            if made_now % 50_000 == 0:
                db.session.commit()
        made += size
    _fix_sequences([Candidate, Submission, Review, Interview, PanelMember, AskedQuestion,
                    Scorecard, Rating, DevelopmentPlan, Milestone, OnboardingPlan, ScreenOut,
                    AuditEvent, StageEntry, Position, Outcome])
    if db.engine.dialect.name == "postgresql":
        # The planner's statistics and the visibility map (without it an index-only scan reads
        # the table too) for tables that just grew many times over: autovacuum may be off, or
        # not get there for hours. VACUUM cannot run inside a transaction.
        db.session.commit()
        raw = db.engine.raw_connection()
        try:
            raw.driver_connection.autocommit = True
            raw.driver_connection.execute("VACUUM (ANALYZE)")
        finally:
            raw.close()
    report.total_seconds = time.perf_counter() - started
    return report


def _positions(count: int, manager_id: int, now) -> list[tuple[int, list[int], int]]:
    """Positions of up to PER_POSITION candidates each: (id, outcome ids, how many)."""
    plan = []
    remaining, number = count, 1
    while remaining > 0:
        size = min(PER_POSITION, remaining)
        position = Position(title=f"Account Executive, Territory {number}",
                            target_market="Mid-market distribution companies",
                            hiring_manager_id=manager_id, status="open", created_at=now,
                            base_salary=90000, variable_pay=60000, benefits_rate=0.25)
        position.outcomes = [
            Outcome(sort_order=0, text="Billings at an annualized pace of $500,000 from four to "
                                       "six new customers by the end of your tenth month."),
            Outcome(sort_order=1, text="Hold 12 first meetings with operations executives "
                                       "within 90 days of your start."),
            Outcome(sort_order=2, text="Build a qualified pipeline of $1.2M by the end of your "
                                       "sixth month."),
        ]
        db.session.add(position)
        db.session.flush()
        plan.append((position.id, [o.id for o in position.outcomes], size))
        remaining -= size
        number += 1
    return plan


def _batch(rng, position_id, outcome_ids, size, offset, stages, weights, now, manager_id,
           interviewers, prompt_id, writing, analyses) -> list[tuple[type, list[dict]]]:
    candidate_ids = _next_ids(Candidate, size)
    candidates, submissions, reviews, screen_outs, audits, entries = [], [], [], [], [], []
    interviews, panel, asked, scorecards, ratings, plans, milestones, onboarding = (
        [], [], [], [], [], [], [], [])
    submission_ids = iter(_next_ids(Submission, size))
    review_ids = iter(_next_ids(Review, size * 2))
    interview_ids = iter(_next_ids(Interview, size))
    asked_ids = iter(_next_ids(AskedQuestion, size * 3))
    scorecard_ids = iter(_next_ids(Scorecard, size * 3))
    plan_ids = iter(_next_ids(DevelopmentPlan, size))
    for n, candidate_id in enumerate(candidate_ids):
        number = offset + n
        stage = rng.choices(stages, weights)[0]
        reached = stage if stage != "screened_out" else rng.choice(ORDER[:4])
        depth = ORDER.index(reached)
        created = now - timedelta(days=rng.randint(5, 180), minutes=rng.randint(0, 1440))
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        candidates.append({
            "id": candidate_id, "position_id": position_id, "name": name,
            "email": f"scale{number}.{candidate_id}@example.com",
            "phone": f"+1 555 {number % 10_000:04d}", "source": rng.choice(SOURCES),
            "notes": "", "stage": stage, "created_at": created,
            "last_activity_at": created + timedelta(days=depth * 4), "legal_hold": False,
            "has_development_plan": False, "has_onboarding_plan": False})
        for step in range(1, depth + 1):
            moved = created + timedelta(days=step * 4, hours=rng.randint(0, 48))
            audits.append({
                "at": moved, "actor_id": manager_id, "actor_label": "scale", "action":
                "candidate.stage_changed", "subject_type": "candidate",
                "subject_id": candidate_id, "candidate_id": candidate_id,
                "before": {"stage": ORDER[step - 1]}, "after": {"stage": ORDER[step]}})
            entries.append({"candidate_id": candidate_id, "position_id": position_id,
                            "stage": ORDER[step], "from_stage": ORDER[step - 1], "at": moved})
        if stage == "screened_out":
            screen_outs.append({"candidate_id": candidate_id, "stage": reached,
                                "reason": rng.choice(REASONS), "details": "",
                                "by_id": manager_id, "at": created + timedelta(days=depth * 4)})
        # Work is handed in by the time a candidate moves on (or is screened out); one still
        # in Writing has not begun the test (a test begun months ago would long have been
        # handed in at its deadline).
        if (depth >= 2 or stage == "screened_out" and depth >= 1) and prompt_id is not None:
            sample = rng.randrange(len(SAMPLE_TEXTS))
            submission_id = next(submission_ids)
            started = created + timedelta(days=2)
            handed_in = True
            ratings_given = []
            if handed_in:
                for reviewer in rng.sample(interviewers, 2 if rng.random() < 0.3 else 1):
                    given = {c.key: rng.choice([lv.points for lv in c.levels])
                             for c in writing.criteria}
                    ratings_given.append(writing.score(given))
                    reviews.append({
                        "id": next(review_ids), "candidate_id": candidate_id,
                        "submission_id": submission_id, "reviewer_id": reviewer,
                        "rubric_id": writing.id, "rubric_version": writing.version,
                        "rubric_digest": writing.digest, "ratings": given, "suggested": {},
                        "comments": {}, "score": writing.score(given),
                        "submitted_at": started + timedelta(days=1)})
            submissions.append({
                "id": submission_id, "candidate_id": candidate_id, "step": "writing",
                "code": f"W-{submission_id:06X}", "prompt_id": prompt_id,
                "rubric_id": writing.id, "time_limit_minutes": 30, "started_at": started,
                "deadline_at": started + timedelta(minutes=30),
                "closes_at": started + timedelta(minutes=31), "text": SAMPLE_TEXTS[sample],
                "seq": rng.randint(5, 90), "saved_at": started + timedelta(minutes=25),
                "late": False,
                "submitted_at": started + timedelta(minutes=28) if handed_in else None,
                "submitted_how": "candidate" if handed_in else "",
                "analysis": analyses[sample] if handed_in else None,
                "needs_reconciliation": False, "disagreements": [],
                "final_score": round(sum(ratings_given) / len(ratings_given), 2)
                if ratings_given else None, "screen_out_suggested": False,
                "scored_in_stage": bool(ratings_given) and stage == "writing"})
        if depth >= 3 and len(interviewers) >= 2:
            interview_id = next(interview_ids)
            held = created + timedelta(days=14)
            members = rng.sample(interviewers, min(3, len(interviewers)))
            interviews.append({"id": interview_id, "candidate_id": candidate_id,
                               "position_id": position_id, "scheduled_at": held,
                               "location": "Room 4", "created_by_id": manager_id,
                               "created_at": held - timedelta(days=3), "decision": None,
                               "decision_rationale": "", "decided_by_id": None,
                               "decided_at": None,
                               # every panel member hands in a scorecard below
                               "scorecards_complete": True})
            questions = []
            for order, outcome_id in enumerate(outcome_ids):
                question_id = next(asked_ids)
                questions.append(question_id)
                asked.append({"id": question_id, "interview_id": interview_id,
                              "candidate_id": candidate_id, "sort_order": order,
                              "kind": "question", "question_id": None,
                              "text": "What would you do in your first 90 days to reach "
                                      "operations executives here?",
                              "competency": "Prospecting",
                              "anchors": {"1": "Generic", "3": "Planned", "5": "Sequenced"},
                              "outcome_ids": [outcome_id], "minutes": 15, "weight": 1.0})
            for member in members:
                panel.append({"interview_id": interview_id, "user_id": member,
                              "candidate_id": candidate_id})
                scorecard_id = next(scorecard_ids)
                scorecards.append({"id": scorecard_id, "interview_id": interview_id,
                                   "interviewer_id": member, "candidate_id": candidate_id,
                                   "recommendation": rng.choice(["yes", "no", "strong_yes"]),
                                   "notes": "", "created_at": held, "updated_at": held,
                                   "submitted_at": held + timedelta(hours=2)})
                bias = rng.choice([-1, 0, 0, 1])
                for question_id in questions:
                    ratings.append({"scorecard_id": scorecard_id,
                                    "asked_question_id": question_id,
                                    "candidate_id": candidate_id,
                                    "points": max(1, min(5, rng.randint(2, 4) + bias)),
                                    "notes": ""})
            plan_id = next(plan_ids)
            candidates[-1]["has_development_plan"] = True
            start = (created + timedelta(days=40)).date()
            plans.append({"id": plan_id, "candidate_id": candidate_id, "start_date": start,
                          "how_we_sell": "Consultative, research first.",
                          "coaching_rhythm": "Weekly deal reviews on live opportunities.",
                          "learning_areas": ["Financial literacy", "Business models"],
                          "candidate_reaction": "", "created_by_id": manager_id,
                          "created_at": held - timedelta(days=5),
                          "updated_at": held - timedelta(days=5)})
            for order, month in enumerate((3, 6, 10, 12)):
                milestones.append({"plan_id": plan_id, "candidate_id": candidate_id,
                                   "sort_order": order, "month": month,
                                   "title": f"Month {month} milestone",
                                   "measure": "Pipeline and billings against the outcomes"})
            if stage in ("hired", "onboarding"):
                candidates[-1]["has_onboarding_plan"] = True
                onboarding.append({"candidate_id": candidate_id,
                                   "start_date": start if isinstance(start, date) else start,
                                   "manager_id": manager_id, "created_at": held,
                                   "updated_at": held})
    return [(Candidate, candidates), (ScreenOut, screen_outs), (AuditEvent, audits),
            (StageEntry, entries),
            (Submission, submissions), (Review, reviews), (Interview, interviews),
            (PanelMember, panel), (AskedQuestion, asked), (Scorecard, scorecards),
            (Rating, ratings), (DevelopmentPlan, plans), (Milestone, milestones),
            (OnboardingPlan, onboarding)]
